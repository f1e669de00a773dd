/**
 * Exact string → dense integer ids (0, 1, 2 … in order of first sight).
 * Why not a Map: at a million order numbers or buyer names, V8's Map spends
 * most of its time rehashing and chasing entries; an open-addressing table
 * on typed arrays does the same exact job in a fraction of the time.
 */
export class StringIds {
  /** id + 1 per slot; 0 is an empty slot. */
  private slots: Int32Array;
  private mask: number;
  /** The hash of each id's string, so growing never rehashes a string and probes rarely compare one. */
  private hashes: Int32Array;
  private readonly strings: string[] = [];

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    this.hashes = new Int32Array(Math.max(16, expected));
  }

  get size(): number {
    return this.strings.length;
  }

  /** The string of an id. */
  text(id: number): string {
    return this.strings[id];
  }

  /** The id of `s`, added when new. */
  intern(s: string): number {
    return this.internHashed(s, hashString(s));
  }

  /** intern() with hashString(s) already computed (one string added to several tables). */
  internHashed(s: string, h: number): number {
    const { slots, mask, hashes, strings } = this;
    let p = h & mask;
    for (;;) {
      const e = slots[p];
      if (e === 0) break;
      if (hashes[e - 1] === h && strings[e - 1] === s) return e - 1;
      p = (p + 1) & mask;
    }
    const id = strings.length;
    strings.push(s);
    if (id === hashes.length) this.hashes = growInt32(hashes, hashes.length * 2);
    this.hashes[id] = h;
    slots[p] = id + 1;
    // Keep the table at most half full so probe runs stay short.
    if (strings.length * 2 > slots.length) this.rehash(slots.length * 2);
    return id;
  }

  /** The id of `s`, or -1. */
  find(s: string): number {
    const h = hashString(s);
    const { slots, mask, hashes, strings } = this;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const e = slots[p];
      if (e === 0) return -1;
      if (hashes[e - 1] === h && strings[e - 1] === s) return e - 1;
    }
  }

  private rehash(cap: number): void {
    const slots = new Int32Array(cap);
    const mask = cap - 1;
    const { hashes } = this;
    for (let id = 0; id < this.strings.length; id++) {
      let p = hashes[id] & mask;
      while (slots[p] !== 0) p = (p + 1) & mask;
      slots[p] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function growInt32(a: Int32Array, length: number): Int32Array {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/** FNV-1a over UTF-16 code units, then murmur3's finaliser so the low bits used as a slot are well mixed. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length, false);
}

/** hashString(s.slice(start, end)), upper-cased first when `upper` (ASCII letters only), without making the slice. */
export function hashRange(s: string, start: number, end: number, upper: boolean): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (upper && c >= 97 && c <= 122) c -= 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
