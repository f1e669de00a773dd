/**
 * 工号 listed twice on the roster with different details. Nobody is paid under them, and the orders naming
 * them (by 工号 in the memo, by 工号 or account in the agent column) are told once, at the roster: a
 * "not on the roster" on each order would hide that the roster is what to mend.
 */
import { shortAccount } from './agents';
import { normalizeAgentId } from './formulas';
import { normalizeKey } from './text';

export class ConflictingIds {
  /** 工号 → the 0-based index of its first roster row. */
  private readonly firstRow = new Map<string, number>();
  /** The accounts of their rows, whole and without the shop prefix → 工号. */
  private readonly byAccount = new Map<string, string>();

  add(agentId: string, rowIndex: number, account: string): void {
    if (!this.firstRow.has(agentId)) this.firstRow.set(agentId, rowIndex);
    const k = normalizeKey(account);
    if (!k) return;
    this.byAccount.set(k, agentId);
    this.byAccount.set(shortAccount(k), agentId);
  }

  get size(): number {
    return this.firstRow.size;
  }

  /** Whether a memo token (upper-cased) is one of these 工号. */
  has(agentId: string): boolean {
    return this.firstRow.has(agentId);
  }

  firstRowOf(agentId: string): number | undefined {
    return this.firstRow.get(agentId);
  }

  /** The 工号 an agent-column cell names by 工号 or account, if it is one of these. */
  named(text: string): string | undefined {
    const id = normalizeAgentId(text);
    if (this.firstRow.has(id)) return id;
    const k = normalizeKey(text);
    return this.byAccount.get(k) ?? this.byAccount.get(shortAccount(k));
  }
}
