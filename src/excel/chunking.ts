/**
 * Request sizing. Excel on the web rejects a request or response over 5 MB,
 * so rows travel in chunks of at most `maxRowsPerRequest` rows and about
 * `maxBytesPerRequest` bytes of JSON, whichever is smaller. Sizes are counted
 * as UTF-8 JSON bytes, the way the payload is measured.
 */
export interface RequestLimits {
  maxRowsPerRequest: number;
  maxBytesPerRequest: number;
}

export const DEFAULT_LIMITS: RequestLimits = { maxRowsPerRequest: 20_000, maxBytesPerRequest: 4_000_000 };

/** Bytes of `JSON.stringify(s)` in UTF-8, without building the string. */
export function jsonStringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6; // a lone surrogate is escaped as \udxxx
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** Bytes of one cell value in JSON. */
export function cellJsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return jsonStringBytes(v);
  if (typeof v === 'number') return numberJsonBytes(v);
  if (typeof v === 'boolean') return v ? 4 : 5;
  return jsonStringBytes(JSON.stringify(v) ?? '');
}

/**
 * Bytes of a number in JSON (null for NaN and the infinities). Whole cents below 10^12 (amounts, counts, serial
 * days: most numbers of an order report) are counted without making String(v): on that grid String(v) is the
 * cents form, trailing zeros dropped. Why: a read of 200,000 rows sized every number cell by a string made for it.
 */
export function numberJsonBytes(v: number): number {
  if (!Number.isFinite(v)) return 4;
  const k = Math.round(v * 100);
  if (k / 100 !== v || v >= 1e12 || v <= -1e12) return String(v).length;
  const cents = Math.abs(k);
  const frac = cents % 100;
  let n = k < 0 ? 2 : 1;
  for (let whole = (cents - frac) / 100; whole >= 10; whole = Math.floor(whole / 10)) n++;
  return frac === 0 ? n : n + (frac % 10 === 0 ? 2 : 3);
}

/** Bytes of one row (a JSON array) including brackets and commas. */
export function rowJsonBytes(row: readonly unknown[], width = row.length): number {
  let n = 2 + Math.max(0, width - 1);
  for (let c = 0; c < width; c++) n += cellJsonBytes(row[c]);
  return n;
}

export interface RowSpan {
  start: number;
  count: number;
}

/**
 * Split rows [0, total) into consecutive spans of at most `maxRows` rows and
 * at most `budgetBytes` (a single row heavier than the budget gets a span of its own).
 */
export function packRows(
  total: number,
  bytesOfRow: (i: number) => number,
  maxRows: number,
  budgetBytes: number,
): RowSpan[] {
  const spans: RowSpan[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < total; i++) {
    const b = bytesOfRow(i) + 1;
    const count = i - start;
    if (count > 0 && (count >= maxRows || bytes + b > budgetBytes)) {
      spans.push({ start, count });
      start = i;
      bytes = 2;
    }
    bytes += b;
  }
  if (total > start) spans.push({ start, count: total - start });
  return spans;
}

/** How many rows to ask for next, given the heaviest bytes-per-row seen or assumed. */
export function rowsPerRequest(
  bytesPerRow: number,
  limits: RequestLimits,
  budgetBytes = limits.maxBytesPerRequest,
): number {
  return Math.max(1, Math.min(limits.maxRowsPerRequest, Math.floor(budgetBytes / Math.max(1, bytesPerRow))));
}

/** Excel's answer when a request or response is over its size limit. */
export function isPayloadLimitError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
