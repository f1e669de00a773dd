/**
 * The disputes still pending in a month's earlier output, read back from its Issues sheet, so
 * `cs-kpi lock` can list them before locking as the pane does (SPEC: pending ones are listed
 * before a month is locked). A row is one when its action is the dispute-pending action text.
 */
import type { SheetData } from '../cell';
import { issuesColumnIndex } from '../output/issues-sheet';
import { phrase } from '../messages';
import { findSheet } from './previous-run';

const MESSAGE_COLUMN = issuesColumnIndex('message');
const ACTION_COLUMN = issuesColumnIndex('action');

/** The message of each pending dispute in the period's Issues sheet (either language); [] when none or no sheet. */
export function pendingDisputesIn(sheets: SheetData[], period: string): string[] {
  const issues = findSheet(sheets, 'issues', period);
  if (!issues) return [];
  const actions = [phrase('dispute-pending.action', 'zh'), phrase('dispute-pending.action', 'en')];
  return issues.rows
    .slice(1)
    .filter((row) => actions.includes(String(row[ACTION_COLUMN] ?? '').trim()))
    .map((row) => String(row[MESSAGE_COLUMN] ?? '').trim());
}
