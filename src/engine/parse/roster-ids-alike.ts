/**
 * Two roster 工号 that memos and the other sheets cannot tell apart: digit-only ones of one number (1 and 01,
 * 7 and 007), named by their number as Excel keeps 001 as 1; or a prefix and digits written with and without a
 * separator (KF01 and KF-01), as `KF 01` names either (see MemoIds). Only each exact spelling still names its
 * agent; any other form names none. Without this the roster problem shows only on the rows that happen to
 * write such a form, as warnings about those rows: said once here, at the roster.
 */
import type { IssueLog } from '../issues';
import type { Agent } from '../model';
import type { Table } from '../sheets/table';
import { withoutLeadingZeros } from '../memo-digits';
import { prefixAndDigits, writtenAlikeKey } from '../memo-prefixed-ids';
import { joinedText, joinedWithOr, msg } from '../messages';

/** One warning per group of 工号 written alike, at the 工号 cell of the second of them. */
export function reportIdsAlike(table: Table, agents: readonly Agent[], log: IssueLog): void {
  const groups = new Map<string, Agent[]>();
  for (const a of agents) {
    const key = writtenAlikeKey(a.agentId);
    if (key === null) continue;
    const same = groups.get(key);
    if (same) same.push(a);
    else groups.set(key, [a]);
  }
  for (const same of groups.values()) {
    if (same.length < 2) continue;
    const ids = same.map((a) => a.agentId);
    const where = {
      sheet: table.sheet.name,
      column: table.columnLabel('agentId') ?? '',
      list: joinedText(same.map((a) => msg('roster-ids-alike.entry', { agentId: a.agentId, row: a.row }))),
      exact: joinedWithOr(ids),
    };
    const pair = prefixAndDigits(ids[0]);
    const code = pair ? 'roster-ids-written-alike' : 'roster-same-number-ids';
    const message = pair
      ? msg('roster-ids-written-alike', { ...where, other: otherSeparator(pair, ids) })
      : msg('roster-same-number-ids', { ...where, number: withoutLeadingZeros(ids[0]), other: moreZeros(ids) });
    const second = same[1];
    table
      .reportAt(log, second.row - 1)
      .warning(code, 'agentId', second.agentId, message, msg('roster-ids-alike.action'));
  }
}

/** The shortest spelling of their number that none of `ids` is (001 for 1 and 01, 07 for 7 and 007). */
function moreZeros(ids: readonly string[]): string {
  let form = withoutLeadingZeros(ids[0]);
  while (ids.includes(form)) form = `0${form}`;
  return form;
}

/** A spelling of the prefix and digits that none of `ids` is (KF 01 for KF01 and KF-01). */
function otherSeparator([letters, digits]: [string, string], ids: readonly string[]): string {
  const forms = [' ', '', '-', '_'].map((sep) => `${letters}${sep}${digits}`);
  return forms.find((f) => !ids.includes(f)) ?? forms[0];
}
