/**
 * 定稿 (lock) of a month, kept in the month's own Audit sheet so it travels
 * with the workbook: each lock and unlock is a row of the 定稿 / Lock section
 * (who, when, and why for an unlock); the last such row is the month's state.
 * A regeneration carries the rows over into the new Audit sheet, so the
 * history stays. The pane and `cs-kpi lock / unlock` write the same rows.
 */
import type { Cell, SheetData } from '../cell';
import type { Lang } from '../model';
import type { OutCell, SheetSpec } from '../output/sheet-spec';
import { sheetName } from '../output/labels';
import { SHEET_TITLES } from '../messages/labels';
import { phrase } from '../messages';
import { auditDateCells, auditTimeText, localSerial, splitZone, withZone } from '../output/audit-time';

const withDateCells = (s: SheetSpec): SheetSpec => ({ ...s, dateCells: auditDateCells(s.rows) });

// Read back in either language; the action's case as a manager may retype it.
const SECTION = [phrase('lock.section', 'zh'), phrase('lock.section', 'en')];
const LOCKED = [phrase('lock.locked', 'zh'), phrase('lock.locked', 'en').toLowerCase()];
const UNLOCKED = [phrase('lock.unlocked', 'zh'), phrase('lock.unlocked', 'en').toLowerCase()];

export interface LockState {
  locked: boolean;
  by: string;
  at: string;
  /** Why it was unlocked (or locked), when given. */
  reason?: string;
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

/** The lock rows of an Audit sheet, in order. */
export function lockRows(audit: SheetData): Cell[][] {
  return audit.rows
    .slice(1)
    .filter(
      (r) => SECTION.includes(text(r[0])) && (LOCKED.includes(actionOf(r[1])) || UNLOCKED.includes(actionOf(r[1]))),
    );
}

/** A lock row's action without the zone its label names ("已定稿 (UTC+8)" → "已定稿"), as compared. */
const actionOf = (c: Cell | undefined) => splitZone(text(c))[0].toLowerCase();

/** The month's lock state from its Audit sheet; null when it was never locked. */
export function lockState(audit: SheetData | undefined): LockState | null {
  if (!audit) return null;
  const last = lockRows(audit).pop();
  if (!last) return null;
  const state: LockState = {
    locked: LOCKED.includes(actionOf(last[1])),
    by: text(last[2]),
    // A date cell in the zone its label names; an older Audit's ISO UTC text as written.
    at: auditTimeText(last[3], splitZone(text(last[1]))[1]),
  };
  return text(last[4]) ? { ...state, reason: text(last[4]) } : state;
}

/**
 * [section, action (zone), who, when, reason?]: when is a date cell of the local time where the lock is made,
 * its zone in the action's label ("已定稿 (UTC+8)"); the reason goes in a fifth column beside the audit's four.
 */
export function lockRow(
  action: 'lock' | 'unlock',
  by: string,
  at: Date,
  lang: Lang,
  reason = '',
  utcOffsetMinutes = -at.getTimezoneOffset(),
): Cell[] {
  const who = by.trim() || phrase('lock.by-not-given', lang);
  const row: Cell[] = [
    phrase('lock.section', lang),
    withZone(phrase(action === 'lock' ? 'lock.locked' : 'lock.unlocked', lang), utcOffsetMinutes),
    who,
    localSerial(at, utcOffsetMinutes),
  ];
  return reason.trim() ? [...row, reason.trim()] : row;
}

/**
 * The Audit sheet rebuilt from its values with one more lock row: what the
 * pane writes (atomically, through the same path as the outputs) to lock or unlock.
 */
export function auditWithLockRow(audit: SheetData, row: OutCell[]): SheetSpec {
  const [header = [], ...rest] = audit.rows;
  const width = Math.max(4, header.length, ...rest.map((r) => r.length), row.length);
  const pad = (r: readonly OutCell[]) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i]));
  return {
    kind: 'audit',
    name: audit.name,
    columns: Array.from({ length: width }, (_, i) => ({
      key: `c${i}`,
      header: text(header[i]),
      format: 'text' as const,
      width: [12, 34, 68, 44][i] ?? 30,
    })),
    rows: [...rest.map(pad), pad(row)],
    dateCells: auditDateCells([...rest, row]),
    freezeHeader: true,
    autoFilter: true,
    protect: true,
  };
}

/** Lock rows of the Audit sheet being replaced, to append to the new one. */
export function carriedLockRows(previousAudit: SheetData | undefined): OutCell[][] {
  return previousAudit ? lockRows(previousAudit).map((r) => r.slice(0, 5)) : [];
}

/** The output sheets with the lock rows of the Audit sheet they replace appended to the new Audit sheet. */
export function withLockHistory(specs: SheetSpec[], previousAudit: SheetData | undefined): SheetSpec[] {
  const carried = carriedLockRows(previousAudit).map((r) => r.map((c) => c ?? null));
  return carried.length === 0
    ? specs
    : specs.map((s) => (s.kind === 'audit' ? withDateCells({ ...s, rows: [...s.rows, ...carried] }) : s));
}

export const auditSheetNames = (period: string) => [sheetName('audit', period, 'zh'), sheetName('audit', period, 'en')];

/**
 * Whether a sheet is some period's Audit or Statements sheet (审计 / 工资条 2026-10): where a later run
 * reads whether that period is locked and which disputes it paid.
 */
export const isLockRecordSheet = (name: string) =>
  [SHEET_TITLES.audit, SHEET_TITLES.statements].some((t) => [t.zh, t.en].some((w) => name.trim().startsWith(`${w} `)));
