import type { AgentResolver } from '../agents';
import type { Agent, LocalText, Severity } from '../model';
import { ACTION, IssueLog } from '../issues';
import { parseDate, inPeriod, Period, formatSerial } from '../dates';
import { cellText } from '../text';
import type { Cell } from '../cell';
import { Table } from '../sheets/table';
import { joined, msg } from '../messages';
import type { MessageCode, MessageParams } from '../messages';
import { logCoded } from './coded-issues';

/** A row of a per-agent sheet (QA, adjustments) that names a roster agent and falls in the period. */
export interface AgentRow {
  agent: Agent;
  index: number;
  row: Cell[];
  date: string | null;
  serial: number | null;
  /** Logs a problem in one of this row's cells, for this row's agent, under a catalog code. */
  flag: CellFlag;
}

export type CellFlag = <K extends MessageCode>(
  severity: Severity,
  code: K,
  column: string,
  value: unknown,
  params: MessageParams<K>,
  action: LocalText,
) => void;

function cellFlag(t: Table, log: IssueLog, index: number, agentId: string): CellFlag {
  return (severity, code, column, value, params, action) =>
    logCoded(log, severity, code, t.where(index, column), value, params, action, agentId);
}

/**
 * `what` is the sheet's kind label (INPUT_KIND_TEXT), named in the messages.
 * Rows of QA / adjustment sheets: resolve the agent (工号, account or name),
 * keep rows dated in the period, report the rest once. Undated rows count in
 * a month (the sheet is that month's) but not in a week or range.
 */
export function agentRows(
  t: Table,
  period: Period,
  agents: AgentResolver,
  employed: ReadonlySet<string>,
  log: IssueLog,
  what: LocalText,
): AgentRow[] {
  const out: AgentRow[] = [];
  let outside = 0;
  // A month's sheet may leave the date out; a week or range cannot place such a row, so it is left out, never guessed.
  const needsDate = period.kind !== 'month';
  let undated = 0;
  for (const { index, row } of t.rows()) {
    const ref = {
      agentId: cellText(t.get(row, 'agentId')),
      account: cellText(t.get(row, 'account')),
      name: cellText(t.get(row, 'name')),
    };
    const refKey = ref.agentId ? 'agentId' : ref.account ? 'account' : 'name';
    const refText = ref.agentId || ref.account || ref.name;
    const agent = agents.resolveRef(ref);
    if (!agent || !employed.has(agent.agentId)) {
      // 001 for roster 1 and 01: on the roster, but as two people.
      const ambiguous = !agent && ref.agentId ? agents.idsWrittenAlike(ref.agentId) : null;
      log.at(
        'warning',
        ambiguous ? 'ambiguous-agent' : 'unknown-agent',
        t.where(index, refKey),
        refText,
        ambiguous
          ? msg('ambiguous-agent', { what, refText, ids: joined(ambiguous) })
          : refText
            ? msg('unknown-agent', { what, refText })
            : msg('unknown-agent.no-agent', { what }),
        ACTION.skipped,
      );
      continue;
    }
    const flag = cellFlag(t, log, index, agent.agentId);
    let serial: number | null = null;
    if (t.has('date')) {
      const d = parseDate(t.get(row, 'date'));
      if (d.kind === 'invalid') {
        flag('error', 'bad-date', 'date', d.text, { what, value: d.text }, ACTION.skipped);
        continue;
      }
      if (d.kind === 'value') {
        if (!inPeriod(d.value, period)) {
          outside++;
          continue;
        }
        serial = d.value;
      }
    }
    if (serial === null && needsDate) {
      undated++;
      continue;
    }
    out.push({ agent, index, row, date: serial === null ? null : formatSerial(serial), serial, flag });
  }
  if (outside > 0)
    log.at(
      'info',
      'rows-outside-period',
      { sheet: t.sheet.name },
      null,
      msg('rows-outside-period', { what, outside, key: period.key }),
      msg(period.kind === 'month' ? 'rows-outside-period.action' : 'rows-outside-period.action-period'),
    );
  if (undated > 0)
    log.at(
      'warning',
      'undated-rows-for-period',
      { sheet: t.sheet.name, column: '日期' },
      null,
      msg('undated-rows-for-period', { what, undated, key: period.key }),
      msg('undated-rows-for-period.action'),
    );
  return out;
}
