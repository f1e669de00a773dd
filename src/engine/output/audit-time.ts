/**
 * Times in the Audit sheet (when the run was generated, when the month was locked) are date cells finance can
 * read and sort: an Excel serial of the wall-clock time where the run was made, shown as a date-time, with
 * the zone in the row's label ("生成时间 (UTC+8)", "已定稿 (UTC+8)"). Audits written before held ISO UTC text
 * under "生成时间 (UTC)" and "已定稿": read alike, the label's zone taken off before its words are matched.
 */
import type { Cell } from '../cell';
import { formatSerial, serialOfEpochMs } from '../dates';
import type { OutCell } from './sheet-spec';

/** The zone of a UTC offset as a label says it: "UTC", "UTC+8", "UTC-5:30". */
export function zoneName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const a = Math.abs(offsetMinutes);
  const minutes = a % 60 ? `:${String(a % 60).padStart(2, '0')}` : '';
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${Math.floor(a / 60)}${minutes}`;
}

/** The local time at `at` in the zone `offsetMinutes` east of UTC, as an Excel serial to the second (as a clock shows it). */
export function localSerial(at: Date, offsetMinutes: number): number {
  return serialOfEpochMs(Math.floor((at.getTime() + offsetMinutes * 60_000) / 1000) * 1000);
}

/** A label with its zone: "生成时间 (UTC+8)". */
export const withZone = (label: string, offsetMinutes: number) => `${label} (${zoneName(offsetMinutes)})`;

const ZONE_SUFFIX = /\s*\((UTC(?:[+-]\d{1,2}(?::\d{2})?)?)\)\s*$/;

/** A label's words and the zone it names: "生成时间 (UTC+8)" → ["生成时间", "UTC+8"]; no zone → [label, null]. */
export function splitZone(label: string): [string, string | null] {
  const m = ZONE_SUFFIX.exec(label);
  return m ? [label.slice(0, m.index).trim(), m[1]] : [label.trim(), null];
}

/**
 * A time cell of an Audit as a manager reads it: a serial as "2026-11-01 00:30:00 (UTC+8)" (the zone from its
 * label), text (an older Audit's ISO time) as written.
 */
export function auditTimeText(cell: Cell | OutCell | undefined, zone: string | null): string {
  if (typeof cell === 'number' && Number.isFinite(cell))
    return `${formatSerial(cell, true)}${zone ? ` (${zone})` : ''}`;
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** Where an Audit's rows hold a time as a serial (a row whose label names a zone): the cells to show as dates. */
export function auditDateCells(rows: readonly (readonly (Cell | OutCell)[])[]): { row: number; column: number }[] {
  const out: { row: number; column: number }[] = [];
  rows.forEach((r, row) => {
    if (typeof r[1] !== 'string' || splitZone(r[1])[1] === null) return;
    const column = [2, 3].find((c) => typeof r[c] === 'number');
    if (column !== undefined) out.push({ row, column });
  });
  return out;
}
