/**
 * 工号 written in order memos (商家备忘): `KF07`, `#KF07`, `客服:kf07`,
 * `KF07/KF12`, `KF07-KF12`. Tokens are runs of [A-Z0-9] joined by - or _, in
 * the upper-cased, width-folded memo. This runs on every order row, so the
 * usual memo (ASCII and Chinese) is scanned by char codes and its tokens
 * matched in place: no regex, no substring, no array per memo.
 */
import { hashRange, upperAscii } from './hashing';
import { isDigitCode, readsAsDateOrAmount } from './memo-digits';
import { foldWidth, isAsciiOrCjk } from './text';

/** What MemoIds.match gives for a number that two roster 工号 share (001 and 1): it names neither. */
export const AMBIGUOUS = -2;

/** Strings looked up by a slice of a longer string without cutting the slice out; each with a number. */
class RangeTable {
  private readonly keys: string[] = [];
  private readonly values: number[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Sets key's value; a key already there keeps its slot. */
  set(key: string, value: number): void {
    const p = this.find(key, 0, key.length, false);
    if (this.slots[p] !== 0) this.values[this.slots[p] - 1] = value;
    else {
      this.keys.push(key);
      this.values.push(value);
      this.slots[p] = this.keys.length;
    }
  }

  /** The value of s[start, end) (upper-cased first when `upper`), or -1. */
  get(s: string, start: number, end: number, upper: boolean): number {
    const e = this.slots[this.find(s, start, end, upper)];
    return e === 0 ? -1 : this.values[e - 1];
  }

  /** The slot holding s[start, end), or the empty slot where it would go. */
  private find(s: string, start: number, end: number, upper: boolean): number {
    for (let p = hashRange(s, start, end, upper) & this.mask; ; p = (p + 1) & this.mask) {
      const e = this.slots[p];
      if (e === 0) return p;
      const k = this.keys[e - 1];
      if (k.length === end - start && sameRange(k, s, start, upper)) return p;
    }
  }
}

/** The roster's agentIds, looked up by a slice of a memo without cutting the slice out. */
export class MemoIds {
  private readonly keys: string[];
  private readonly exact: RangeTable;
  /** Digit-only 工号 by their number (leading zeros dropped): the index, or AMBIGUOUS. Null when there are none. */
  private readonly numbers: RangeTable | null;

  constructor(ids: Iterable<string>) {
    this.keys = [...new Set(ids)];
    this.exact = new RangeTable(this.keys.length);
    this.keys.forEach((id, i) => this.exact.set(id, i));
    const numbers = new RangeTable(this.keys.length);
    let anyNumber = false;
    this.keys.forEach((id, i) => {
      if (!/^\d+$/.test(id)) return;
      const n = withoutLeadingZeros(id);
      numbers.set(n, numbers.get(n, 0, n.length, false) === -1 ? i : AMBIGUOUS);
      anyNumber = true;
    });
    this.numbers = anyNumber ? numbers : null;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The agentId of an index. */
  key(i: number): string {
    return this.keys[i];
  }

  /** The index of agentId `s` (see match), -1 or AMBIGUOUS. */
  indexOf(s: string): number {
    return this.match(s, 0, s.length, false);
  }

  /** The roster 工号 that are the same number as `digits` (those an AMBIGUOUS token could mean). */
  sameNumber(digits: string): string[] {
    const n = withoutLeadingZeros(digits);
    return this.keys.filter((id) => /^\d+$/.test(id) && withoutLeadingZeros(id) === n);
  }

  /**
   * The index of the agentId equal to s[start, end) (upper-cased first when `upper`); else, when it is all
   * digits, of the digit-only 工号 that is the same number: 1, 01 and 001 name one 工号, since Excel keeps a
   * 工号 typed 001 as the number 1 and agents write it either way. Two roster 工号 of one number (1 and 001):
   * AMBIGUOUS for the forms that are neither exactly. -1 when nothing matches.
   */
  match(s: string, start: number, end: number, upper: boolean): number {
    const i = this.exact.get(s, start, end, upper);
    if (i >= 0 || this.numbers === null) return i;
    let p = start;
    while (p < end - 1 && s.charCodeAt(p) === 48) p++;
    for (let j = p; j < end; j++) if (!isDigitCode(s.charCodeAt(j))) return -1;
    return this.numbers.get(s, p, end, false);
  }
}

function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

function sameRange(k: string, s: string, start: number, upper: boolean): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = s.charCodeAt(start + i);
    if (k.charCodeAt(i) !== (upper ? upperAscii(c) : c)) return false;
  }
  return true;
}

