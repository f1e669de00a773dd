/**
 * Each agent's distinct buyers, counted once the orders are in. Why not a set
 * per agent filled as orders come: orders arrive in no agent's order, so each
 * insert probed a random slot of 200 tables (tens of MB) and missed the cache,
 * a tenth of the engine's time at a million orders. Here each order's buyer is
 * interned to a small integer in one table of the distinct names, and only the
 * (agent, buyer number) pair is kept: a million orders keep no million name
 * strings alive (kept, they survived the young generation and cost the engine
 * 0.2 s of collection on a 1M-row CSV read by cs-kpi). Counting groups the pairs
 * by agent and counts each group's distinct numbers. Exact: interning compares
 * the names where hashes meet.
 */
import { StringSet } from './hashing';
import { doubled } from './typed-arrays';

export class DistinctBuyers {
  private agents: Int32Array;
  /** Each entry's buyer, as its number in `names`. */
  private buyers: Int32Array;
  /** Grows with the distinct names (a table sized for every order would be a cache miss per order). */
  private readonly names = new StringSet();
  private n = 0;

  constructor(expected = 1024) {
    this.agents = new Int32Array(Math.max(16, expected));
    this.buyers = new Int32Array(Math.max(16, expected));
  }

  /** Agent `agent` (a small index) sold to `name`, whose hashString is `hash`. */
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

  /** Distinct names per agent index (0 for an agent with none), for agents 0 … agentCount − 1. */
  countByAgent(agentCount: number): Int32Array {
    const { agents, buyers, n } = this;
    // Group entries by agent (a counting sort): where each agent's entries start, then their buyers in that order.
    const start = new Int32Array(agentCount + 1);
    for (let i = 0; i < n; i++) start[agents[i] + 1]++;
    for (let a = 0; a < agentCount; a++) start[a + 1] += start[a];
    const next = start.slice(0, agentCount);
    const grouped = new Int32Array(n);
    for (let i = 0; i < n; i++) grouped[next[agents[i]]++] = buyers[i];
    // A buyer is counted for agent a the first time it is met in a's group: seen[buyer] says by which group last.
    const seen = new Int32Array(this.names.size).fill(-1);
    const counts = new Int32Array(agentCount);
    for (let a = 0; a < agentCount; a++) {
      let distinct = 0;
      for (let k = start[a]; k < start[a + 1]; k++) {
        const b = grouped[k];
        if (seen[b] !== a) {
          seen[b] = a;
          distinct++;
        }
      }
      counts[a] = distinct;
    }
    return counts;
  }
}
