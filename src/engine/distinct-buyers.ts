/**
 * Each agent's distinct buyers, counted once the orders are in. Why not a set
 * per agent filled as orders come: orders arrive in no agent's order, so each
 * insert probed a random slot of 200 tables (tens of MB) and missed the cache,
 * a tenth of the engine's time at a million orders. Here orders are only
 * appended; counting groups them by agent first, so each agent's table is
 * small and hot while it is filled. Exact: the tables compare the names.
 */
import { StringSet } from './hashing';
import { doubled } from './typed-arrays';

export class DistinctBuyers {
  private agents: Int32Array;
  private hashes: Int32Array;
  private readonly names: string[] = [];

  constructor(expected = 1024) {
    this.agents = new Int32Array(Math.max(16, expected));
    this.hashes = new Int32Array(Math.max(16, expected));
  }

  /** Agent `agent` (a small index) sold to `name`, whose hashString is `hash`. */
  add(agent: number, name: string, hash: number): void {
    const n = this.names.length;
    if (n === this.agents.length) this.grow();
    this.agents[n] = agent;
    this.hashes[n] = hash;
    this.names.push(name);
  }

  /** Distinct names per agent index (0 for an agent with none), for agents 0 … agentCount − 1. */
  countByAgent(agentCount: number): Int32Array {
    const { agents, hashes, names } = this;
    const n = names.length;
    // Group entries by agent (a counting sort): where each agent's entries start, then the entries in that order.
    const start = new Int32Array(agentCount + 1);
    for (let i = 0; i < n; i++) start[agents[i] + 1]++;
    for (let a = 0; a < agentCount; a++) start[a + 1] += start[a];
    const next = start.slice(0, agentCount);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[next[agents[i]]++] = i;
    const counts = new Int32Array(agentCount);
    for (let a = 0; a < agentCount; a++) {
      const from = start[a],
        to = start[a + 1];
      if (from === to) continue;
      const set = new StringSet(to - from);
      for (let j = from; j < to; j++) set.addHashed(names[order[j]], hashes[order[j]]);
      counts[a] = set.size;
    }
    return counts;
  }

  private grow(): void {
    this.agents = doubled(this.agents);
    this.hashes = doubled(this.hashes);
  }
}
