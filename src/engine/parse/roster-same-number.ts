/**
 * Two digit-only 工号 of one number (1 and 01, 7 and 007). Memos and the other sheets name a digit-only 工号 by
 * its number, as Excel keeps 001 as 1 (see MemoIds.match); with two of one number only each exact spelling
 * still names its agent, and any other form names neither. Without this the roster problem shows only on the
 * orders that happen to write such a form, as warnings about those orders: said once here, at the roster.
 */
import type { IssueLog } from '../issues';
import type { Agent } from '../model';
import type { Table } from '../sheets/table';
import { withoutLeadingZeros } from '../memo-digits';
import { joinedText, joinedWithOr, msg } from '../messages';

/** One warning per number that two or more roster 工号 are, at the 工号 cell of the second of them. */
export function reportSameNumberIds(table: Table, agents: readonly Agent[], log: IssueLog): void {
  const byNumber = new Map<string, Agent[]>();
  for (const a of agents) {
    if (!/^\d+$/.test(a.agentId)) continue;
    const number = withoutLeadingZeros(a.agentId);
    const same = byNumber.get(number);
    if (same) same.push(a);
    else byNumber.set(number, [a]);
  }
  for (const [number, same] of byNumber) {
    if (same.length < 2) continue;
    const ids = same.map((a) => a.agentId);
    const message = msg('roster-same-number-ids', {
      sheet: table.sheet.name,
      column: table.columnLabel('agentId') ?? '',
      list: joinedText(same.map((a) => msg('roster-same-number-ids.entry', { agentId: a.agentId, row: a.row }))),
      number,
      exact: joinedWithOr(ids),
      other: anotherForm(number, ids),
    });
    const second = same[1];
    table
      .reportAt(log, second.row - 1)
      .warning('roster-same-number-ids', 'agentId', second.agentId, message, msg('roster-same-number-ids.action'));
  }
}

/** The shortest spelling of `number` that none of `ids` is (001 for 1 and 01, 07 for 7 and 007). */
function anotherForm(number: string, ids: readonly string[]): string {
  let form = number;
  while (ids.includes(form)) form = `0${form}`;
  return form;
}
