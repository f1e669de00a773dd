import { Cell, isBlank } from './cell';
import { isNotAvailableText } from './text';

/**
 * Parsed cell: a number, "blank", "not available" (延迟统计, -), or invalid
 * text. Callers decide what each means for their column and report it.
 */
export type Parsed<T> =
  { kind: 'value'; value: T } | { kind: 'blank' } | { kind: 'na' } | { kind: 'invalid'; text: string };

const BLANK = { kind: 'blank' } as const;
const NA = { kind: 'na' } as const;

/**
 * Text amounts as exports write them: "1,234.50", "¥12", "￥1 234", "12元",
 * full-width digits, "(12.00)" for negatives. Returns the plain number.
 */
export function parseNumber(v: Cell | undefined): Parsed<number> {
  if (typeof v === 'string') {
    const plain = plainDecimal(v);
    if (!Number.isNaN(plain)) return { kind: 'value', value: plain };
    const yuan = yuanDecimal(v);
    if (!Number.isNaN(yuan)) return { kind: 'value', value: yuan };
  }
  return parseFormattedNumber(v);
}

/**
 * "¥128.50" or "￥-3": a yuan sign, then plain decimal text. Exactly what parseFormattedNumber reads such text as
 * (the sign dropped), without its normalising and patterns; NaN for anything else. Some exports write every
 * amount so.
 */
export function yuanDecimal(s: string): number {
  const first = s.charCodeAt(0);
  return first === 0xa5 || first === 0xffe5 ? plainDecimal(s.slice(1)) : NaN;
}

/**
 * The number a cell holds as a number or as plain decimal text ("128.50", "-3"); NaN for anything else,
 * which parseNumber then reads. The order loop's first try: no result object, no normalising.
 */
export function numberOf(v: Cell | undefined): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  return typeof v === 'string' ? plainDecimal(v) : NaN;
}

/**
 * Text that is only an optional minus, digits and at most one point after a digit: exactly what
 * parseFormattedNumber reads as Number(text) (no symbol, separator or width to fold). NaN when not so.
 * CSV order reports write every amount like this, a million times.
 */
export function plainDecimal(s: string): number {
  return plainDecimalIn(s, 0, s.length);
}

/** 10^k, exact for k ≤ 22. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * plainDecimal(s.slice(from, to)), without making the slice. Up to 15 digits the value is worked out as
 * digits / 10^decimals: both exact doubles, so one division rounds once, to Number(text) exactly (the fast
 * path of every correct decimal reader). Longer text is left to Number.
 */
export function plainDecimalIn(s: string, from: number, to: number): number {
  const n = to - from;
  if (n <= 0 || n > 24) return NaN;
  const negative = s.charCodeAt(from) === 45; /* - */
  let i = negative ? from + 1 : from;
  const firstDigit = i;
  let point = -1;
  let digits = 0;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      continue;
    }
    if (c !== 46 /* . */ || point >= 0 || i === firstDigit) return NaN;
    point = i;
  }
  if (firstDigit === to) return NaN;
  const count = to - firstDigit - (point >= 0 ? 1 : 0);
  if (count > 15) return Number(s.slice(from, to));
  const value = point >= 0 ? digits / POWERS_OF_TEN[to - point - 1] : digits;
  return negative ? -value : value;
}

/** Thousands grouped by commas, before any decimal point: 1,234 / 12,345,678.50. */
const GROUPED = /^\d{1,3}([,，]\d{3})+(\.\d*)?$/;

/** parseNumber's general reader: currency signs, separators, full-width digits, brackets, 延迟统计. */
export function parseFormattedNumber(v: Cell | undefined): Parsed<number> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'value', value: v } : { kind: 'invalid', text: String(v) };
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  if (isNotAvailableText(v)) return NA;
  const raw = String(v);
  let s = raw.normalize('NFKC').trim();
  const m0 = /^=\s*"(.*)"$/.exec(s);
  if (m0) s = m0[1].trim();
  let neg = false;
  if (/^\(.*\)$/.test(s)) {
    neg = true;
    s = s.slice(1, -1);
  }
  s = s
    .replace(/^(rmb|cny)/i, '')
    .replace(/[¥￥$\s]/g, '')
    .replace(/(元|rmb|cny)$/i, '');
  if (s.startsWith('-')) {
    neg = !neg;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  // A comma only groups thousands: "1.234,50" or "12,5" (a decimal comma) would otherwise read as 1.2345 or 125.
  if (/[,，]/.test(s)) {
    if (!GROUPED.test(s)) return { kind: 'invalid', text: raw };
    s = s.replace(/[,，]/g, '');
  }
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return { kind: 'invalid', text: raw };
  const n = Number(s);
  if (!Number.isFinite(n)) return { kind: 'invalid', text: raw };
  return { kind: 'value', value: neg ? -n : n };
}

