import { Cell, isBlank } from './cell';
import { Parsed } from './numbers';
import { isNotAvailableText } from './text';

/**
 * Dates are held as Excel serial days (1 = 1900-01-01, days since 1899-12-30),
 * naive local time as the export wrote it: no time zone ever enters.
 */
export type Serial = number;

const EPOCH_OFFSET = 25569; // serial of 1970-01-01
const MS_PER_DAY = 86400000;

/** Days from 1970-01-01 to a civil date (proleptic Gregorian), integer arithmetic only. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function serialOf(y: number, m: number, d: number, hh = 0, mi = 0, ss = 0): Serial {
  return daysFromCivil(y, m, d) + EPOCH_OFFSET + (hh * 3600 + mi * 60 + ss) / 86400;
}

/** The serial of a moment given as milliseconds since 1970-01-01 on the clock it is read from. */
export function serialOfEpochMs(ms: number): Serial {
  return ms / MS_PER_DAY + EPOCH_OFFSET;
}

export function partsOf(serial: Serial): { y: number; m: number; d: number; hh: number; mi: number; ss: number } {
  const ms = Math.round(((serial - EPOCH_OFFSET) * MS_PER_DAY) / 1000) * 1000;
  const dt = new Date(ms);
  return {
    y: dt.getUTCFullYear(),
    m: dt.getUTCMonth() + 1,
    d: dt.getUTCDate(),
    hh: dt.getUTCHours(),
    mi: dt.getUTCMinutes(),
    ss: dt.getUTCSeconds(),
  };
}

function validDate(y: number, m: number, d: number, hh: number, mi: number, ss: number): boolean {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || hh > 23 || mi > 59 || ss > 59) return false;
  return d <= daysInMonth(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[m - 1];
}

const DATE_RE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2})(?:\.\d+)?)?)?$/;
/** 上午/下午 (or AM/PM) before or after the time of a date: 2026/10/5 下午 3:03, 2026-10-05 3:03 PM. */
const MARK_BEFORE = /^(.*?\d日?)\s*(上午|下午|AM|PM)\s*(\d{1,2}[:：]\d{1,2}(?:[:：]\d{1,2}(?:\.\d+)?)?)$/i;
const MARK_AFTER = /^(.*?\d日?)\s+(\d{1,2}[:：]\d{1,2}(?:[:：]\d{1,2}(?:\.\d+)?)?)\s*(上午|下午|AM|PM)$/i;

/** The date and time without the mark, and whether it is afternoon; null when there is no mark. */
function halfDay(s: string): { text: string; pm: boolean } | null {
  const b = MARK_BEFORE.exec(s);
  if (b) return { text: `${b[1]} ${b[3]}`, pm: /下午|pm/i.test(b[2]) };
  const a = MARK_AFTER.exec(s);
  return a ? { text: `${a[1]} ${a[2]}`, pm: /下午|pm/i.test(a[3]) } : null;
}
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2}):?(\d{2}))?$/;

/** Two decimal digits at i, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48,
    b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** "yyyy-MM-dd HH:mm:ss" or "yyyy-MM-dd", read by char codes with nothing allocated: the export's own format, on every order row. */
export function fastIso(s: string): Serial | null {
  return fastIsoIn(s, 0, s.length);
}

/** fastIso(s.slice(from, to)), without making the slice. */
export function fastIsoIn(s: string, from: number, to: number): Serial | null {
  const n = to - from;
  if ((n !== 19 && n !== 10) || s.charCodeAt(from + 4) !== 45 || s.charCodeAt(from + 7) !== 45) return null;
  const y1 = twoDigits(s, from),
    y2 = twoDigits(s, from + 2);
  const mo = twoDigits(s, from + 5),
    dd = twoDigits(s, from + 8);
  let hh = 0,
    mi = 0,
    ss = 0;
  if (n === 19) {
    if (s.charCodeAt(from + 10) !== 32 || s.charCodeAt(from + 13) !== 58 || s.charCodeAt(from + 16) !== 58) return null;
    hh = twoDigits(s, from + 11);
    mi = twoDigits(s, from + 14);
    ss = twoDigits(s, from + 17);
  }
  if (y1 < 0 || y2 < 0 || mo < 0 || dd < 0 || hh < 0 || mi < 0 || ss < 0) return null;
  const y = y1 * 100 + y2;
  if (!validDate(y, mo, dd, hh, mi, ss)) return null;
  // A month's orders share year and month: its first serial is worked out once.
  const ym = y * 12 + mo;
  if (ym !== lastMonth) {
    lastMonth = ym;
    lastMonthStart = serialOf(y, mo, 1);
  }
  return lastMonthStart + (dd - 1) + (hh * 3600 + mi * 60 + ss) / 86400;
}

