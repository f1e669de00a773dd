/**
 * Pay-run control in the pane, without React: the month's earlier outputs
 * (for the change list), its 定稿 lock (rows of its Audit sheet, so the lock
 * travels with the workbook), and the check that keeps two generations from
 * interleaving: a generation writes only if the month's Audit sheet is still
 * the one it read when it started (two panes, or a change made while the
 * manager was reading the change list).
 */
import {
  auditSheetNames,
  auditWithLockRow,
  compareRuns,
  CompareRefused,
  lockRow,
  lockState,
  message,
  msg,
  readPreviousRun,
  sheetName,
  withChangesSection,
  withLockHistory,
  type Lang,
  type LockState,
  type PayRunChanges,
  type PayrollResult,
  type SheetData,
  type SheetSpec,
} from '../engine';
import type { WorkbookPort } from '../excel/workbook-port';
import { PayRunRefusal } from './errors';
import { existingSheets, scanWorkbook, type WorkbookScan } from './payroll-flow';

export interface MonthOutputs {
  /** The month's payroll, statements and audit sheets as they are now (either language). */
  sheets: SheetData[];
  audit: SheetData | undefined;
  lock: LockState | null;
  /** A fingerprint of the Audit sheet: a generation writes only if it is unchanged. */
  stamp: string;
}

export async function readMonthOutputs(port: WorkbookPort, scan: WorkbookScan, period: string): Promise<MonthOutputs> {
  const wanted = (['payroll', 'statements'] as const)
    .flatMap((k) => [sheetName(k, period, 'zh'), sheetName(k, period, 'en')])
    .concat(auditSheetNames(period));
  const names = existingSheets(scan, wanted);
  if (names.length === 0) return { sheets: [], audit: undefined, lock: null, stamp: '' };
  const wb = await port.readSheets(names);
  const audits = auditSheetNames(period);
  const audit = wb.sheets.find((s) => audits.includes(s.name.trim()));
  return { sheets: wb.sheets, audit, lock: lockState(audit), stamp: audit ? JSON.stringify(audit.rows) : '' };
}

export function lockedRefusal(period: string, lock: LockState): PayRunRefusal {
  return new PayRunRefusal('month-locked', msg('pane.refusal.monthLocked', { period, by: lock.by, at: lock.at }));
}

/** The change list against the month's earlier outputs; null when there are none (or they cannot be read back). */
export function changesAgainst(
  month: MonthOutputs,
  result: PayrollResult,
  lang: Lang,
): { changes: PayRunChanges; comparedWith: string } | null {
  if (!month.audit) return null;
  try {
    const previous = readPreviousRun(month.sheets, result.period);
    const when = previous.generatedAt || month.audit.name;
    return {
      changes: compareRuns(previous, result, lang),
      comparedWith: message('pane.payrun.comparedWith', { when }, lang),
    };
  } catch (e) {
    if (e instanceof CompareRefused) return null;
    throw e;
  }
}

/** The new output sheets with the Changes section and the month's lock history carried over. */
export function withPayRunSections(
  specs: SheetSpec[],
  month: MonthOutputs,
  diff: ReturnType<typeof changesAgainst>,
  lang: Lang,
): SheetSpec[] {
  return withLockHistory(diff ? withChangesSection(specs, diff.changes, lang, diff.comparedWith) : specs, month.audit);
}

/** Refuses to write when the month's Audit sheet changed since `month` was read (another pane generated or locked it). */
export async function assertUnchanged(port: WorkbookPort, period: string, month: MonthOutputs): Promise<void> {
  const now = await readMonthOutputs(port, await scanWorkbook(port), period);
  if (now.lock?.locked) throw lockedRefusal(period, now.lock);
  if (now.stamp !== month.stamp) {
    throw new PayRunRefusal('month-changed', msg('pane.refusal.monthChanged', { period }));
  }
}

/** Lock (定稿) or unlock the month: one row appended to its Audit sheet, written atomically like the outputs. */
export async function setMonthLock(
  port: WorkbookPort,
  period: string,
  action: 'lock' | 'unlock',
  by: string,
  lang: Lang,
  now = new Date(),
  reason = '',
): Promise<LockState | null> {
  const month = await readMonthOutputs(port, await scanWorkbook(port), period);
  if (!month.audit) {
    throw new PayRunRefusal('month-not-generated', msg('pane.refusal.monthNotGenerated', { period }));
  }
  if ((month.lock?.locked ?? false) === (action === 'lock')) return month.lock;
  const row = lockRow(action, by, now, lang, reason);
  await port.writeOutputs([auditWithLockRow(month.audit, row)], [month.audit.name]);
  return lockState({ name: month.audit.name, rows: [...month.audit.rows, row] });
}
