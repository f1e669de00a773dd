/**
 * How Excel turns what an add-in writes into what a cell holds. Writing a
 * string through `values` or `formulas` is like typing it: "=…" becomes a
 * formula, "+…" and "@…" a formula, "-…" a formula unless it is a number, "123" a number, "TRUE" a
 * boolean — unless the cell's number format is text ("@"), when the string is
 * kept as typed. This is what makes formula injection possible, and what the
 * adapter's "@" formats must defeat.
 */
export type Scalar = string | number | boolean;

export type Stored =
  | { kind: 'empty' }
  | { kind: 'value'; value: Scalar }
  | { kind: 'formula'; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number Excel would read from typed text, or undefined. (Dates are not emulated.) */
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

export function interpretInput(input: unknown, numberFormat: string): Stored {
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
  if (isText) return { kind: 'value', value: s };
  if (s.startsWith("'")) return s.length > 1 ? { kind: 'value', value: s.slice(1) } : { kind: 'empty' };
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', formula: s };
  if (s.startsWith('+') || s.startsWith('@')) return { kind: 'formula', formula: `=${s}` }; // typing +1 gives =+1
  const n = typedNumber(s);
  if (n !== undefined) return { kind: 'value', value: n };
  if (s.startsWith('-')) return { kind: 'formula', formula: `=${s}` };
  const upper = s.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  return { kind: 'value', value: s };
}
