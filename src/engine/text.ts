import { Cell } from './cell';

/**
 * Normalise text for matching: full-width → half-width (NFKC), ideographic and
 * non-breaking spaces removed, lower case. Real export headers carry trailing
 * spaces and full-width characters; this makes "客户满意率 " and "客户满意率" equal.
 */
export function normalizeKey(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  let k = normalizedKeys.get(s);
  if (k === undefined) {
    k = s
      .normalize('NFKC')
      .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
      .toLowerCase();
    if (normalizedKeys.size < 8192) normalizedKeys.set(s, k);
  }
  return k;
}

/**
 * Keys already normalised. Chat accounts, statuses and headers repeat on every row
 * while NFKC costs far more than a lookup; capped, so a column of unique text cannot grow it.
 */
const normalizedKeys = new Map<string, string>();

/** Characters NFKC would fold that exports really contain: full-width forms, odd spaces. */
const FOLDABLE = /[\u00a0\u2000-\u200b\u3000\ufeff\uff00-\uffef]/;

/**
 * ASCII or a CJK ideograph: NFKC leaves it as it is, and upper-casing cannot
 * turn it into an ASCII letter (as ı → I would). Text made only of these can
 * be matched by char codes, without normalising.
 */
export function isAsciiOrCjk(c: number): boolean {
  return c < 128 || (c >= 0x4e00 && c <= 0x9fff);
}

/** NFKC only where it changes something we match on (most CJK text needs none: the hot path). */
export function foldWidth(s: string): string {
  return FOLDABLE.test(s) ? s.normalize('NFKC') : s;
}

/** Trimmed display text of a cell, full-width forms folded (NFKC), an `="…"` order number unwrapped. */
export function cellText(v: Cell | undefined): string {
  return typeof v === 'string' && isPlainText(v) ? v : generalCellText(v);
}

/**
 * Printable ASCII and CJK ideographs only, neither end a space, not starting with `=`: text that
 * generalCellText returns as it is (nothing to fold, trim or unwrap). Buyers, memos and statuses of
 * a million order rows are read this way, without a regex test and a trim each.
 */
export function isPlainText(s: string): boolean {
  return isPlainTextIn(s, 0, s.length);
}

/** isPlainText(s.slice(from, to)), without making the slice. */
export function isPlainTextIn(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const first = s.charCodeAt(from);
  if (first === 61 /* = */ || first === 32 || s.charCodeAt(to - 1) === 32) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 || c > 126) && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

/** cellText for any cell. */
export function generalCellText(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  if (!FOLDABLE.test(v)) {
    const s = v.trim();
    return s.charCodeAt(0) === 61 /* = */ ? unwrapFormulaText(s) : s;
  }
  return unwrapFormulaText(
    String(v)
      .normalize('NFKC')
      .replace(/[\u00a0\u3000\u200b\ufeff]/g, ' ')
      .trim(),
  );
}

/**
 * Order numbers come wrapped as `="1234567890123"` so Excel keeps the digits;
 * take the quoted text out. Anything else is returned unchanged.
 */
export function unwrapFormulaText(s: string): string {
  // Fast path for the usual ="123…" with no inner quotes.
  if (
    s.length >= 3 &&
    s.charCodeAt(1) === 34 &&
    s.charCodeAt(s.length - 1) === 34 &&
    s.indexOf('"', 2) === s.length - 1
  )
    return s.slice(2, -1);
  const m = /^=\s*"(.*)"$/.exec(s);
  return m ? m[1].replace(/""/g, '"') : s;
}

const SUMMARY_WORDS = new Set([
  '汇总',
  '汇总值',
  '合计',
  '均值',
  '总计',
  '平均',
  '平均值',
  '全店',
  'total',
  'totals',
  'average',
  'sum',
  'subtotal',
  '小计',
]);
const LONGEST_SUMMARY_WORD = Math.max(...[...SUMMARY_WORDS].map((w) => w.length));

/** How many leading columns may hold the summary word (千牛 puts 汇总值 under 旺旺昵称, 赤兔 under 旺旺 after 日期 and 店铺). */
export const SUMMARY_COLUMNS = 3;

/** First characters of the summary words, half- and full-width: most cells are rejected on one char code, without normalising. */
const SUMMARY_FIRST = new Set(
  [...'汇合均总平全小TtAaSs'].flatMap((c) => [
    c.charCodeAt(0),
    c.charCodeAt(0) >= 0x41 && c.charCodeAt(0) <= 0x7a ? c.charCodeAt(0) + 0xfee0 : -1,
  ]),
);

/**
 * Whether isSummaryWord of the text s.slice(from, to) can be true, decided on its length and first char code
 * (a false here is isSummaryWord's own false): a row read in place is checked without cutting its first cells.
 */
export function mayBeSummaryText(s: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  const c = from < to ? s.charCodeAt(from) : 0;
  return c <= 32 || c === 0x3000 || c === 0xa0 || SUMMARY_FIRST.has(c);
}

export function isSummaryWord(c: Cell | undefined): boolean {
  if (typeof c !== 'string' || c.length > 12) return false;
  let i = 0;
  while (i < c.length && (c.charCodeAt(i) <= 32 || c.charCodeAt(i) === 0x3000 || c.charCodeAt(i) === 0xa0)) i++;
  if (i === c.length || !SUMMARY_FIRST.has(c.charCodeAt(i))) return false;
  if (isPlainWord(c)) {
    // No summary word (with its colon) is longer, and none has a digit: most buyer nicks starting t/a/s end here, not lower-cased.
    if (c.length > LONGEST_SUMMARY_WORD + 1 || hasAsciiDigit(c)) return false;
    // Its own NFKC form: lower-casing is all normalizeKey would do. The first cells are often unique buyer nicks
    // (接待记录), which the normalizeKey cache cannot help with, and NFKC on millions of rows shows.
    const k = c.toLowerCase();
    return SUMMARY_WORDS.has(k.charCodeAt(k.length - 1) === 58 /* : */ ? k.slice(0, -1) : k);
  }
  return SUMMARY_WORDS.has(normalizeKey(c).replace(/[:：]$/, ''));
}

/**
 * A summary row of an export: 汇总 / 汇总值 / 合计 / 均值 / 总计 / 全店 / Total / Average …
 * in the first non-blank cell or in any of the first columns. Skipped.
 */
export function isSummaryRow(row: Cell[]): boolean {
  // Runs on every data row: a plain loop and cheap rejections first.
  const n = Math.min(row.length, SUMMARY_COLUMNS);
  for (let i = 0; i < n; i++) if (isSummaryWord(row[i])) return true;
  for (let i = n; i < row.length; i++) {
    const c = row[i];
    if (c === null || c === undefined) continue;
    // A number or boolean is never blank and never a summary word: no text made of it.
    if (typeof c !== 'string') return false;
    if (c.trim() !== '') return isSummaryWord(c);
  }
  return false;
}

function hasAsciiDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** ASCII (no whitespace or control characters) and CJK ideographs only. */
function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 127 || !isAsciiOrCjk(c)) return false;
  }
  return true;
}

const NOT_AVAILABLE = new Set(['延迟统计', '-', '--', '—', '－', 'n/a', 'na', '#n/a', '暂无', '无数据']);

/** Cells reading 延迟统计 or - mean "not available", never 0. */
export function isNotAvailableText(v: Cell | undefined): boolean {
  if (typeof v !== 'string' || v.length > 12) return false;
  return NOT_AVAILABLE.has(normalizeKey(v));
}
