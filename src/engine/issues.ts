import type { Issue, LocalText, Severity } from './model';

/** Collects data problems; nothing is thrown away silently. */
export class IssueLog {
  readonly list: Issue[] = [];

  add(issue: Issue): void {
    this.list.push(issue);
  }

  /** Shorthand for a problem at a sheet location. */
  at(severity: Severity, code: string, where: Where, value: unknown, message: LocalText, action: LocalText, agentId?: string, amount?: number): void {
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
  skipped: { zh: '已跳过该行', en: 'row skipped' },
  treatedNA: { zh: '按“不适用”处理（不计为 0）', en: 'treated as not available (not 0)' },
  treatedZero: { zh: '按 0 处理', en: 'treated as 0' },
  silent: { zh: '计入静默销售（店铺销售，不归属任何客服）', en: 'counted as silent sales (shop only, credited to nobody)' },
  ignored: { zh: '已忽略', en: 'ignored' },
  defaultKept: { zh: '保留默认值', en: 'default kept' },
  countedOnce: { zh: '只计一次', en: 'counted once' },
  none: { zh: '无需处理', en: 'nothing to do' },
  stopped: { zh: '无法生成，请补全后重试', en: 'cannot generate: fix and retry' },
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