let lastMonth = -1;
let lastMonthStart = 0;

/**
 * A serial number of a day between 1900 and 9999 (what parseDate reads a number as, without its result object:
 * a workbook's payment times, on every order row), to the whole second as Excel shows it; null for any other
 * number. A time computed in Excel can sit a hair before midnight (46326.99999999) while showing
 * 2026-11-01 00:00:00; it belongs to the day shown.
 */
export function fastSerial(v: number): Serial | null {
  return v >= 1 && v < 2958466 ? Math.round(v * 86400) / 86400 : null;
}

const SLASH = 47;
const SPACE = 32;
const COLON = 58;

/** Where readShort stopped: the index after its digits. */
let shortEnd = 0;

/** The number one or two decimal digits at i (before `end`) write (shortEnd after them), or -1 when there is no digit there. */
function readShort(s: string, i: number, end: number): number {
  let v = -1;
  let j = i;
  for (; j < end && j < i + 2; j++) {
    const c = s.charCodeAt(j) - 48;
    if (c < 0 || c > 9) break;
    v = (v < 0 ? 0 : v * 10) + c;
  }
  shortEnd = j;
  return v;
}

/**
 * "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss" or "yyyy/M/d" (each part after the year one or two digits): how Excel
 * shows a date and time, and so how an order report re-saved from Excel writes it. Read by char codes as
 * fastIso reads its form, to what parseDate reads such text as; null for any other text (parseDate reads it).
 */
export function fastSlashed(s: string): Serial | null {
  return fastSlashedIn(s, 0, s.length);
}

/** fastSlashed(s.slice(from, to)), without making the slice. */
export function fastSlashedIn(s: string, from: number, to: number): Serial | null {
  const n = to - from;
  if (n < 8 || n > 19 || s.charCodeAt(from + 4) !== SLASH) return null;
  const y1 = twoDigits(s, from),
    y2 = twoDigits(s, from + 2);
  const mo = readShort(s, from + 5, to);
  if (y1 < 0 || y2 < 0 || mo < 0 || shortEnd >= to || s.charCodeAt(shortEnd) !== SLASH) return null;
  const d = readShort(s, shortEnd + 1, to);
  if (d < 0) return null;
  let hh = 0,
    mi = 0,
    ss = 0;
  if (shortEnd < to) {
    if (s.charCodeAt(shortEnd) !== SPACE) return null;
    hh = readShort(s, shortEnd + 1, to);
    if (hh < 0 || shortEnd >= to || s.charCodeAt(shortEnd) !== COLON) return null;
    mi = readShort(s, shortEnd + 1, to);
    if (mi < 0) return null;
    if (shortEnd < to) {
      if (s.charCodeAt(shortEnd) !== COLON) return null;
      ss = readShort(s, shortEnd + 1, to);
      if (ss < 0 || shortEnd < to) return null;
    }
  }
  const y = y1 * 100 + y2;
  return validDate(y, mo, d, hh, mi, ss) ? serialOf(y, mo, d, hh, mi, ss) : null;
}

/**
 * A cell in one of the forms read without the general parser (the export's own, Excel's slashed one, a
 * serial number): what parseDate reads it as, with no result object made; null for anything else.
 */
export function fastDate(v: Cell | undefined): Serial | null {
  if (typeof v === 'string') return fastDateIn(v, 0, v.length);
  return typeof v === 'number' ? fastSerial(v) : null;
}

/** fastDate of the text s.slice(from, to), without making the slice. */
export function fastDateIn(s: string, from: number, to: number): Serial | null {
  return fastIsoIn(s, from, to) ?? fastSlashedIn(s, from, to);
}

/**
 * Dates as exports write them: `yyyy-MM-dd HH:mm:ss`, `yyyy/M/d H:mm`,
 * `2026年10月5日`, `20261005`, or Excel serial numbers.
 */
