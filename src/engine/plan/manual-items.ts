import type { IssueLog, Where } from '../issues';
import type { Agent, Role } from '../model';
import type { Plan } from './defaults';
import type { Ratings } from '../parse/ratings';
import { kpiMeasure, ratingItemKey } from './kpis';
import { msg } from '../messages';

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
    log.at(
      'warning',
      'rating-missing',
      at,
      agent.agentId,
      msg('rating-missing', { agentId: agent.agentId, name: agent.name, item: m.item }),
      msg('rating-missing.action', { name: d.name }),
      agent.agentId,
    );
  }
}
