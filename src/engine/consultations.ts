/**
 * Who served a buyer before an order: the consultation records (接待记录)
 * indexed once by buyer, so each order is one hash lookup and a binary search
 * over that buyer's few consultations. Two million records cost a counting
 * sort by buyer and a small sort inside each buyer; nothing grows with
 * orders × consultations.
 */
import { StringSet } from './hashing';

/** Consultation times are whole seconds (Excel serial × 86,400): "the same second" is an exact comparison. */
export function serialToSeconds(serial: number): number {
  return Math.round(serial * 86400);
}

/** Records as read, in any order: parallel arrays of buyer (interned), agent (memo-table index) and time in seconds. */
export class ConsultationRecords {
  readonly buyers: StringSet;
  buyer: Int32Array;
  agent: Int32Array;
  time: Float64Array;
  length = 0;

  constructor(expected: number) {
    const n = Math.max(16, expected);
    this.buyers = new StringSet(Math.min(n, 1 << 20));
    this.buyer = new Int32Array(n);
    this.agent = new Int32Array(n);
    this.time = new Float64Array(n);
  }

  push(buyer: string, agent: number, seconds: number): void {
    if (this.length === this.buyer.length) this.grow();
    const i = this.length++;
    this.buyer[i] = this.buyers.intern(buyer);
    this.agent[i] = agent;
    this.time[i] = seconds;
  }

  private grow(): void {
    const n = this.buyer.length * 2;
    const b = new Int32Array(n),
      a = new Int32Array(n),
      t = new Float64Array(n);
    b.set(this.buyer);
    a.set(this.agent);
    t.set(this.time);
    [this.buyer, this.agent, this.time] = [b, a, t];
  }
}

export type Pick = 'first' | 'last';

/** The records grouped by buyer, each buyer's sorted by (time, agent): the same whatever the row order. */
export class ConsultationIndex {
  /** Consultations of buyer b are [start[b], start[b + 1]). */
  private readonly start: Int32Array;
  private readonly time: Float64Array;
  private readonly agent: Int32Array;
  private readonly buyers: StringSet;
  /** The time (seconds) of the consultation the last credit() found: the day the credited agents served the buyer. */
  creditedAt = 0;

  constructor(records: ConsultationRecords) {
    const { length: n, buyers } = records;
    const nb = buyers.size;
    // Counting sort by buyer: linear in the records.
    const start = new Int32Array(nb + 1);
    for (let i = 0; i < n; i++) start[records.buyer[i] + 1]++;
    for (let b = 0; b < nb; b++) start[b + 1] += start[b];
    const next = start.slice(0, nb);
    const time = new Float64Array(n);
    const agent = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = next[records.buyer[i]]++;
      time[p] = records.time[i];
      agent[p] = records.agent[i];
    }
    for (let b = 0; b < nb; b++) sortRun(time, agent, start[b], start[b + 1]);
    this.start = start;
    this.time = time;
    this.agent = agent;
    this.buyers = buyers;
  }

  get size(): number {
    return this.time.length;
  }

  /**
   * The agents credited for an order of `buyer` at `refSeconds`: the buyer's
   * last (or first) consultation at or before that time and no more than
   * `windowSeconds` before it; every distinct agent at that same second (a
   * tie: the order is split). Written to out[0, n) in roster order; returns n.
   */
  credit(buyer: string, refSeconds: number, windowSeconds: number, pick: Pick, out: number[]): number {
    const b = this.buyers.indexOf(buyer);
    if (b < 0) return 0;
    const { time } = this;
    const lo = this.start[b];
    // First consultation after the reference time: nothing from there on counts.
    const end = upperBound(time, lo, this.start[b + 1], refSeconds);
    if (end === lo) return 0;
    const from = refSeconds - windowSeconds;
    let i: number;
    if (pick === 'last') {
      const t = time[end - 1];
      if (t < from) return 0;
      i = end - 1;
      while (i > lo && time[i - 1] === t) i--;
    } else {
      i = lowerBound(time, lo, end, from);
      if (i === end) return 0;
    }
    const t = time[i];
    this.creditedAt = t;
    let n = 0;
    for (; i < end && time[i] === t; i++) {
      const a = this.agent[i];
      if (n === 0 || out[n - 1] !== a) out[n++] = a; // sorted by agent within a second: repeats are adjacent
    }
    return n;
  }
}

/** First index in [lo, hi) whose time is above t. */
function upperBound(time: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (time[m] <= t) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** First index in [lo, hi) whose time is at or above t. */
function lowerBound(time: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (time[m] < t) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Sort [lo, hi) by (time, agent): insertion sort for a buyer's usual handful, an index sort for the rare long run. */
function sortRun(time: Float64Array, agent: Int32Array, lo: number, hi: number): void {
  if (hi - lo <= 32) {
    for (let i = lo + 1; i < hi; i++) {
      const t = time[i],
        a = agent[i];
      let j = i - 1;
      while (j >= lo && (time[j] > t || (time[j] === t && agent[j] > a))) {
        time[j + 1] = time[j];
        agent[j + 1] = agent[j];
        j--;
      }
      time[j + 1] = t;
      agent[j + 1] = a;
    }
    return;
  }
  const order = Array.from({ length: hi - lo }, (_, k) => lo + k);
  order.sort((x, y) => time[x] - time[y] || agent[x] - agent[y]);
  const t = order.map((k) => time[k]);
  const a = order.map((k) => agent[k]);
  time.set(t, lo);
  agent.set(a, lo);
}
