import type { AgentResolver } from '../agents';
import { ACTION, IssueLog } from '../issues';
import type { AdjustmentLine } from '../model';
import { parseNumber } from '../numbers';
import { parseDate, partsOf, serialOf, type Period } from '../dates';
import { cellText, normalizeKey } from '../text';
import { toCents } from '../money';
import { flagSubCent } from './sub-cent';
import type { Plan } from '../plan/defaults';
import { Table } from '../sheets/table';
import { agentRows } from './agent-rows';
import { INPUT_KIND_TEXT } from '../messages/labels';
import { dataText, msg } from '../messages';

const TYPE_WORDS: [AdjustmentLine['type'], string[]][] = [
  ['reward', ['奖励', '奖金', '嘉奖', 'reward', 'bonus']],
  ['fine', ['罚款', '扣款', 'fine', 'penalty']],
  ['violation', ['违规', '违纪', 'violation']],
  ['project', ['项目奖金', '项目奖', 'project', 'project bonus']],
];

function typeOf(text: string): AdjustmentLine['type'] | null {
  const k = normalizeKey(text);
  for (const [t, words] of TYPE_WORDS) if (words.some((w) => normalizeKey(w) === k)) return t;
  return null;
}

/**
 * 奖惩: rewards, fines, project bonuses, and violations, whose fines escalate
 * within the month (seed 003: 10, then 30, third time 30 and dismissal review).
 */
export function readAdjustments(
  tables: Table[],
  period: Period,
  agents: AgentResolver,
  employed: ReadonlySet<string>,
  plan: Plan,
  log: IssueLog,
): Map<string, AdjustmentLine[]> {
  const collected = new Map<string, { line: AdjustmentLine; serial: number | null; order: number }[]>();
  let order = 0;
  for (const t of tables) {
    for (const r of agentRows(t, period, agents, employed, log, INPUT_KIND_TEXT.adjustments)) {
      const typeText = cellText(t.get(r.row, 'type'));
      const type = typeOf(typeText);
      if (!type) {
        r.flag('error', 'adjustment-bad-type', 'type', typeText, { typeText }, ACTION.skipped);
        continue;
      }
      let amount = 0;
      if (type !== 'violation') {
        const raw = t.get(r.row, 'amount');
        const p = parseNumber(raw);
        const typeShown = dataText(typeText, type);
        if (p.kind !== 'value') {
          const value = cellText(raw);
          r.flag('error', 'adjustment-bad-amount', 'amount', value, { type: typeShown, value }, ACTION.skipped);
          continue;
        }
        amount = toCents(Math.abs(p.value));
        flagSubCent(r.flag, p.value);
        if (p.value < 0 && type === 'fine') {
          // A fine written as a deduction (罚款 -50) is still a fine of 50.
          const action = msg('adjustment-negative.action');
          r.flag('info', 'adjustment-negative', 'amount', p.value, { type: typeShown }, action);
        } else if (p.value < 0) {
          // A negative reward takes a reward back (奖励 100, then 奖励 -100 to cancel it): paid as a
          // deduction, never as a second reward; said as a warning in case it was a typo.
          amount = -amount;
          const action = msg('adjustment-negative.reversal.action', { type: typeShown });
          r.flag('warning', 'adjustment-negative', 'amount', p.value, { type: typeShown }, action);
        }
      }
      const list = collected.get(r.agent.agentId) ?? [];
      list.push({
        line: { type, date: r.date, amount, reason: cellText(t.get(r.row, 'reason')) },
        serial: r.serial,
        order: order++,
      });
      collected.set(r.agent.agentId, list);
    }
  }
  const out = new Map<string, AdjustmentLine[]>();
  const fines = plan.violations.fines.map((f) => toCents(f));
  const firstMonth = monthOf(period.start);
  const before = violationsBeforePeriod(tables, period, agents);
  for (const [agentId, list] of collected) {
    // Violations escalate in date order (undated last, then as written), counted afresh each calendar month.
    const violations = list
      .filter((x) => x.line.type === 'violation')
      .sort((a, b) => (a.serial ?? Infinity) - (b.serial ?? Infinity) || a.order - b.order);
    const counted = new Map<number, number>([[firstMonth, before.get(agentId) ?? 0]]);
    for (const v of violations) {
      const month = v.serial === null ? firstMonth : monthOf(v.serial);
      const n = (counted.get(month) ?? 0) + 1;
      counted.set(month, n);
      v.line.ordinal = n;
      v.line.amount = fines[Math.min(n - 1, fines.length - 1)];
      v.line.dismissalReview = n >= plan.violations.dismissalAt;
    }
    out.set(
      agentId,
      list.sort((a, b) => a.order - b.order).map((x) => x.line),
    );
  }
  return out;
}

const monthOf = (serial: number) => {
  const { y, m } = partsOf(serial);
  return y * 12 + m;
};

/**
 * A week or range that starts after the 1st: each agent's violations dated earlier in that month, before the
 * period. The month's escalation counts them (seed 003: the 2nd violation of the month is fined 30 whichever
 * week it falls in), so the weeks of a month add up to the month. Rows with problems are reported by the month's run.
 */
function violationsBeforePeriod(tables: Table[], period: Period, agents: AgentResolver): Map<string, number> {
  const out = new Map<string, number>();
  const { y, m } = partsOf(period.start);
  const from = serialOf(y, m, 1);
  if (period.kind === 'month' || from >= period.start) return out;
  for (const t of tables) {
    if (!t.has('date')) continue;
    for (const { row } of t.rows()) {
      if (typeOf(cellText(t.get(row, 'type'))) !== 'violation') continue;
      const d = parseDate(t.get(row, 'date'));
      if (d.kind !== 'value' || d.value < from || d.value >= period.start) continue;
      const ref = { agentId: cellText(t.get(row, 'agentId')), account: cellText(t.get(row, 'account')) };
      const agent = agents.resolveRef({ ...ref, name: cellText(t.get(row, 'name')) });
      if (agent) out.set(agent.agentId, (out.get(agent.agentId) ?? 0) + 1);
    }
  }
  return out;
}
