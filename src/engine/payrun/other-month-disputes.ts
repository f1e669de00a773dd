/**
 * 申诉 rows that name another month than the run's. They are not this run's to pay, but they must
 * not vanish unsaid: a month already locked (定稿) will not be regenerated, so a dispute added or
 * decided after its lock is paid by no run unless the manager re-opens that month or carries the
 * dispute into the current one (SPEC pay-run control). Such rows are warned on their 月份 cell;
 * the others are counted once per sheet, as rows dated outside the period are.
 */
import type { SheetData } from '../cell';
import type { Period } from '../dates';
import { ACTION, type IssueLog } from '../issues';
import type { DisputeStatus } from '../model';
import type { Table } from '../sheets/table';
import type { Disputes } from '../parse/disputes';
import type { CellFlag } from '../parse/agent-rows';
import { msg } from '../messages';
import { lockState, type LockState } from './lock';
import { findSheet, statementLines } from './previous-run';

/** A locked month: who locked it and when, and whether its statements show an approved dispute as paid. */
export interface LockedMonthInfo extends LockState {
  /** Whether the block "工号 姓名" of the month's statements pays this dispute ("提成：漏记"); false without them. */
  showsDispute(title: string, paidAs: string): boolean;
}

/** The month's lock when the workbook holds its Audit sheet and that says it is locked; null otherwise. */
export type LockedMonth = (monthKey: string) => LockedMonthInfo | null;

/** Locks as the workbook's own Audit sheets record them (the pane's workbook; cs-kpi's --history files). */
export function lockedMonthsIn(sheets: SheetData[]): LockedMonth {
  return (monthKey) => {
    const state = lockState(findSheet(sheets, 'audit', monthKey) ?? undefined);
    if (!state?.locked) return null;
    const statements = findSheet(sheets, 'statements', monthKey);
    return { ...state, showsDispute: (title, paidAs) => !!statements && disputeShown(statements, title, paidAs) };
  };
}

/** The statement line of an approved dispute, "申诉通过：提成：漏记 200.00", in the block's awards or fines. */
function disputeShown(statements: SheetData, title: string, paidAs: string): boolean {
  const label = msg('pay.dispute-approved', { reason: paidAs });
  // The amount follows after a space: "申诉通过：提成 " does not match "申诉通过：提成：漏记 200.00".
  const texts = [`${label.zh} `, `${label.en} `];
  let shown = false;
  statementLines(statements, new Set([title]), (_, key, why) => {
    if ((key === 'awards' || key === 'fines') && texts.some((t) => why.includes(t))) shown = true;
  });
  return shown;
}

/** A row of another month: who, the item as written, and what an approved one's statement line names. */
export interface OtherMonthDispute {
  who: string;
  item: string;
  paidAs: string;
}

export class OtherMonthDisputes {
  private readonly months = new Map<string, number>();
  /** The sheet row index of the first row counted, for the line that counts them. */
  private firstIndex = -1;

  constructor(
    private readonly runKey: string,
    private readonly lockedMonth: LockedMonth,
  ) {}

  /**
   * One row of another month: warned when that month is locked and the dispute could still change pay,
   * unless the month's statements show it paid.
   */
  note(
    flag: CellFlag,
    month: { key: string; text: string },
    status: DisputeStatus | null,
    d: OtherMonthDispute,
    index: number,
  ) {
    const lock = status === 'rejected' ? null : this.lockedMonth(month.key);
    if (!lock || (status === 'approved' && lock.showsDispute(d.who, d.paidAs))) {
      this.months.set(month.key, (this.months.get(month.key) ?? 0) + 1);
      if (this.firstIndex < 0) this.firstIndex = index;
      return;
    }
    const [key, by, at] = [this.runKey, lock.by, lock.at];
    const params = { who: d.who, item: d.item, month: month.key, by, at, key };
    flag('warning', 'dispute-month-locked', 'period', month.text, params, msg('dispute-month-locked.action', params));
  }

  /** The rows counted on this sheet, said once at the first one's 月份 cell; then the count starts again for the next sheet. */
  flush(log: IssueLog, t: Table) {
    const rows = [...this.months.values()].reduce((a, b) => a + b, 0);
    if (rows > 0) {
      const months = [...this.months.keys()].sort().join(', ');
      const first = this.firstIndex + 1;
      const text = msg('disputes-other-months', { rows, months, key: this.runKey, first });
      log.at('info', 'disputes-other-months', t.where(this.firstIndex, 'period'), null, text, ACTION.skipped);
    }
    this.months.clear();
    this.firstIndex = -1;
  }
}

/**
 * A week or a range pays no 申诉: the sheet names months (月份), not days, so its rows cannot be placed
 * in a week, and the month's run handles them. Said once per sheet; a shop that pays by week is told
 * the way that does pay in a week: the amount as a dated row of the adjustments sheet (奖惩).
 */
export function disputesOutsideMonth(tables: Table[], period: Period, paid: boolean, log: IssueLog): Disputes {
  for (const t of tables) {
    const rows = t.dataRowCount();
    if (rows === 0) continue;
    const text = msg('disputes-by-month', { rows, key: period.key });
    const action = msg(paid ? 'disputes-by-month.action-paid' : 'disputes-by-month.action');
    // Said at the first row's 月份 (or 工号) cell, so the Issues line names a row and a column.
    const first = t.rows().next().value!.index;
    const where = t.where(first, t.has('period') ? 'period' : 'agentId');
    log.at(paid ? 'warning' : 'info', 'disputes-by-month', where, null, text, action);
  }
  return { adjustments: new Map(), list: [] };
}
