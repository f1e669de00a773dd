/** SPEC §4.1–4.4: KPI scores, total, grade, rank within role. */
import type { Agent, KpiKey, KpiResult, Measures, QaSummary } from './model';
import { KPI_KEYS } from './model';
import { kpiScore, weightedScore, grade as gradeOf, Grade } from './formulas';
import { roundTo } from './money';
import type { Plan } from './plan/defaults';
import type { TargetOverrides } from './plan/targets';

export const LOWER_IS_BETTER: Record<KpiKey, boolean> = { sales: false, conversion: false, aov: false, replyRate: false, avgResponse: true, satisfaction: false };

/** The actual value a KPI is scored on: sales and AOV in yuan, ratios as fractions, seconds. */
export function kpiActual(key: KpiKey, m: Measures): number | null {
  switch (key) {
    case 'sales':
      return m.sales / 100;
    case 'conversion':
      return m.conversion;
    case 'aov':
      return m.aov;
    case 'replyRate':
      return m.replyRate;
    case 'avgResponse':
      return m.avgResponseSec;
    case 'satisfaction':
      return m.satisfaction;
  }
}

export function kpiTarget(key: KpiKey, agent: Agent, plan: Plan, overrides: TargetOverrides): number {
  const own = overrides.get(agent.agentId)?.[key];
  if (own !== undefined) return own;
  return key === 'sales' ? plan.targets.salesByLevel[agent.level] : plan.targets[key];
}

export function scoreAgent(agent: Agent, m: Measures, qa: QaSummary, plan: Plan, overrides: TargetOverrides): { kpis: KpiResult[]; score: number | null; grade: Grade } {
  const weights = plan.weights[agent.role];
  const kpis: KpiResult[] = KPI_KEYS.filter((k) => weights[k] > 0).map((key) => {
    const actual = kpiActual(key, m);
    const target = kpiTarget(key, agent, plan, overrides);
    return { key, weight: weights[key], actual, target, score: kpiScore(actual, target, LOWER_IS_BETTER[key], plan.scoreCap) };
  });
  const w = weightedScore(kpis.map((k) => k.score), kpis.map((k) => k.weight));
  const score = w === null ? null : roundTo(w - qa.deducted, 2);
  return { kpis, score, grade: gradeOf(score, plan.grades, qa.fatal) };
}

/**
 * Ranks within a group: score descending (none last), then sales descending,
 * then agentId ascending; equal score and equal sales share a rank (1, 2, 2, 4).
 */
export function rankWithin<T extends { agentId: string; score: number | null; sales: number }>(items: T[]): Map<string, number> {
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
