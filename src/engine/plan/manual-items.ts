import type { IssueLog, Where } from '../issues';
import type { Agent, Role } from '../model';
import type { Plan } from './defaults';
import type { Ratings } from '../parse/ratings';
import { kpiMeasure, ratingItemKey } from './kpis';

/** Whether the plan scores a role on a measure (e.g. sales). */
export function scoresMeasure(plan: Plan, role: Role, measureKey: string): boolean {
  return plan.kpis.some((d) => d.measure === measureKey && d.weights[role] > 0);
}

/** A manual item the plan scores with no 评分 row for the agent: not available (never 0), reported. */
export function reportMissingRatings(agent: Agent, plan: Plan, ratings: Ratings, log: IssueLog, at: Where): void {
  const own = ratings.get(agent.agentId);
  for (const d of plan.kpis) {
    if (!(d.weights[agent.role] > 0)) continue;
    const m = kpiMeasure(d);
    if (m.kind !== 'rating' || own?.has(ratingItemKey(m.item))) continue;
    log.at('warning', 'rating-missing', at, agent.agentId,
      { zh: `${agent.agentId} ${agent.name} 在评分表中没有“${m.item}”`, en: `${agent.agentId} ${agent.name} has no "${m.item}" row in the Ratings sheet` },
      { zh: `指标“${d.name.zh}”按不适用处理（不计为 0），其余指标按比例计分`, en: `KPI "${d.name.en}" not available (not 0): scored on the other KPIs` }, agent.agentId);
  }
}
