/**
 * What a manager reads first: the problems that need action (fatal, error,
 * warning) before the notes (info), and a problem repeated on many rows of a
 * sheet (one note per silent order, a thousand of them) as one line with its
 * count and amount. The Issues sheet still lists every row; this is the
 * pane's short list and its "N problems need action, M notes" count.
 */
import type { Issue, Lang, LocalText, Severity } from './model';
import { Cents, formatYuan } from './money';
import { msg } from './messages';

export interface IssueDigestLine {
  severity: Severity;
  code: string;
  sheet: string | null;
  /** Rows behind this line (1 for a single problem). */
  count: number;
  /** Σ amount of the rows, where the issues carry one (silent orders: net sales); else null. */
  amount: Cents | null;
  /** The issue's own message, or for several rows a summary naming the count and amount. */
  message: LocalText;
  /** The first row, to jump to. */
  first: Issue;
}

export interface IssueDigest {
  /** Fatal, error and warning issues: each one asks the manager to look. */
  needAction: number;
  /** Info issues: what was done, nothing to fix. */
  notes: number;
  lines: IssueDigestLine[];
}

const SEVERITY_RANK: Record<Severity, number> = { fatal: 0, error: 1, warning: 2, info: 3 };

/** How a repeated problem reads in one line, for codes that repeat row by row; others get the generic wording. */
const REPEATED: Record<string, (n: string, amount: string | null) => LocalText> = {
  'order-silent': (n, a) =>
    msg('order-silent.repeated', { n, amount: a ? msg('order-silent.repeated-amount', { amount: a }) : '' }),
};

export function digestIssues(issues: readonly Issue[]): IssueDigest {
  const groups = new Map<string, Issue[]>();
  let needAction = 0;
  for (const i of issues) {
    if (i.severity !== 'info') needAction++;
    const key = `${i.severity}\u0000${i.sheet ?? ''}\u0000${i.code}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const lines: IssueDigestLine[] = [];
  for (const g of groups.values()) {
    const first = g[0];
    let amount: Cents | null = null;
    for (const i of g) if (i.amount !== undefined) amount = (amount ?? 0) + i.amount;
    lines.push({
      severity: first.severity,
      code: first.code,
      sheet: first.sheet,
      count: g.length,
      amount,
      message: g.length === 1 ? first.message : summaryOf(g.length, amount, first),
      first,
    });
  }
  // Most serious first; within a severity, the problem met first (stable sort).
  lines.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { needAction, notes: issues.length - needAction, lines };
}

function summaryOf(count: number, amount: Cents | null, first: Issue): LocalText {
  const n = count.toLocaleString('en-US');
  const yuan = amount === null ? null : formatYuan(amount);
  const known = REPEATED[first.code];
  if (known) return known(n, yuan);
  const sum = yuan ? msg('issue-digest.in-all', { yuan }) : '';
  return msg('issue-digest.alike-e-g', { n, sum, message: first.message });
}

/** The digest as `--json` gives it: messages in the chosen language, amounts in yuan, the first row to look at. */
export function issueDigestJson(issues: readonly Issue[], lang: Lang) {
  const d = digestIssues(issues);
  return {
    lang,
    needAction: d.needAction,
    notes: d.notes,
    lines: d.lines.map((l) => ({
      severity: l.severity,
      code: l.code,
      sheet: l.sheet,
      count: l.count,
      amount: l.amount === null ? null : l.amount / 100,
      message: l.message[lang],
      firstRow: l.first.row,
    })),
  };
}
