/**
 * 工号 written in order memos (商家备忘): `KF07`, `#KF07`, `客服:kf07`,
 * `KF07/KF12`, `KF07-KF12`, `KF 07`. Tokens are runs of [A-Z0-9] joined by - or _
 * (or a separator after a roster prefix: `KF 07`, `KF  07`, `KF - 07`), in the upper-cased, width-folded memo. This runs on every order row, so the
 * usual memo (ASCII and Chinese) is scanned by char codes and its tokens
 * matched in place: no regex, no substring, no array per memo.
 */
import { isDigitCode, readsAsDateOrAmount, withoutLeadingZeros } from './memo-digits';
import { foldWidth, isAsciiOrCjk } from './text';
import { RangeTable } from './range-table';
import {
  AMBIGUOUS,
  digitsAfterSeparator,
  isLetterCode,
  isSeparator,
  NOT_PREFIXED,
  PrefixedIds,
  writtenAlikeKey,
} from './memo-prefixed-ids';

/** The roster's agentIds, looked up by a slice of a memo without cutting the slice out. */
export class MemoIds {
  private readonly keys: string[];
  private readonly exact: RangeTable;
  /** Digit-only 工号 by their number (leading zeros dropped): the index, or AMBIGUOUS. Null when there are none. */
  private readonly numbers: RangeTable | null;
  /** 工号 of a letter prefix and digits, for `KF 01` and `KF-01`. Null when there are none. */
  private readonly prefixed: PrefixedIds | null;

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
    const prefixed = new PrefixedIds(this.keys);
    this.prefixed = prefixed.size > 0 ? prefixed : null;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The agentId of an index. */
  key(i: number): string {
    return this.keys[i];
  }

  /** The index of agentId `s` (see match; `KF 01` as KF01, see PrefixedIds), -1 or AMBIGUOUS. */
  indexOf(s: string): number {
    const i = this.match(s, 0, s.length, false);
    if (i !== -1 || this.prefixed === null) return i;
    const p = this.prefixed.matchWritten(s);
    return p === NOT_PREFIXED ? -1 : p;
  }

  /** The roster 工号 an AMBIGUOUS token could mean: the same number (1, 001), or the same prefix and digits (KF01, KF-01). */
  writtenAlike(token: string): string[] {
    const key = writtenAlikeKey(token.toUpperCase());
    return key === null ? [] : this.keys.filter((id) => writtenAlikeKey(id) === key);
  }

  /** The roster 工号 a written 工号 could be when it names two of them (001 for roster 1 and 01), else null. */
  alikeIfAmbiguous(written: string): string[] | null {
    return this.indexOf(written) === AMBIGUOUS ? this.writtenAlike(written) : null;
  }

  /** s[start, end) is the letter prefix of a roster 工号 (KF of KF01), so a space after it may precede its digits. */
  isPrefix(s: string, start: number, end: number): boolean {
    return this.prefixed !== null && this.prefixed.isPrefix(s, start, end);
  }

  /** Letters s[start, lettersEnd) and digits s[digits, end) as one 工号 (see PrefixedIds.match). */
  matchPrefixed(s: string, start: number, lettersEnd: number, digits: number, end: number): number {
    return this.prefixed === null ? NOT_PREFIXED : this.prefixed.match(s, start, lettersEnd, digits, end);
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

/** [A-Za-z0-9] */
function isTokenChar(c: number): boolean {
  return isDigitCode(c) || isLetterCode(c);
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
      const run = i;
      while (i < len && isTokenChar(text.charCodeAt(i))) i++;
      const next = i + 1 < len ? text.charCodeAt(i + 1) : -1;
      const c = i < len ? text.charCodeAt(i) : -1;
      // Joined by - or _; or a roster prefix and digits with a separator between (`KF 01`, `KF  01`, `KF - 01`).
      if (isJoiner(c) && isTokenChar(next)) {
        joined = true;
        i++;
        continue;
      }
      // Digits after the separator first: a cheap test before the roster lookup of the letters.
      const digits = isSeparator(c) ? digitsAfterSeparator(text, i, len) : -1;
      if (digits > 0 && ids.isPrefix(text, run, i)) {
        joined = true;
        i = digits;
        continue;
      }
      break;
    }
    if (!joined) {
      const named = namedByToken(text, start, i, ids, out);
      if (named >= 0) n = addOnce(found, n, named);
      continue;
    }
    const whole = namedBy(text, start, i, ids, out);
    n = whole >= 0 ? addOnce(found, n, whole) : scanParts(text, start, i, ids, found, n, out);
  }
  return n;
}

