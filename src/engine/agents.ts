import type { Agent } from './model';
import { normalizeKey } from './text';
import { normalizeAgentId } from './formulas';
import { MemoIds } from './memo';

/**
 * Finds the roster agent a cell names: by 工号, by chat account (as written,
 * e.g. "旗舰店:小美", or the part after the shop prefix), or by name when
 * unique. Built once; every lookup is a map hit.
 */
export class AgentResolver {
  private byId = new Map<string, Agent>();
  private byAccount = new Map<string, Agent>();
  private byName = new Map<string, Agent | null>(); // null = ambiguous
  /** The agentIds, for matching memo tokens in place. */
  readonly memoIds: MemoIds;
  /** A regex for things that look like 工号 in memos (same letter prefix + digits), for "unknown 工号" warnings. */
  readonly idPattern: RegExp | null;

  constructor(readonly agents: Agent[]) {
    for (const a of agents) {
      this.byId.set(a.agentId, a);
      if (a.account) {
        const k = normalizeKey(a.account);
        this.byAccount.set(k, a);
        const short = shortAccount(k);
        if (short !== k && !this.byAccount.has(short)) this.byAccount.set(short, a);
      }
      const n = normalizeKey(a.name);
      if (n) this.byName.set(n, this.byName.has(n) ? null : a);
    }
    this.memoIds = new MemoIds(this.byId.keys());
    this.idPattern = idPatternOf(agents.map((a) => a.agentId));
  }

  get(agentId: string): Agent | undefined {
    return this.byId.get(agentId);
  }

  /** Resolve by 工号, then account, then name. */
  resolve(text: string): Agent | undefined {
    if (!text) return undefined;
    const id = this.byId.get(normalizeAgentId(text));
    if (id) return id;
    const k = normalizeKey(text);
    const acc = this.byAccount.get(k) ?? this.byAccount.get(shortAccount(k));
    if (acc) return acc;
    return this.byName.get(k) ?? undefined;
  }

  /** Resolve a row that may name the agent in several columns. */
  resolveRef(ref: { agentId?: string; account?: string; name?: string }): Agent | undefined {
    if (ref.agentId) {
      const a = this.byId.get(normalizeAgentId(ref.agentId));
      if (a) return a;
    }
    if (ref.account) {
      const a = this.resolve(ref.account);
      if (a) return a;
    }
    if (ref.name) return this.byName.get(normalizeKey(ref.name)) ?? undefined;
    return undefined;
  }
}

/** "旗舰店:小美" → "小美" (chat accounts carry the shop as a prefix). */
function shortAccount(k: string): string {
  const i = Math.max(k.lastIndexOf(':'), k.lastIndexOf('：'));
  return i >= 0 ? k.slice(i + 1) : k;
}

/** Built from the 工号 that follow a letters+digits scheme; an irregular one (e.g. "XW") is simply not part of it. */
function idPatternOf(ids: string[]): RegExp | null {
  const prefixes = new Set<string>();
  for (const id of ids) {
    const m = /^([A-Z]+)[-_]?\d+$/.exec(id);
    if (m) prefixes.add(m[1]);
  }
  if (prefixes.size === 0 || prefixes.size > 3) return null;
  return new RegExp(`^(?:${[...prefixes].join('|')})[-_]?\\d+$`);
}
