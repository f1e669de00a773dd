/**
 * Most issues the readers log read the catalog text under their own code; these helpers take the code once,
 * so a reader says what went wrong and where in one line.
 */
import type { IssueLog, Where } from '../issues';
import type { LocalText, Severity } from '../model';
import type { Table } from '../sheets/table';
import { msg } from '../messages';
import type { MessageCode, MessageParam, MessageParams } from '../messages';

/** `msg` with the params as one argument: the callers' generic code cannot pick msg's argument list. */
const codedText = msg as (code: MessageCode, params?: Record<string, MessageParam>) => LocalText;

/** An issue whose message is the catalog text under the issue's own code, filled with `params`. */
export function logCoded<K extends MessageCode>(
  log: IssueLog,
  severity: Severity,
  code: K,
  where: Where,
  value: unknown,
  params: MessageParams<K>,
  action: LocalText,
  agentId?: string,
): void {
  log.at(severity, code, where, value, codedText(code, params), action, agentId);
}

/** Said once about a whole sheet (a column it lacks), at its header row; the message names the sheet. */
export function logSheetNote(
  log: IssueLog,
  t: Table,
  code: 'chat-no-conversion' | 'orders-no-buyer-column',
  action: LocalText,
): void {
  logCoded(log, 'info', code, { sheet: t.sheet.name, row: t.headerIndex + 1 }, null, { name: t.sheet.name }, action);
}