/** A whole count (people, units); "12.0" is fine, "12.5" is invalid. */
export function parseCount(v: Cell | undefined): Parsed<number> {
  const p = parseNumber(v);
  if (p.kind !== 'value') return p;
  if (!Number.isInteger(p.value) || p.value < 0) return { kind: 'invalid', text: String(v) };
  return p;
}

/**
 * A rate as exports write it: "98.5%", 0.985, or 98.5 (a bare number above 1
 * is read as percent). Returns a fraction.
 */
export function parsePercent(v: Cell | undefined): Parsed<number> {
  if (typeof v === 'string' && /%\s*$/.test(v.normalize('NFKC'))) {
    const p = parseNumber(v.normalize('NFKC').replace(/%\s*$/, ''));
    return p.kind === 'value' ? { kind: 'value', value: p.value / 100 } : p;
  }
  const p = parseNumber(v);
  if (p.kind !== 'value') return p;
  return { kind: 'value', value: p.value > 1 ? p.value / 100 : p.value };
}

/**
 * A KPI weight: points of 100, written 30 or "30%" (SPEC lists the default weights in %). The percent sign
 * only marks the unit here, so "30%" is 30, not 0.3.
 */
export function parseWeight(v: Cell | undefined): Parsed<number> {
  if (typeof v === 'string') {
    const t = v.normalize('NFKC').trim();
    if (/%$/.test(t)) return parseNumber(t.slice(0, -1));
  }
  return parseNumber(v);
}

/**
 * A ratio read back from a sheet this product wrote (earlier scorecards): a number cell holds the fraction
 * itself, so a conversion above 100 % (1.1, more paid buyers than inquiries) stays 1.1, not 1.1 %; text is read as parsePercent reads it.
 */
export function parseWrittenRatio(v: Cell | undefined): Parsed<number> {
  return typeof v === 'number' && Number.isFinite(v) ? { kind: 'value', value: v } : parsePercent(v);
}

/**
 * A percentage the manager writes in the plan: "5%" or the fraction 0.05. A bare number above 1 is
 * invalid, not guessed: 5 could mean 5 % or 500 %, and a commission rate read as 500 % pays five times the sales.
 */
export function parsePlanPercent(v: Cell | undefined): Parsed<number> {
  if (typeof v === 'string' && /%\s*$/.test(v.normalize('NFKC'))) return parsePercent(v);
  const p = parseNumber(v);
  return p.kind === 'value' && p.value > 1 ? { kind: 'invalid', text: String(v) } : p;
}

/** Below an hour as a fraction of a day: no average response of a person is 0.04 s, every Excel time of a response is. */
const EXCEL_TIME_BELOW = 1 / 24;

/**
 * Seconds as 千牛 / 赤兔 write them: 12.5, "12.5", "18秒", "12.5s", "1分05秒",
 * "1小时2分", "00:01:05" or "1:05" (minutes and seconds). A number above 0 and
 * below 1/24 is an Excel time (a fraction of a day): Excel turns the text
 * 00:00:25 of a CSV it opens into the time 0.000289…, which is 25 s.
 */
export function parseSeconds(v: Cell | undefined): Parsed<number> {
  if (typeof v === 'number' && v > 0 && v < EXCEL_TIME_BELOW)
    return { kind: 'value', value: Math.round(v * 86_400_000) / 1000 };
  if (typeof v !== 'string') return parseNumber(v);
  const s = v.normalize('NFKC').trim();
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(s);
  if (clock) return { kind: 'value', value: Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) };
  const units =
    /^(?:(\d+(?:\.\d+)?)(?:小时|时|h))?(?:(\d+(?:\.\d+)?)(?:分钟|分|m|min))?(?:(\d+(?:\.\d+)?)(?:秒|s|sec))?$/i.exec(s);
  if (units && (units[1] || units[2]))
    return { kind: 'value', value: Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0) };
  const p = parseNumber(s.replace(/(秒|s|sec)$/i, ''));
  return p.kind === 'invalid' ? { kind: 'invalid', text: v } : p;
}
