/**
 * 工号 written in order memos (商家备忘): `KF07`, `#KF07`, `客服:kf07`,
 * `KF07/KF12`, `KF07-KF12`. Tokens are runs of [A-Z0-9] joined by - or _, in
 * the upper-cased, width-folded memo. This runs on every order row, so the
 * usual memo (ASCII and Chinese) is scanned by char codes and its tokens
 * matched in place: no regex, no substring, no array per memo.
 */
import { hashRange, hashString, upperAscii } from './hashing';
import { foldWidth, isAsciiOrCjk } from './text';

/** The roster's agentIds, looked up by a slice of a memo without cutting the slice out. */
export class MemoIds {
  private readonly keys: string[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(ids: Iterable<string>) {
    const list = [...new Set(ids)];
    let cap = 16;
    while (cap < list.length * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    for (const id of list) {
      let p = hashString(id) & this.mask;
      while (this.slots[p] !== 0) p = (p + 1) & this.mask;
      this.keys.push(id);
      this.slots[p] = this.keys.length;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** The agentId of an index. */
  key(i: number): string {
    return this.keys[i];
  }

  /** The index of agentId `s`, or -1. */
  indexOf(s: string): number {
    return this.match(s, 0, s.length, false);
  }

  /**
   * The index of the agentId equal to s[start, end) (upper-cased first when `upper`), or -1. Three or more
   * digits with leading zeros also name the roster 工号 without them: Excel keeps a 工号 typed 001 as the
   * number 1, while agents still write 001. Not two digits (03 is as often a day, 11月03日, as a 工号), and not
   * the reverse (memo 1 for roster 001: a quantity as often as a 工号).
   */
  match(s: string, start: number, end: number, upper: boolean): number {
    const i = this.exact(s, start, end, upper);
    return i >= 0 || s.charCodeAt(start) !== 48 || end - start < 3 ? i : this.unpadded(s, start, end, upper);
  }

  /** s[start, end) without its leading zeros when it is all digits, looked up; else -1. */
  private unpadded(s: string, start: number, end: number, upper: boolean): number {
    let p = start;
    while (p < end - 1 && s.charCodeAt(p) === 48) p++;
    for (let j = p; j < end; j++) if (s.charCodeAt(j) < 48 || s.charCodeAt(j) > 57) return -1;
    return this.exact(s, p, end, upper);
  }

  private exact(s: string, start: number, end: number, upper: boolean): number {
    const h = hashRange(s, start, end, upper);
    for (let p = h & this.mask; ; p = (p + 1) & this.mask) {
      const e = this.slots[p];
      if (e === 0) return -1;
      const k = this.keys[e - 1];
      if (k.length === end - start && sameRange(k, s, start, upper)) return e - 1;
    }
  }
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
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
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

/**
 * The agentIds a memo names, as indexes in `ids`, in the order first written,
 * each once, into found[0, n) (entries after n are stale); returns n. Tokens
 * that are no agentId go to `unknownOut` (emptied first).
 */
export function scanMemo(memo: string, ids: MemoIds, found: number[], unknownOut?: string[]): number {
  if (unknownOut && unknownOut.length > 0) unknownOut.length = 0;
  let n = 0;
  const len = memo.length;
  let i = 0;
  while (i < len) {
    const c = memo.charCodeAt(i);
    if (!isTokenChar(c)) {
      // Only ASCII and CJK ideographs are read in place; anything else may fold or upper-case into a token letter.
      if (!isAsciiOrCjk(c)) {
        if (unknownOut) unknownOut.length = 0;
        return scanFolded(memo, ids, found, unknownOut);
      }
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    for (;;) {
      while (i < len && isTokenChar(memo.charCodeAt(i))) i++;
      if (i + 1 < len && isJoiner(memo.charCodeAt(i)) && isTokenChar(memo.charCodeAt(i + 1))) {
        joined = true;
        i++;
        continue;
      }
      break;
    }
    const whole = ids.match(memo, start, i, true);
    if (whole >= 0) n = addOnce(found, n, whole);
    else if (!joined) unknownOut?.push(memo.slice(start, i).toUpperCase());
    else {
      // `KF07-KF12` is no agentId itself: each part on its own.
      let p = start;
      for (let j = start; j <= i; j++) {
        if (j < i && !isJoiner(memo.charCodeAt(j))) continue;
        const part = ids.match(memo, p, j, true);
        if (part >= 0) n = addOnce(found, n, part);
        else unknownOut?.push(memo.slice(p, j).toUpperCase());
        p = j + 1;
      }
    }
  }
  return n;
}

const TOKEN_RE = /[A-Z0-9]+(?:[-_][A-Z0-9]+)*/g;

/** Memos with full-width or other text: NFKC folds ＫＦ０７ and punctuation first, then the same tokens by regex. */
function scanFolded(memo: string, ids: MemoIds, found: number[], unknownOut?: string[]): number {
  let n = 0;
  const text = foldWidth(memo).toUpperCase();
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const tok = m[0];
    const whole = ids.indexOf(tok);
    if (whole >= 0) n = addOnce(found, n, whole);
    else if (tok.includes('-') || tok.includes('_')) {
      for (const part of tok.split(/[-_]/)) {
        const i = ids.indexOf(part);
        if (i >= 0) n = addOnce(found, n, i);
        else unknownOut?.push(part);
      }
    } else unknownOut?.push(tok);
  }
  return n;
}
