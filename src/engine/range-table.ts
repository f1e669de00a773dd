/** A string table looked up by a slice of a longer string, for memo tokens read in place (see memo.ts). */
import { hashRange, upperAscii } from './hashing';

/** Strings looked up by a slice of a longer string without cutting the slice out; each with a number. */
export class RangeTable {
  private readonly keys: string[] = [];
  private readonly values: number[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `capacity`: the most keys it will hold (the table does not grow). */
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

function sameRange(k: string, s: string, start: number, upper: boolean): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = s.charCodeAt(start + i);
    if (k.charCodeAt(i) !== (upper ? upperAscii(c) : c)) return false;
  }
  return true;
}
