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
  /** Nicks without the shop prefix that two shops' accounts share ("A店:小美", "B店:小美"): never guessed. */
  private ambiguousShort = new Set<string>();
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
        if (short !== k) {
          const other = this.byAccount.get(short);
          if (!other) this.byAccount.set(short, a);
          else if (other !== a && normalizeKey(other.account) !== short) this.ambiguousShort.add(short);
        }
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

  /** By 工号 as another sheet writes it: 1, 01 and 001 name digit-only 工号 of that number, as in memos (see MemoIds.match). */
  private byWrittenId(text: string): Agent | undefined {
    const i = this.memoIds.indexOf(normalizeAgentId(text));
    return i >= 0 ? this.byId.get(this.memoIds.key(i)) : undefined;
  }

  /**
   * The roster 工号 a 工号 written by another sheet could be, when it names two of them (001 for roster 1 and 01,
   * KF 01 for KF01 and KF-01: on the roster, but as two people), else null. Read as byWrittenId reads it.
   */
  idsWrittenAlike(text: string): string[] | null {
    return this.memoIds.alikeIfAmbiguous(normalizeAgentId(text));
  }

  /** Resolve by 工号, then account, then name. */
  resolve(text: string): Agent | undefined {
    if (!text) return undefined;
    const id = this.byWrittenId(text);
    if (id) return id;
    const k = normalizeKey(text);
    const exact = this.byAccount.get(k);
    if (exact && !this.ambiguousShort.has(k)) return exact;
    const short = shortAccount(k);
    const acc = this.ambiguousShort.has(short) ? undefined : this.byAccount.get(short);
    if (acc) return acc;
    return this.byName.get(k) ?? undefined;
  }

  /** A nick without its shop prefix that accounts of several shops share, so it names nobody for sure. */
  isAmbiguous(text: string): boolean {
    return this.ambiguousShort.has(shortAccount(normalizeKey(text)));
  }

  /** Resolve a row that may name the agent in several columns (赤兔 gives the shop in its own 店铺 column). */
  resolveRef(ref: { agentId?: string; account?: string; name?: string; shop?: string }): Agent | undefined {
    if (ref.agentId) {
      const a = this.byWrittenId(ref.agentId);
      if (a) return a;
    }
    if (ref.account && ref.shop && shortAccount(normalizeKey(ref.account)) === normalizeKey(ref.account)) {
      const a = this.byAccount.get(normalizeKey(`${ref.shop}:${ref.account}`));
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
export function shortAccount(k: string): string {
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
