import type { AgentResolver } from '../agents';
import { ACTION, IssueLog } from '../issues';
import type { QaSummary } from '../model';
import { parseNumber } from '../numbers';
import type { Period } from '../dates';
import { cellText, normalizeKey } from '../text';
import { Table } from '../sheets/table';
import { agentRows } from './agent-rows';
import { msg } from '../messages';
import { INPUT_KIND_TEXT } from '../messages/labels';

const YES = new Set(['是', 'y', 'yes', 'true', '1', '致命', '致命项', 'fatal', '√', '✓']);
const NO = new Set(['', '否', 'n', 'no', 'false', '0', '非致命', '×']);

/** 质检: points deducted from the score; a fatal item (致命项) fails the month (seed 002). */
export function readQa(
  tables: Table[],
  period: Period,
  agents: AgentResolver,
  employed: ReadonlySet<string>,
  log: IssueLog,
): Map<string, QaSummary> {
  const out = new Map<string, QaSummary>();
  for (const t of tables) {
    for (const r of agentRows(t, period, agents, employed, log, INPUT_KIND_TEXT.qa)) {
      const raw = t.get(r.row, 'points');
      const p = parseNumber(raw);
      let points = 0;
      if (p.kind === 'value') {
        points = Math.abs(p.value);
        if (p.value < 0) {
          const action = msg('qa-negative-points.action', { points });
          r.flag('info', 'qa-negative-points', 'points', p.value, { value: p.value }, action);
        }
      } else if (p.kind !== 'blank') {
        r.flag('error', 'qa-bad-points', 'points', cellText(raw), { value: cellText(raw) }, ACTION.skipped);
        continue;
      }
      const fatalText = normalizeKey(t.get(r.row, 'fatal'));
      let fatal = false;
      if (YES.has(fatalText)) fatal = true;
      else if (!NO.has(fatalText)) {
        const value = cellText(t.get(r.row, 'fatal'));
        r.flag('warning', 'qa-bad-fatal', 'fatal', value, { value }, msg('qa-bad-fatal.action'));
      }
      const s = out.get(r.agent.agentId) ?? { deducted: 0, fatal: false, items: [] };
      s.deducted += points;
      s.fatal ||= fatal;
      s.items.push({ date: r.date, item: cellText(t.get(r.row, 'item')), points, fatal });
      out.set(r.agent.agentId, s);
    }
  }
  return out;
}
