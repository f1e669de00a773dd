import type { AgentResolver } from '../agents';
import { ACTION, IssueLog } from '../issues';
import { parseNumber } from '../numbers';
import type { Period } from '../dates';
import { cellText } from '../text';
import { Table } from '../sheets/table';
import { ratingItemKey } from '../plan/kpis';
import { agentRows } from './agent-rows';
import { INPUT_KIND_TEXT } from '../messages/labels';

/** agentId → rating item key → value (the mean of the agent's rows for the item in the period). */
export type Ratings = Map<string, Map<string, number>>;

/**
 * 评分 / Ratings: manual items (主管评分, 考勤, 服务态度, 专业知识, any name).
 * Several rows for one agent and item (e.g. weekly ratings) count as their mean.
 */
export function readRatings(
  tables: Table[],
  period: Period,
  agents: AgentResolver,
  employed: ReadonlySet<string>,
  log: IssueLog,
): Ratings {
  const sums = new Map<string, Map<string, { sum: number; n: number }>>();
  for (const t of tables) {
    for (const r of agentRows(t, period, agents, employed, log, INPUT_KIND_TEXT.ratings)) {
      const item = cellText(t.get(r.row, 'item'));
      const raw = t.get(r.row, 'value');
      const p = parseNumber(raw);
      if (!item) {
        r.flag('error', 'rating-no-item', 'item', null, {}, ACTION.skipped);
        continue;
      }
      if (p.kind === 'blank' || p.kind === 'na') continue;
      if (p.kind !== 'value' || p.value < 0) {
        const params = { agentId: r.agent.agentId, item, raw: cellText(raw) };
        r.flag('error', 'rating-bad-value', 'value', params.raw, params, ACTION.skipped);
        continue;
      }
      const byItem = sums.get(r.agent.agentId) ?? new Map<string, { sum: number; n: number }>();
      const acc = byItem.get(ratingItemKey(item)) ?? { sum: 0, n: 0 };
      acc.sum += p.value;
      acc.n++;
      byItem.set(ratingItemKey(item), acc);
      sums.set(r.agent.agentId, byItem);
    }
  }
  const out: Ratings = new Map();
  for (const [id, byItem] of sums) out.set(id, new Map([...byItem].map(([k, a]) => [k, a.sum / a.n])));
  return out;
}
