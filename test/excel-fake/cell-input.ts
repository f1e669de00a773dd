/**
 * How Excel turns what an add-in writes into what a cell holds.
 *
 * Through `values`: the typings say of Range.values "If the returned value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula", and Excel reads the rest like typed
 * text ("123" a number, "TRUE" a boolean, "2026-10-05" a date serial) —
 * unless the cell's number format is text ("@"), when the string is kept as
 * typed (Excel's "Format numbers as text": a text-formatted cell shows what
 * was entered).
 *
 * Through `formulas`: what a text format does to a string sent as a formula
 * is documented nowhere, so the fake assumes the worst: a string starting
 * with "=", "+", "-" or "@" becomes a formula whatever the format. An adapter
 * that sends text through `formulas` is caught here.
 */
import { serialFromDate } from './dates';

export type Scalar = string | number | boolean;

export type Stored =
  { kind: 'empty' } | { kind: 'value'; value: Scalar; numberFormat?: string } | { kind: 'formula'; formula: string };

export interface InputOptions {
  viaFormulas?: boolean;
  date1904?: boolean;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const TYPED_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** A number Excel would read from typed text, or undefined. */
export function typedNumber(text: string): number | undefined {
  const t = text.trim();
  let pct = false;
  let s = t;
  if (s.endsWith('%')) {
    pct = true;
    s = s.slice(0, -1).trim();
  }
  if (NUMBER.test(s) || GROUPED.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    if (Number.isFinite(n)) return pct ? n / 100 : n;
  }
  return undefined;
}

export function interpretInput(input: unknown, numberFormat: string, options: InputOptions = {}): Stored {
  const isText = numberFormat === '@';
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error('not finite');
    return isText ? { kind: 'value', value: String(input) } : { kind: 'value', value: input };
  }
  if (typeof input === 'boolean') {
    return isText ? { kind: 'value', value: input ? 'TRUE' : 'FALSE' } : { kind: 'value', value: input };
  }
  const s = String(input);
  if (s === '') return { kind: 'empty' };
  const formulaLike = s.length > 1 && /^[=+\-@]/.test(s) && typedNumber(s) === undefined;
  if (options.viaFormulas && formulaLike) return { kind: 'formula', formula: s.startsWith('=') ? s : `=${s}` };
  if (isText) return { kind: 'value', value: s };
  if (s.startsWith("'")) return s.length > 1 ? { kind: 'value', value: s.slice(1) } : { kind: 'empty' };
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', formula: s };
  if (s.startsWith('+') || s.startsWith('@')) return { kind: 'formula', formula: `=${s}` }; // typing +1 gives =+1
  const n = typedNumber(s);
  if (n !== undefined) return { kind: 'value', value: n };
  if (s.startsWith('-')) return { kind: 'formula', formula: `=${s}` };
  const date = TYPED_DATE.exec(s);
  if (date) {
    const serial = serialFromDate(Number(date[1]), Number(date[2]), Number(date[3]), options.date1904 ?? false);
    if (serial !== undefined) return { kind: 'value', value: serial, numberFormat: 'yyyy-mm-dd' };
  }
  const upper = s.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  return { kind: 'value', value: s };
}