/**
 * A joined token that is no agentId itself: each part on its own (`KF07-KF12`), but a roster prefix and the
 * digits after it as one 工号 (`KF-01`, `KF 01`). Adds to found[0, n); returns the new n.
 */
function scanParts(
  text: string,
  start: number,
  end: number,
  ids: MemoIds,
  found: number[],
  n: number,
  out?: MemoLeftovers,
): number {
  let p = start;
  while (p < end) {
    // Parts are one separator apart, or a separator run apart where a roster prefix meets its digits (KF - 01).
    while (p < end && isSeparator(text.charCodeAt(p))) p++;
    if (p >= end) break;
    const j = partEnd(text, p, end);
    // Where the next part starts: after a separator run before digits, else after the one separator.
    const after = j < end ? digitsAfterSeparator(text, j, end) : -1;
    const digits = after > 0 ? after : j + 1;
    const k = j < end ? partEnd(text, digits, end) : j;
    const pair = k > j ? namedByPrefixed(text, p, j, digits, k, ids, out) : NOT_PREFIXED;
    const named = pair !== NOT_PREFIXED ? pair : namedByToken(text, p, j, ids, out);
    if (named >= 0) n = addOnce(found, n, named);
    p = (pair !== NOT_PREFIXED ? k : j) + 1;
  }
  return n;
}

/** The end of the part of a joined token that starts at p: the next -, _ or space, or the token's end. */
function partEnd(text: string, p: number, end: number): number {
  while (p < end && !isSeparator(text.charCodeAt(p))) p++;
  return p;
}

/** Neither an agent nor an unknown token: a number of a date or an amount, or one two roster 工号 share (noted). */
const NOBODY = -3;

/** The agent a token names, else NOBODY: as a 工号 (see namedBy), or as a prefix and digits (KF01 for roster KF-01); unknown ones noted. */
function namedByToken(text: string, start: number, end: number, ids: MemoIds, out?: MemoLeftovers): number {
  const whole = namedBy(text, start, end, ids, out);
  if (whole !== -1) return whole;
  let letters = start;
  while (letters < end && isLetterCode(text.charCodeAt(letters))) letters++;
  const pair = letters > start ? namedByPrefixed(text, start, letters, letters, end, ids, out) : NOT_PREFIXED;
  if (pair !== NOT_PREFIXED) return pair;
  out?.unknown?.push(text.slice(start, end).toUpperCase());
  return NOBODY;
}

/**
 * The agent letters text[start, lettersEnd) and digits text[digits, end) name as one 工号 (`KF 01` → KF01), else
 * NOBODY with the token noted (as KF99 when unknown, as written when two 工号 are written alike), or NOT_PREFIXED.
 */
function namedByPrefixed(
  text: string,
  start: number,
  lettersEnd: number,
  digits: number,
  end: number,
  ids: MemoIds,
  out?: MemoLeftovers,
): number {
  const i = ids.matchPrefixed(text, start, lettersEnd, digits, end);
  if (i >= 0 || i === NOT_PREFIXED) return i;
  if (i === AMBIGUOUS) out?.ambiguous?.push(text.slice(start, end).toUpperCase());
  else out?.unknown?.push(text.slice(start, lettersEnd).toUpperCase() + text.slice(digits, end));
  return NOBODY;
}

/** The agent index text[start, end) names, -1 for no 工号 (an unknown token), or NOBODY. */
function namedBy(text: string, start: number, end: number, ids: MemoIds, out?: MemoLeftovers): number {
  const i = ids.match(text, start, end, true);
  if (i === -1) return -1;
  if (readsAsDateOrAmount(text, start, end)) return NOBODY;
  if (i !== AMBIGUOUS) return i;
  out?.ambiguous?.push(text.slice(start, end));
  return NOBODY;
}