/** [A-Za-z0-9] */
function isTokenChar(c: number): boolean {
  return isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isJoiner(c: number): boolean {
  return c === 45 /* - */ || c === 95; /* _ */
}

/** found[0, n) plus id unless already there; the new n. Written in place: emptying an array frees its store, and a million memos would allocate a million. */
function addOnce(found: number[], n: number, id: number): number {
  for (let i = 0; i < n; i++) if (found[i] === id) return n;
  found[n] = id;
  return n + 1;
}

/** Where the tokens a memo names no agent with go: unknown ones, and numbers two roster 工号 share. */
export interface MemoLeftovers {
  unknown?: string[];
  ambiguous?: string[];
}

/**
 * The agentIds a memo names, as indexes in `ids`, in the order first written,
 * each once, into found[0, n) (entries after n are stale); returns n. Tokens
 * that are no agentId go to `out.unknown`, numbers of two roster 工号 to
 * `out.ambiguous` (both emptied first). A number that is part of a date, a
 * time, an amount or a quantity (10月11日, 10:11, 1.5, 2件) names nobody.
 */
export function scanMemo(memo: string, ids: MemoIds, found: number[], out?: MemoLeftovers): number {
  if (out?.unknown && out.unknown.length > 0) out.unknown.length = 0;
  if (out?.ambiguous && out.ambiguous.length > 0) out.ambiguous.length = 0;
  return scanTokens(memo, false, ids, found, out);
}

/** scanMemo over `text`; `folded` once NFKC and upper case are applied (memos with full-width or other text). */
function scanTokens(text: string, folded: boolean, ids: MemoIds, found: number[], out?: MemoLeftovers): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (!isTokenChar(c)) {
      // Only ASCII and CJK ideographs are read in place; anything else may fold or upper-case into a token letter.
      if (!folded && !isAsciiOrCjk(c)) {
        if (out?.unknown) out.unknown.length = 0;
        if (out?.ambiguous) out.ambiguous.length = 0;
        return scanTokens(foldWidth(text).toUpperCase(), true, ids, found, out);
      }
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    for (;;) {
      while (i < len && isTokenChar(text.charCodeAt(i))) i++;
      if (i + 1 < len && isJoiner(text.charCodeAt(i)) && isTokenChar(text.charCodeAt(i + 1))) {
        joined = true;
        i++;
        continue;
      }
      break;
    }
    const whole = namedBy(text, start, i, ids, out);
    if (whole >= 0) n = addOnce(found, n, whole);
    else if (!joined) {
      if (whole === -1) out?.unknown?.push(text.slice(start, i).toUpperCase());
    } else {
      // `KF07-KF12` is no agentId itself: each part on its own.
      let p = start;
      for (let j = start; j <= i; j++) {
        if (j < i && !isJoiner(text.charCodeAt(j))) continue;
        const part = namedBy(text, p, j, ids, out);
        if (part >= 0) n = addOnce(found, n, part);
        else if (part === -1) out?.unknown?.push(text.slice(p, j).toUpperCase());
        p = j + 1;
      }
    }
  }
  return n;
}

/** Neither an agent nor an unknown token: a number of a date or an amount, or one two roster 工号 share (noted). */
const NOBODY = -3;

/** The agent index text[start, end) names, -1 for no 工号 (an unknown token), or NOBODY. */
function namedBy(text: string, start: number, end: number, ids: MemoIds, out?: MemoLeftovers): number {
  const i = ids.match(text, start, end, true);
  if (i === -1) return -1;
  if (readsAsDateOrAmount(text, start, end)) return NOBODY;
  if (i !== AMBIGUOUS) return i;
  out?.ambiguous?.push(text.slice(start, end));
  return NOBODY;
}
