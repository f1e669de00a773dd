/**
 * 申诉 / Disputes: an agent disputes a pay component or a KPI; the manager
 * decides. An approved dispute with an amount is paid as an adjustment with
 * its reason; a rejected one changes nothing; a pending one is listed (and
 * the pane asks before locking a month that has any).
 */
import type { AgentResolver } from '../agents';
import { ACTION, IssueLog } from '../issues';
import type { AdjustmentLine, DisputeRecord, DisputeStatus } from '../model';
import { KPI_KEYS } from '../model';
import { parseNumber } from '../numbers';
import { parseDate, partsOf, type Period } from '../dates';
import { isBlank, type Cell } from '../cell';
import { cellText, normalizeKey } from '../text';
import { toCents } from '../money';
import { flagSubCent } from './sub-cent';
import { KPI_LABEL } from '../plan/catalog';
import { COMPONENT_TEXT } from '../output/statements';
import { Table } from '../sheets/table';
import { agentRows } from './agent-rows';
import { INPUT_KIND_TEXT } from '../messages/labels';
import { msg } from '../messages';
import { OtherMonthDisputes, type LockedMonth } from '../payrun/other-month-disputes';

const STATUS_WORDS: [DisputeStatus, string[]][] = [
  ['pending', ['待处理', '处理中', '待审核', '审核中', '需补充', '补充材料', 'pending', 'open', 'more info']],
  ['approved', ['通过', '已通过', '同意', '批准', '已批准', 'approved', 'accepted']],
  ['rejected', ['驳回', '已驳回', '拒绝', '不通过', 'rejected', 'denied']],
];

/** Items a dispute may name: a pay component or a KPI, in either language ("工资" for gross pay too). */
const ITEMS = new Map<string, string>();
for (const { zh, en } of Object.values(COMPONENT_TEXT)) {
  ITEMS.set(normalizeKey(zh.replace(/（.*）$/, '')), zh.replace(/（.*）$/, ''));
  ITEMS.set(normalizeKey(en.replace(/ \(.*\)$/, '')), zh.replace(/（.*）$/, ''));
}
for (const k of KPI_KEYS) {
  ITEMS.set(normalizeKey(KPI_LABEL[k].zh), KPI_LABEL[k].zh);
  ITEMS.set(normalizeKey(KPI_LABEL[k].en), KPI_LABEL[k].zh);
}
/** Words a dispute may write for an item besides the labels: 工资 for gross pay, and shorter KPI words. */
const ITEM_WORDS: [string, string][] = [
  ['工资', '应发工资'],
  ...['销售额', '转化率', '平均响应', '响应时间', '质检', '星级', '评级', '等级', '排名'].map((w): [string, string] => [
    w,
    w,
  ]),
];
for (const [word, item] of ITEM_WORDS) ITEMS.set(normalizeKey(word), item);

function statusOf(text: string): DisputeStatus | null {
  const k = normalizeKey(text);
  for (const [s, words] of STATUS_WORDS) if (words.some((w) => normalizeKey(w) === k)) return s;
  return null;
}

export interface Disputes {
  /** Approved disputes with an amount, as adjustments per agent. */
  adjustments: Map<string, AdjustmentLine[]>;
  /** Every dispute of the period that names a known agent and item. */
  list: DisputeRecord[];
}

/**
 * The month a 月份 cell names: text 2026-10, 2026/10, 2026.10, 2026年10月, or 10月 / 10 (this
 * period's year); a date, which is what Excel makes of 2026-10 typed into a cell (2026-10-01),
 * as a date cell or its serial number. Null when it names no month.
 */
function monthOf(v: Cell, year: number): { y: number; m: number } | null {
  const ok = (y: number, m: number) => (m >= 1 && m <= 12 ? { y, m } : null);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12) return ok(year, v);
  const s = cellText(v).normalize('NFKC').trim();
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (full) return ok(Number(full[1]), Number(full[2]));
  const short = /^(\d{1,2})\s*月?$/.exec(s);
  if (short) return ok(year, Number(short[1]));
  const date = parseDate(v);
  if (date.kind !== 'value') return null;
  const { y, m } = partsOf(date.value);
  return { y, m };
}

