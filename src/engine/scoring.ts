/** KPI scores, total, grade, rank within role (docs/rules.md: Score, Grade, Rank). */
import type { Agent, BuiltinKpiKey, KpiResult, Measures, QaSummary } from './model';
import { bandScore } from './bands';
import { KpiDef, kpiMeasure, levelTarget, ratingItemKey } from './plan/kpis';
import { kpiScore, weightedScore, grade as gradeOf, Grade } from './formulas';
import { roundTo } from './money';
import type { Plan } from './plan/defaults';
import type { TargetOverrides } from './plan/targets';

export const LOWER_IS_BETTER: Record<BuiltinKpiKey, boolean> = {
  sales: false,
  conversion: false,
  aov: false,
  replyRate: false,
  avgResponse: true,
  satisfaction: false,
};

/** An agent's manual items of the period (评分 sheet): item key → value. */
export type AgentRatings = ReadonlyMap<string, number>;

/** The actual value a KPI is scored on: money in yuan, ratios as fractions, seconds; a rating item's value. Null = not available. */
export function kpiActual(def: KpiDef, m: Measures, ratings?: AgentRatings): number | null {
  const ref = kpiMeasure(def);
  if (ref.kind === 'measure') return ref.def.value(m);
  return ratings?.get(ratingItemKey(ref.item)) ?? null;
}

export function kpiTarget(def: KpiDef, agent: Agent, overrides: TargetOverrides): number | null {
  return overrides.get(agent.agentId)?.[def.key] ?? levelTarget(def, agent.level);
}

/** One KPI's score: through its bands, or actual against target with the KPI's cap (or the plan's). */
export function scoreKpi(def: KpiDef, actual: number | null, target: number | null, planCap: number): number | null {
  if (def.bands) return bandScore(actual, def.bands);
  return kpiScore(actual, target, def.lowerIsBetter, def.cap ?? planCap);
}

export function scoreAgent(
  agent: Agent,
  m: Measures,
  qa: QaSummary,
  plan: Plan,
  overrides: TargetOverrides,
  ratings?: AgentRatings,
): { kpis: KpiResult[]; score: number | null; grade: Grade } {
  const kpis: KpiResult[] = plan.kpis
    .filter((d) => d.weights[agent.role] > 0)
    .map((def) => {
      const actual = kpiActual(def, m, ratings);
      const target = def.bands ? null : kpiTarget(def, agent, overrides);
      return {
        key: def.key,
        weight: def.weights[agent.role],
        actual,
        target,
        score: scoreKpi(def, actual, target, plan.scoreCap),
      };
    });
  const w = weightedScore(
    kpis.map((k) => k.score),
    kpis.map((k) => k.weight),
  );
  const score = w === null ? null : roundTo(w - qa.deducted, 2);
  return { kpis, score, grade: gradeOf(score, plan.grades, qa.fatal) };
}

/**
 * Ranks within a group: score descending (none last), then sales descending,
 * then agentId ascending; equal score and equal sales share a rank (1, 2, 2, 4).
 */
export function rankWithin<T extends { agentId: string; score: number | null; sales: number }>(
  items: T[],
): Map<string, number> {
  const sorted = [...items].sort((a, b) => {
    const sa = a.score ?? -Infinity;
    const sb = b.score ?? -Infinity;
    if (sa !== sb) return sb - sa;
    if (a.sales !== b.sales) return b.sales - a.sales;
    return a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0;
  });
  const ranks = new Map<string, number>();
  sorted.forEach((it, i) => {
    const prev = sorted[i - 1];
    const tie = prev && prev.score === it.score && prev.sales === it.sales;
    ranks.set(it.agentId, tie ? ranks.get(prev.agentId)! : i + 1);
  });
  return ranks;
}
