import type { AgentResolver } from '../agents';
import { ACTION, IssueLog } from '../issues';
import type { AdjustmentLine } from '../model';
import { parseNumber } from '../numbers';
import type { Period } from '../dates';
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
  for (const [agentId, list] of collected) {
    // Violations escalate in date order (undated last, then as written).
    const violations = list
      .filter((x) => x.line.type === 'violation')
      .sort((a, b) => (a.serial ?? Infinity) - (b.serial ?? Infinity) || a.order - b.order);
    violations.forEach((v, i) => {
      v.line.ordinal = i + 1;
      v.line.amount = fines[Math.min(i, fines.length - 1)];
      v.line.dismissalReview = i + 1 >= plan.violations.dismissalAt;
    });
    out.set(
      agentId,
      list.sort((a, b) => a.order - b.order).map((x) => x.line),
    );
  }
  return out;
}