export function readDisputes(
  tables: Table[],
  period: Period,
  agents: AgentResolver,
  employed: ReadonlySet<string>,
  log: IssueLog,
  lockedMonth: LockedMonth = () => null,
): Disputes {
  const adjustments = new Map<string, AdjustmentLine[]>();
  const list: DisputeRecord[] = [];
  const otherMonths = new OtherMonthDisputes(period.key, lockedMonth);
  for (const t of tables) {
    for (const r of agentRows(t, period, agents, employed, log, INPUT_KIND_TEXT.disputes)) {
      const itemText = cellText(t.get(r.row, 'item'));
      const item = ITEMS.get(normalizeKey(itemText));
      const reason = cellText(t.get(r.row, 'reason')) || cellText(t.get(r.row, 'decision'));
      // How the statement names an approved one: "提成：漏记".
      const paidAs = `${item ?? itemText}${reason ? `：${reason}` : ''}`;
      const monthCell = t.get(r.row, 'period') ?? null;
      if (!isBlank(monthCell)) {
        const month = monthOf(monthCell, period.year);
        if (!month) {
          const value = cellText(monthCell);
          r.flag('error', 'dispute-bad-month', 'period', value, { value }, ACTION.skipped);
          continue;
        }
        // A week or range belongs to the month its year and month name (the month holding its Thursday).
        if (month.y !== period.year || month.m !== period.month) {
          const key = `${month.y}-${String(month.m).padStart(2, '0')}`;
          const status = statusOf(cellText(t.get(r.row, 'status')));
          const who = `${r.agent.agentId} ${r.agent.name}`;
          const dispute = { who, item: itemText, paidAs };
          otherMonths.note(r.flag, { key, text: cellText(monthCell) }, status, dispute, r.index);
          continue;
        }
      }
      if (!item) {
        r.flag('error', 'dispute-unknown-item', 'item', itemText, { itemText }, ACTION.skipped);
        continue;
      }
      const statusText = cellText(t.get(r.row, 'status'));
      let status = statusOf(statusText);
      if (!status) {
        r.flag('error', 'dispute-bad-status', 'status', statusText, { statusText }, msg('dispute-bad-status.action'));
        status = 'pending';
      }
      const raw = t.get(r.row, 'amount');
      const parsed = parseNumber(raw);
      if (parsed.kind === 'invalid') {
        r.flag('error', 'dispute-bad-amount', 'amount', cellText(raw), { value: cellText(raw) }, ACTION.skipped);
        continue;
      }
      const amount = parsed.kind === 'value' ? toCents(parsed.value) : null;
      if (parsed.kind === 'value') flagSubCent(r.flag, parsed.value);
      const record: DisputeRecord = {
        agentId: r.agent.agentId,
        name: r.agent.name,
        item,
        claim: cellText(t.get(r.row, 'claim')),
        amount,
        status,
        decision: cellText(t.get(r.row, 'decision')),
        reason,
        sheet: t.sheet.name,
        row: r.index + 1,
      };
      list.push(record);
      const who = `${r.agent.agentId} ${r.agent.name}`;
      if (status === 'pending') {
        const claim = record.claim ? msg('dispute-pending.claim', { claim: record.claim }) : '';
        r.flag('warning', 'dispute-pending', 'status', statusText, { who, item, claim }, msg('dispute-pending.action'));
      } else if (status === 'approved' && amount !== null && amount !== 0) {
        const lines = adjustments.get(r.agent.agentId) ?? [];
        lines.push({ type: 'dispute', date: r.date, amount, reason: paidAs });
        adjustments.set(r.agent.agentId, lines);
        // In a sheet that keeps months, a row without one is this month's, and every later month's too.
        if (t.has('period') && isBlank(monthCell)) {
          const key = period.key;
          r.flag('warning', 'dispute-no-month', 'period', null, { who, item, key }, msg('dispute-no-month.action'));
        }
      } else if (status === 'approved') {
        const action = msg('dispute-approved-no-amount.action');
        r.flag('info', 'dispute-approved-no-amount', 'amount', null, { who, item }, action);
      }
    }
    otherMonths.flush(log, t);
  }
  return { adjustments, list };
}
