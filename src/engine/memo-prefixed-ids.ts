/**
 * 工号 of letters and digits (KF01, KF-01) as agents also write them: `KF 01`, `KF-01`, `kf_01`, `KF  01`,
 * `KF - 01`. A prefix, a separator (spaces with at most one - or _ among them, or a - or _ alone) and digits
 * name the roster 工号 of that prefix and those digits exactly as `KF01` would.
 * Only a roster prefix counts, so `iPhone 15`, `TB 2026` or `SF 123` name nobody. Looked up in place, as the
 * memo scanner does (no slice per memo).
 */
import { isDigitCode, withoutLeadingZeros } from './memo-digits';
import { RangeTable } from './range-table';

/** What match gives for two roster 工号 written alike (KF01 and KF-01): it names neither. */
export const AMBIGUOUS = -2;
/** What match gives when the text is no prefix and digits at all. */
export const NOT_PREFIXED = -4;

const LETTERS_DIGITS = /^([A-Z]+)[-_ ]?(\d+)$/;

/** The letters and digits of a 工号 such as KF01 or KF-01, else null. */
export function prefixAndDigits(id: string): [string, string] | null {
  const m = LETTERS_DIGITS.exec(id);
  return m ? [m[1], m[2]] : null;
}

/**
 * What 工号 written alike share, so memos cannot tell them apart: the number of a digit-only one (1, 01, 001),
 * the prefix and digits of one like KF01 or KF-01; null for any other.
 */
export function writtenAlikeKey(id: string): string | null {
  if (/^\d+$/.test(id)) return withoutLeadingZeros(id);
  const pair = prefixAndDigits(id);
  return pair ? `${pair[0]} ${pair[1]}` : null;
}

export class PrefixedIds {
  /** Letter prefix → its number, the index into digitsOf. */
  private readonly prefixes: RangeTable;
  /** Per prefix: the digits after it → the roster index, or AMBIGUOUS. */
  private readonly digitsOf: RangeTable[] = [];

  constructor(keys: readonly string[]) {
    const byPrefix = new Map<string, [string, number][]>();
    keys.forEach((id, i) => {
      const pair = prefixAndDigits(id);
      if (!pair) return;
      const entries = byPrefix.get(pair[0]);
      if (entries) entries.push([pair[1], i]);
      else byPrefix.set(pair[0], [[pair[1], i]]);
    });
    this.prefixes = new RangeTable(byPrefix.size);
    for (const [prefix, entries] of byPrefix) {
      const table = new RangeTable(entries.length);
      for (const [digits, i] of entries)
        table.set(digits, table.get(digits, 0, digits.length, false) === -1 ? i : AMBIGUOUS);
      this.prefixes.set(prefix, this.digitsOf.length);
      this.digitsOf.push(table);
    }
  }

  get size(): number {
    return this.digitsOf.length;
  }

  /** s[start, end) (ASCII letters upper-cased) is the letter prefix of a roster 工号. */
  isPrefix(s: string, start: number, end: number): boolean {
    return this.prefixes.get(s, start, end, true) >= 0;
  }

  /**
   * The roster index that letters s[start, lettersEnd) and digits s[digits, end) name (a separator, if any,
   * between them), -1 when the prefix is a roster one but no 工号 has those digits, AMBIGUOUS, or NOT_PREFIXED.
   */
  match(s: string, start: number, lettersEnd: number, digits: number, end: number): number {
    if (digits >= end) return NOT_PREFIXED;
    for (let j = digits; j < end; j++) if (!isDigitCode(s.charCodeAt(j))) return NOT_PREFIXED;
    const p = this.prefixes.get(s, start, lettersEnd, true);
    return p < 0 ? NOT_PREFIXED : this.digitsOf[p].get(s, digits, end, false);
  }

  /** match() over a whole cell (an agent column): `KF 01`, `KF-01`, or `KF01` for roster KF-01. */
  matchWritten(s: string): number {
    let letters = 0;
    while (letters < s.length && isLetterCode(s.charCodeAt(letters))) letters++;
    const after = digitsAfterSeparator(s, letters, s.length);
    return letters === 0 ? NOT_PREFIXED : this.match(s, 0, letters, after >= 0 ? after : letters, s.length);
  }
}

/** What may stand between the prefix and the digits: a space, - or _ (a full-width space or dash folds to these). */
export function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 95;
}

/**
 * Where the digits start after the separator at s[i]: spaces with at most one - or _ among them (`KF  01`,
 * `KF - 01` typed in haste), or a - or _ alone; -1 when s[i] starts no separator or no digit follows it.
 */
export function digitsAfterSeparator(s: string, i: number, end: number): number {
  let j = i;
  let joiners = 0;
  for (; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === 45 || c === 95) {
      if (++joiners > 1) return -1;
    } else if (c !== 32) break;
  }
  return j > i && j < end && isDigitCode(s.charCodeAt(j)) ? j : -1;
}

export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
