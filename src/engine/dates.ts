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

export function partsOf(serial: Serial): { y: number; m: number; d: number; hh: number; mi: number; ss: number } {
  const ms = Math.round((serial - EPOCH_OFFSET) * MS_PER_DAY / 1000) * 1000;
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), hh: dt.getUTCHours(), mi: dt.getUTCMinutes(), ss: dt.getUTCSeconds() };
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

const DATE_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2})(?:\.\d+)?)?)?$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2}):?(\d{2}))?$/;

/** Two decimal digits at i, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** "yyyy-MM-dd HH:mm:ss" or "yyyy-MM-dd", read by char codes with nothing allocated: the export's own format, on every order row. */
export function fastIso(s: string): Serial | null {
  const n = s.length;
  if ((n !== 19 && n !== 10) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y1 = twoDigits(s, 0), y2 = twoDigits(s, 2);
  const mo = twoDigits(s, 5), dd = twoDigits(s, 8);
  let hh = 0, mi = 0, ss = 0;
  if (n === 19) {
    if (s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return null;
    hh = twoDigits(s, 11); mi = twoDigits(s, 14); ss = twoDigits(s, 17);
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
 * Dates as exports write them: `yyyy-MM-dd HH:mm:ss`, `yyyy/M/d H:mm`,
 * `2026年10月5日`, `20261005`, or Excel serial numbers.
 */
export function parseDate(v: Cell | undefined): Parsed<Serial> {
  if (typeof v === 'string') {
    const f = fastIso(v);
    if (f !== null) return { kind: 'value', value: f };
  }
  if (v === null || v === undefined || isBlank(v)) return { kind: 'blank' };
  if (typeof v === 'number') {
    // Serial days between 1900 and 9999.
    if (v >= 1 && v < 2958466) return { kind: 'value', value: v };
    return { kind: 'invalid', text: String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  if (isNotAvailableText(v)) return { kind: 'na' };
  const s = v.normalize('NFKC').trim().replace(/^=\s*"(.*)"$/, '$1');
  const m = DATE_RE.exec(s) ?? COMPACT_RE.exec(s);
  if (!m) {
    if (/^\d+(\.\d+)?$/.test(s)) return parseDate(Number(s));
    return { kind: 'invalid', text: v };
  }
  const [y, mo, d, hh, mi, ss] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map((x) => parseInt(x, 10));
  if (!validDate(y, mo, d, hh, mi, ss)) return { kind: 'invalid', text: v };
  return { kind: 'value', value: serialOf(y, mo, d, hh, mi, ss) };
}

/** A calendar month "YYYY-MM". */
export interface Period {
  year: number;
  month: number;
  /** "2026-10" */
  key: string;
  start: Serial;
  /** first instant of the next month */
  end: Serial;
  days: number;
}

export function parsePeriod(s: string): Period | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const year = parseInt(m[1], 10);
  const month = parseInt(m[2], 10);
  if (month < 1 || month > 12 || year < 2000 || year > 2999) return null;
  return periodOf(year, month);
}

export function periodOf(year: number, month: number): Period {
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  return {
    year,
    month,
    key: `${year}-${String(month).padStart(2, '0')}`,
    start: serialOf(year, month, 1),
    end: serialOf(next.y, next.m, 1),
    days: daysInMonth(year, month),
  };
}

export function previousPeriod(p: Period, back = 1): Period {
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

export function formatSerial(serial: Serial, withTime = false): string {
  const p = partsOf(serial);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  return withTime ? `${date} ${pad(p.hh)}:${pad(p.mi)}:${pad(p.ss)}` : date;
}
