/**
 * Each agent's distinct buyers, counted once the orders are in. Why not a set
 * per agent filled as orders come: orders arrive in no agent's order, so each
 * insert probed a random slot of 200 tables (tens of MB) and missed the cache,
 * a tenth of the engine's time at a million orders. Here orders are only
 * appended; counting first copies them grouped by agent (so each agent's
 * entries are read in sequence, not through an index into a million), then
 * counts each group in one small table reused for all. Exact: the table
 * compares the names where hashes meet.
 */
import { StringSet } from './hashing';
import { doubled } from './typed-arrays';

/** Each agent's distinct buyers: the orders' (agent, buyer) pairs added, the counts asked for once at the end. */
export interface BuyerCounter {
  /** Agent `agent` (a small index) sold to `name`, whose hashString is `hash`. */
  add(agent: number, name: string, hash: number): void;
  /** Distinct names per agent index (0 for an agent with none), for agents 0 … agentCount − 1. */
  countByAgent(agentCount: number): Int32Array;
}

/** Names kept as they come: the strings of rows kept as arrays, which live on anyway. */
export class DistinctBuyers implements BuyerCounter {
  private agents: Int32Array;
  private hashes: Int32Array;
  /** Made at full size and written by index: pushing a million names (growing and copying) took several times as long. */
  private names: string[];
  private n = 0;

  constructor(expected = 1024) {
    this.agents = new Int32Array(Math.max(16, expected));
    this.hashes = new Int32Array(Math.max(16, expected));
    this.names = new Array<string>(this.agents.length);
  }

  /** Agent `agent` (a small index) sold to `name`, whose hashString is `hash`. */
  add(agent: number, name: string, hash: number): void {
    const n = this.n;
    if (n === this.agents.length) this.grow();
    this.agents[n] = agent;
    this.hashes[n] = hash;
    this.names[n] = name;
    this.n = n + 1;
  }

  /** Distinct names per agent index (0 for an agent with none), for agents 0 … agentCount − 1. */
  countByAgent(agentCount: number): Int32Array {
    const { hashes, names, n } = this;
    // Each agent's entries copied in sequence.
    const { start, order } = groupByAgent(this.agents, n, agentCount);
    const groupedHashes = new Int32Array(n);
    const groupedNames: string[] = new Array<string>(n);
    let largest = 0;
    for (let k = 0; k < n; k++) {
      groupedHashes[k] = hashes[order[k]];
      groupedNames[k] = names[order[k]];
    }
    for (let a = 0; a < agentCount; a++) largest = Math.max(largest, start[a + 1] - start[a]);
    const counts = new Int32Array(agentCount);
    const table = new Int32Array(tableSlots(largest) * 2);
    for (let a = 0; a < agentCount; a++) {
      if (start[a] < start[a + 1]) counts[a] = distinctIn(groupedHashes, groupedNames, start[a], start[a + 1], table);
    }
    return counts;
  }

  private grow(): void {
    this.agents = doubled(this.agents);
    this.hashes = doubled(this.hashes);
    const names = new Array<string>(this.agents.length);
    for (let i = 0; i < this.n; i++) names[i] = this.names[i];
    this.names = names;
  }
}

/** Slots for `entries` names in a table at most half full, as StringSet sizes its (hash, entry) pairs. */
const tableSlots = (entries: number): number => StringSet.tableLength(entries) / 2;

/**
 * Distinct names among names[from, to), whose hashes are hashes[from, to), on an open-addressing table
 * of (hash, entry + 1) pairs: `table` is reused (cleared here), sized for the range. StringSet's probe, without
 * its list of the strings (pushing a million names one by one measured several times slower than writing them by index).
 */
function distinctIn(hashes: Int32Array, names: string[], from: number, to: number, table: Int32Array): number {
  const slots = tableSlots(to - from);
  const mask = slots - 1;
  table.fill(0, 0, slots * 2);
  let distinct = 0;
  for (let j = from; j < to; j++) {
    const h = hashes[j];
    let p = h & mask;
    for (;;) {
      const e = table[2 * p + 1];
      if (e === 0) {
        table[2 * p] = h;
        table[2 * p + 1] = j + 1;
        distinct++;
        break;
      }
      if (table[2 * p] === h && names[e - 1] === names[j]) break;
      p = (p + 1) & mask;
    }
  }
  return distinct;
}

/**
 * Names cut out of a CSV's store row by row are new strings each: a million of them kept until the count
 * survived the young generation (0.3 s of the engine at a million orders). Here each name is interned to a
 * small integer in one table of the distinct names (the first equal string met), and only the pairs of numbers
 * are kept. Not for rows kept as arrays: there its probes into 557,000 distinct names measured 0.9 s more than
 * DistinctBuyers. Exact: interning compares the names where hashes meet.
 */
export class InternedBuyers implements BuyerCounter {
  private agents: Int32Array;
  private buyers: Int32Array;
  /** Grows with the distinct names: a table sized for every order would miss the cache on every order. */
  private readonly names = new StringSet();
  private n = 0;

  constructor(expected = 1024) {
    this.agents = new Int32Array(Math.max(16, expected));
    this.buyers = new Int32Array(Math.max(16, expected));
  }

  add(agent: number, name: string, hash: number): void {
    const n = this.n;
    if (n === this.agents.length) {
      this.agents = doubled(this.agents);
      this.buyers = doubled(this.buyers);
    }
    this.agents[n] = agent;
    this.buyers[n] = this.names.internHashed(name, hash);
    this.n = n + 1;
  }

  countByAgent(agentCount: number): Int32Array {
    const { buyers, n } = this;
    // Each agent's entries in sequence, then a buyer counted the first time its agent's group meets it.
    const { start, order } = groupByAgent(this.agents, n, agentCount);
    const grouped = new Int32Array(n);
    for (let k = 0; k < n; k++) grouped[k] = buyers[order[k]];
    /** The group that counted each buyer last. */
    const countedBy = new Int32Array(this.names.size).fill(-1);
    const counts = new Int32Array(agentCount);
    for (let a = 0; a < agentCount; a++) {
      let distinct = 0;
      for (let k = start[a]; k < start[a + 1]; k++) {
        const b = grouped[k];
        if (countedBy[b] !== a) {
          countedBy[b] = a;
          distinct++;
        }
      }
      counts[a] = distinct;
    }
    return counts;
  }
}

/**
 * Entries 0 … n − 1 grouped by agent (a counting sort, stable): agent a's are order[start[a]] … order[start[a + 1] − 1],
 * so each group is then read in sequence, not through an index into a million.
 */
function groupByAgent(agents: Int32Array, n: number, agentCount: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(agentCount + 1);
  for (let i = 0; i < n; i++) start[agents[i] + 1]++;
  for (let a = 0; a < agentCount; a++) start[a + 1] += start[a];
  const next = start.slice(0, agentCount);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[agents[i]]++] = i;
  return { start, order };
}