export function parseDate(v: Cell | undefined): Parsed<Serial> {
  const fast = fastDate(v);
  if (fast !== null) return { kind: 'value', value: fast };
  if (v === null || v === undefined || isBlank(v)) return { kind: 'blank' };
  if (typeof v === 'number') {
    // Not a serial of a real day (fastDate read those). 20261101: a report's 统计日期 as a number (yyyymmdd).
    if (Number.isInteger(v) && v >= 19000101 && v <= 99991231) return parseDate(String(v));
    return { kind: 'invalid', text: String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  if (isNotAvailableText(v)) return { kind: 'na' };
  const s = v
    .normalize('NFKC')
    .trim()
    .replace(/^=\s*"(.*)"$/, '$1');
  // Chinese Excel's 12-hour times (2026/10/5 下午 3:03), saved as text in a CSV.
  const half = halfDay(s);
  const m = half ? DATE_RE.exec(half.text) : (DATE_RE.exec(s) ?? COMPACT_RE.exec(s));
  if (!m) {
    if (/^\d+(\.\d+)?$/.test(s)) return parseDate(Number(s));
    return { kind: 'invalid', text: v };
  }
  const [y, mo, d, h, mi, ss] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map((x) => parseInt(x, 10));
  if (half && (h < 1 || h > 12)) return { kind: 'invalid', text: v };
  const hh = half ? (h % 12) + (half.pm ? 12 : 0) : h;
  if (!validDate(y, mo, d, hh, mi, ss)) return { kind: 'invalid', text: v };
  return { kind: 'value', value: serialOf(y, mo, d, hh, mi, ss) };
}

export type PeriodKind = 'month' | 'week' | 'range';

/**
 * An assessment period: a calendar month "2026-10" (the payroll month), an
 * ISO week "2026-W43" (Monday 00:00:00 to Sunday 23:59:59), or a range of
 * days "2026-10-01..2026-10-15" (both days included). Orders belong to it by
 * payment time: start <= paid < end.
 */
export interface Period {
  kind: PeriodKind;
  /** Month: its year and month. Week: those of its Thursday (the ISO year; the month holding most of the week). Range: the first day's. */
  year: number;
  month: number;
  /** ISO week number (weeks only). */
  week?: number;
  /** "2026-10", "2026-W43", "2026-10-01..2026-10-15" */
  key: string;
  start: Serial;
  /** first instant after the period */
  end: Serial;
  /** calendar days in the period */
  days: number;
}

/** A range may span at most a year: longer is almost certainly a typo. */
export const MAX_RANGE_DAYS = 366;

const MONTH_RE = /^(\d{4})-(\d{1,2})$/;
const WEEK_RE = /^(\d{4})-?W(\d{1,2})$/i;
const RANGE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:\.\.|~|～|至)\s*(\d{4})-(\d{1,2})-(\d{1,2})$/;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Why text in a period's form names no period; null when its form is another (or it is a period). */
export type PeriodFault =
  | { kind: 'month' }
  | { kind: 'week'; year: number; weeks: number }
  | { kind: 'day' }
  | { kind: 'reversed' }
  | { kind: 'long'; days: number };

/**
 * Text read as a period, or as the fault that keeps a period's form from naming one (2025-W53,
 * 2026-02-30..2026-03-01); null for another form or a year outside 2000–2999 (each year of a range).
 * One reader, so what is refused and why it is refused cannot drift apart.
 */
function readPeriod(s: string): { period: Period } | { fault: PeriodFault } | null {
  const text = s.normalize('NFKC').trim();
  const inYears = (...ys: number[]) => ys.every((y) => y >= 2000 && y <= 2999);
  const m = MONTH_RE.exec(text);
  if (m) {
    const [year, month] = [parseInt(m[1], 10), parseInt(m[2], 10)];
    if (!inYears(year)) return null;
    return month >= 1 && month <= 12 ? { period: periodOf(year, month) } : { fault: { kind: 'month' } };
  }
  const w = WEEK_RE.exec(text);
  if (w) {
    const [year, week] = [parseInt(w[1], 10), parseInt(w[2], 10)];
    if (!inYears(year)) return null;
    const weeks = isoWeeksInYear(year);
    return week >= 1 && week <= weeks ? { period: weekPeriod(year, week) } : { fault: { kind: 'week', year, weeks } };
  }
  const r = RANGE_RE.exec(text);
  if (!r) return null;
  const [y1, m1, d1, y2, m2, d2] = r.slice(1).map((x) => parseInt(x, 10));
  if (!inYears(y1, y2)) return null;
  if (!validDate(y1, m1, d1, 0, 0, 0) || !validDate(y2, m2, d2, 0, 0, 0)) return { fault: { kind: 'day' } };
  const start = serialOf(y1, m1, d1);
  const days = serialOf(y2, m2, d2) - start + 1;
  if (days < 1) return { fault: { kind: 'reversed' } };
  return days > MAX_RANGE_DAYS ? { fault: { kind: 'long', days } } : { period: rangePeriod(start, start + days) };
}

export function parsePeriod(s: string): Period | null {
  const read = readPeriod(s);
  return read && 'period' in read ? read.period : null;
}

/** The fault of text that parsePeriod refused although it has a period's form (2025-W53, 2026-02-30..2026-03-01). */
export function periodFault(s: string): PeriodFault | null {
  const read = readPeriod(s);
  return read && 'fault' in read ? read.fault : null;
}

export function periodOf(year: number, month: number): Period {
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  return {
    kind: 'month',
    year,
    month,
    key: `${year}-${pad2(month)}`,
    start: serialOf(year, month, 1),
    end: serialOf(next.y, next.m, 1),
    days: daysInMonth(year, month),
  };
}

/** Monday = 0 … Sunday = 6 (1970-01-01, serial 25569, was a Thursday). */
export function isoWeekday(serial: Serial): number {
  return (((Math.floor(serial) - EPOCH_OFFSET + 3) % 7) + 7) % 7;
}

/** Serial of the Monday of ISO week 1: the week holding 4 January. */
function isoWeekOneMonday(isoYear: number): Serial {
  const jan4 = serialOf(isoYear, 1, 4);
  return jan4 - isoWeekday(jan4);
}

/** 53 when 1 January is a Thursday, or a Wednesday in a leap year; else 52. */
export function isoWeeksInYear(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7;
}

export function weekPeriod(isoYear: number, week: number): Period {
  const start = isoWeekOneMonday(isoYear) + (week - 1) * 7;
  const p = partsOf(start + 3);
  return {
    kind: 'week',
    year: isoYear,
    month: p.m,
    week,
    key: `${isoYear}-W${pad2(week)}`,
    start,
    end: start + 7,
    days: 7,
  };
}

/** The ISO week holding a day. */
export function weekOf(serial: Serial): Period {
  const monday = Math.floor(serial) - isoWeekday(serial);
  // The ISO year is the calendar year of the week's Thursday.
  const isoYear = partsOf(monday + 3).y;
  return weekPeriod(isoYear, (monday - isoWeekOneMonday(isoYear)) / 7 + 1);
}

function rangePeriod(start: Serial, end: Serial): Period {
  const a = partsOf(start);
  const b = partsOf(end - 1);
  return {
    kind: 'range',
    year: a.y,
    month: a.m,
    key: `${a.y}-${pad2(a.m)}-${pad2(a.d)}..${b.y}-${pad2(b.m)}-${pad2(b.d)}`,
    start,
    end,
    days: end - start,
  };
}

/** The period `back` periods earlier, of the same kind (a range: the same number of days just before). */
export function previousPeriod(p: Period, back = 1): Period {
  if (p.kind === 'week') return weekOf(p.start - 7 * back);
  if (p.kind === 'range') return rangePeriod(p.start - p.days * back, p.end - p.days * back);
  let y = p.year;
  let m = p.month - back;
  while (m < 1) {
    m += 12;
    y--;
  }
  return periodOf(y, m);
}

export function inPeriod(serial: Serial, p: Period): boolean {
  return serial >= p.start && serial < p.end;
}

/**
 * The period as it appears in a sheet name: the key itself, except a range,
 * written compactly so every output name stays within Excel's 31 characters:
 * "2026-10-01..2026-10-15" → "20261001-20261015" ("Statements " + 17 = 28 ≤ 31 characters).
 */
export function periodSheetKey(key: string): string {
  const p = parsePeriod(key);
  if (!p || p.kind !== 'range') return key;
  const a = partsOf(p.start);
  const b = partsOf(p.end - 1);
  return `${a.y}${pad2(a.m)}${pad2(a.d)}-${b.y}${pad2(b.m)}${pad2(b.d)}`;
}

/** The period key a sheet-name suffix stands for: "2026-09", "2026-W42" or "20261001-20261015"; null if none. */
export function periodFromSheetKey(text: string): Period | null {
  const compact = /^(\d{4})(\d{2})(\d{2})-(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact)
    return parsePeriod(`${compact[1]}-${compact[2]}-${compact[3]}..${compact[4]}-${compact[5]}-${compact[6]}`);
  return MONTH_RE.test(text) || WEEK_RE.test(text) ? parsePeriod(text) : null;
}

export function formatSerial(serial: Serial, withTime = false): string {
  const p = partsOf(serial);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  return withTime ? `${date} ${pad(p.hh)}:${pad(p.mi)}:${pad(p.ss)}` : date;
}
