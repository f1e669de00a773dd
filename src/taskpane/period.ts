/** Periods as the pane edits them: a month YYYY-MM, an ISO week YYYY-Www, or a range YYYY-MM-DD..YYYY-MM-DD. */
import { formatSerial, parsePeriod, weekOf, type PeriodKind } from '../engine';

export type PeriodMode = PeriodKind;

/** Valid, and written the way the engine writes it (so the sheet names match what was typed). */
export function isValidPeriod(p: string): boolean {
  const parsed = parsePeriod(p);
  return parsed !== null && parsed.key === p.trim().toUpperCase();
}

export function periodMode(p: string): PeriodMode | null {
  return parsePeriod(p)?.kind ?? null;
}

function monthKey(year: number, monthIndex: number): string {
  const d = new Date(year, monthIndex, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The month before `today` (local time): payroll is run for the month just ended. */
export function lastMonth(today: Date = new Date()): string {
  return monthKey(today.getFullYear(), today.getMonth() - 1);
}

/** `p` moved by `delta` months or weeks (a range by its own length); an invalid period is returned unchanged. */
export function shiftPeriod(p: string, delta: number): string {
  const parsed = parsePeriod(p);
  if (!parsed || !isValidPeriod(p)) return p;
  if (parsed.kind === 'month') return monthKey(parsed.year, parsed.month - 1 + delta);
  if (parsed.kind === 'week') return weekOf(parsed.start + 7 * delta).key;
  const shift = parsed.days * delta;
  return `${formatSerial(parsed.start + shift)}..${formatSerial(parsed.end - 1 + shift)}`;
}

/**
 * The same stretch of time in another mode, for switching the picker: a
 * month's first week or first half; a week's month or its seven days; a
 * range's first day's month or week.
 */
export function convertPeriod(p: string, mode: PeriodMode): string {
  const parsed = parsePeriod(p);
  if (!parsed || parsed.kind === mode) return p;
  if (mode === 'month') return monthKey(parsed.year, parsed.month - 1);
  if (mode === 'week') return weekOf(parsed.start).key;
  const last = parsed.kind === 'month' ? parsed.start + 14 : parsed.end - 1;
  return `${formatSerial(parsed.start)}..${formatSerial(last)}`;
}
