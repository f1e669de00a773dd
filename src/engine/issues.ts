import type { Issue, LocalText, Severity } from './model';
import { msg } from './messages';

/** Collects data problems; nothing is thrown away silently. */
export class IssueLog {
  readonly list: Issue[] = [];

  add(issue: Issue): void {
    this.list.push(issue);
  }

  /** Shorthand for a problem at a sheet location. */
  at(
    severity: Severity,
    code: string,
    where: Where,
    value: unknown,
    message: LocalText,
    action: LocalText,
    agentId?: string,
    amount?: number,
  ): void {
    const issue: Issue = {
      severity,
      code,
      sheet: where.sheet,
      row: where.row ?? null,
      column: where.column ?? null,
      cell: where.cell ?? null,
      value: value === null || value === undefined || value === '' ? null : String(value),
      message,
      action,
    };
    // Set only when given (not as undefined): a big order sheet logs tens of thousands of issues, and a spread per issue shows.
    if (agentId) issue.agentId = agentId;
    if (amount !== undefined) issue.amount = amount;
    this.list.push(issue);
  }

  count(severity: Severity): number {
    return this.list.filter((i) => i.severity === severity).length;
  }
}

export interface Where {
  sheet: string | null;
  row?: number | null;
  column?: string | null;
  cell?: string | null;
}

/** Common actions, in both languages. */
export const ACTION = {
  skipped: msg('action.skipped'),
  treatedNA: msg('action.treatedNA'),
  treatedZero: msg('action.treatedZero'),
  silent: msg('action.silent'),
  ignored: msg('action.ignored'),
  defaultKept: msg('action.defaultKept'),
  countedOnce: msg('action.countedOnce'),
  none: msg('action.none'),
  stopped: msg('action.stopped'),
} satisfies Record<string, LocalText>;

/** Thrown when a required sheet or column is missing: nothing can be computed. */
export class InputError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => i.message.en).join('; '));
    this.name = 'InputError';
  }

  localMessage(lang: 'zh' | 'en'): string {
    return this.issues.map((i) => i.message[lang]).join(lang === 'zh' ? '；' : '; ');
  }
}
