/**
 * An exact set of strings on a typed-array hash table. Why not a Set: an
 * agent's buyers are added a million times over a big month, and V8's Set
 * spends that time rehashing and chasing entries; this table hashes each
 * name once and reads one cache line per probe.
 */
export class StringSet {
  /** Pairs (hash, index + 1) per slot; index + 1 = 0 is an empty slot. */
  private table: Int32Array;
  private mask: number;
  private readonly strings: string[] = [];

  /** `table`: a zeroed view to start in (length a power of two), so many sets can share one allocation. */
  constructor(expected = 1024, table?: Int32Array) {
    this.table = table ?? new Int32Array(StringSet.tableLength(expected));
    this.mask = this.table.length / 2 - 1;
  }

  /** The Int32Array length a set expecting `expected` strings starts with: a power of two, at most half full. */
  static tableLength(expected: number): number {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    return cap * 2;
  }

  get size(): number {
    return this.strings.length;
  }

  add(s: string): void {
    this.addHashed(s, hashString(s));
  }

  /** add() with hashString(s) already computed (one name added to several agents' sets). */
  addHashed(s: string, h: number): void {
    this.internHashed(s, h);
  }

  /** The place of s in insertion order (0, 1, 2 …), added when new: strings interned to small integers. */
  intern(s: string): number {
    return this.internHashed(s, hashString(s));
  }

  /** The place of s in insertion order, or -1 when it is not in the set. */
  indexOf(s: string): number {
    const { table, mask, strings } = this;
    const h = hashString(s);
    let p = h & mask;
    for (;;) {
      const e = table[2 * p + 1];
      if (e === 0) return -1;
      if (table[2 * p] === h && strings[e - 1] === s) return e - 1;
      p = (p + 1) & mask;
    }
  }

  /** intern() with hashString(s) already computed. */
  internHashed(s: string, h: number): number {
    const { table, mask, strings } = this;
    let p = h & mask;
    for (;;) {
      const e = table[2 * p + 1];
      if (e === 0) break;
      if (table[2 * p] === h && strings[e - 1] === s) return e - 1;
      p = (p + 1) & mask;
    }
    strings.push(s);
    table[2 * p] = h;
    table[2 * p + 1] = strings.length;
    // Keep the table at most half full so probe runs stay short.
    if (strings.length * 2 > mask + 1) this.grow();
    return strings.length - 1;
  }

  private grow(): void {
    const old = this.table;
    const cap = (this.mask + 1) * 2;
    const table = new Int32Array(cap * 2);
    const mask = cap - 1;
    for (let q = 0; q < old.length; q += 2) {
      if (old[q + 1] === 0) continue;
      let p = old[q] & mask;
      while (table[2 * p + 1] !== 0) p = (p + 1) & mask;
      table[2 * p] = old[q];
      table[2 * p + 1] = old[q + 1];
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units, then murmur3's finaliser so the low bits used as a slot are well mixed. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length, false);
}

/** hashString(s.slice(start, end)), upper-cased first when `upper` (ASCII letters only), without making the slice. */
export function hashRange(s: string, start: number, end: number, upper: boolean): number {
  let h = FNV_START;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (upper ? upperAscii(c) : c), 0x01000193);
  }
  return finishHash(h);
}

/** The FNV-1a state before any code unit, one code unit taken in, and the state made a hash: for loops that hash as they check. */
export const FNV_START = 0x811c9dc5;
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
export function finishHash(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** a–z to A–Z; every other code unit as it is. */
export function upperAscii(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}
