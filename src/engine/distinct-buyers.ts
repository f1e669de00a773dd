/**
 * Each agent's distinct buyers, counted once the orders are in. Why not a set
 * per agent filled as orders come: orders arrive in no agent's order, so each
 * insert probed a random slot of 200 tables (tens of MB) and missed the cache,
 * a tenth of the engine's time at a million orders. Here orders are only
 * appended; counting first copies their hashes grouped by agent (so each
 * agent's entries are read in sequence, not through an index into a million),
 * then counts each group in one small table reused for all. Exact: the table
 * compares the names where hashes meet.
 */
import { StringSet } from './hashing';
import { doubled } from './typed-arrays';

/**
 * Each agent's distinct buyers: the orders' (agent, buyer) pairs added, the counts asked for once at the end.
 * Names are kept as they come, as ranges of the strings that hold them: a row array's own string (whole), or
 * the text of a CSV store's batch (RowSource.plainView), which lives on anyway, so a name read in place is never cut.
 */
export class DistinctBuyers {
  private agents: Int32Array;
  private hashes: Int32Array;
  /** Made at full size and written by index: pushing a million names (growing and copying) took several times as long. */
  private texts: string[];
  private froms: Int32Array;
  private tos: Int32Array;
  private n = 0;

  constructor(expected = 1024) {
    const length = Math.max(16, expected);
    this.agents = new Int32Array(length);
    this.hashes = new Int32Array(length);
    this.froms = new Int32Array(length);
    this.tos = new Int32Array(length);
    this.texts = new Array<string>(length);
  }

  /** Agent `agent` (a small index) sold to the buyer named text[from, to), whose hashRange is `hash`. */
  add(agent: number, text: string, from: number, to: number, hash: number): void {
    const n = this.n;
    if (n === this.agents.length) this.grow();
    this.agents[n] = agent;
    this.hashes[n] = hash;
    this.texts[n] = text;
    this.froms[n] = from;
    this.tos[n] = to;
    this.n = n + 1;
  }

  /** Distinct names per agent index (0 for an agent with none), for agents 0 … agentCount − 1. */
  countByAgent(agentCount: number): Int32Array {
    const { hashes, n } = this;
    // Each agent's hashes copied in sequence. The names are read through `order`, only where hashes meet (an agent's
    // repeat buyer, or a clash): copying them in sequence too made 16 MB more of new memory at a million orders.
    const { start, order } = groupByAgent(this.agents, n, agentCount);
    const grouped = new Int32Array(n);
    for (let k = 0; k < n; k++) grouped[k] = hashes[order[k]];
    const names: Names = { hashes: grouped, order, texts: this.texts, froms: this.froms, tos: this.tos };
    let largest = 0;
    for (let a = 0; a < agentCount; a++) largest = Math.max(largest, start[a + 1] - start[a]);
    const counts = new Int32Array(agentCount);
    const table = new Int32Array(tableSlots(largest) * 2);
    for (let a = 0; a < agentCount; a++) {
      if (start[a] < start[a + 1]) counts[a] = distinctIn(names, start[a], start[a + 1], table);
    }
    return counts;
  }

  private grow(): void {
    this.agents = doubled(this.agents);
    this.hashes = doubled(this.hashes);
    this.froms = doubled(this.froms);
    this.tos = doubled(this.tos);
    const texts = new Array<string>(this.agents.length);
    for (let i = 0; i < this.n; i++) texts[i] = this.texts[i];
    this.texts = texts;
  }
}

/** Entry k of the grouped names: hashed hashes[k], the name added order[k]-th (texts, froms and tos in adding order). */
interface Names {
  hashes: Int32Array;
  order: Int32Array;
  texts: string[];
  froms: Int32Array;
  tos: Int32Array;
}

/** Slots for `entries` names in a table at most half full, as StringSet sizes its (hash, entry) pairs. */
const tableSlots = (entries: number): number => StringSet.tableLength(entries) / 2;

/**
 * Distinct names among names [from, to), on an open-addressing table of (hash, entry + 1) pairs: `table` is
 * reused (cleared here), sized for the range. StringSet's probe, without its list of the strings (pushing a
 * million names one by one measured several times slower than writing them by index).
 */
function distinctIn(names: Names, from: number, to: number, table: Int32Array): number {
  const slots = tableSlots(to - from);
  const mask = slots - 1;
  const hashes = names.hashes;
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
      if (table[2 * p] === h && sameName(names, e - 1, j)) break;
      p = (p + 1) & mask;
    }
  }
  return distinct;
}

function sameName({ order, texts, froms, tos }: Names, ka: number, kb: number): boolean {
  const a = order[ka];
  const b = order[kb];
  const length = tos[a] - froms[a];
  if (tos[b] - froms[b] !== length) return false;
  const ta = texts[a];
  const tb = texts[b];
  const fa = froms[a];
  const fb = froms[b];
  // The same range of the same text: a repeat buyer remembered by the reader is shown at the piece it was learned from.
  if (ta === tb && fa === fb) return true;
  for (let k = 0; k < length; k++) if (ta.charCodeAt(fa + k) !== tb.charCodeAt(fb + k)) return false;
  return true;
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
