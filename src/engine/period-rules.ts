/**
 * What changes when the period is a week or a range of days rather than a
 * month (docs/rules.md, "Periods"): such a run is an assessment, and every
 * chat row must carry a date to be placed in it.
 */
import type { LocalText } from './model';
import type { Period, PeriodKind } from './dates';
import { ACTION, IssueLog } from './issues';
import type { Table } from './sheets/table';
import { msg } from './messages';

/** The accepted forms, for messages. */
export const PERIOD_FORMS: LocalText = msg('period-rules.yyyy-mm-a-month-e');

/** How a run of periods is counted in flags ("3 failed weeks in a row"). */
export const PERIOD_UNIT: Record<PeriodKind, LocalText> = {
  month: msg('period-rules.periodUnit.month'),
  week: msg('period-rules.periodUnit.week'),
  range: msg('period-rules.periodUnit.range'),
};

/** A week or a range is an assessment: scorecard and ranking, no pay outputs, unless the plan pays it (`period.pay`). */
export function isAssessment(kind: PeriodKind, periodPay = false): boolean {
  return kind !== 'month' && !periodPay;
}

/**
 * A chat sheet without a date column holds a whole month (or some span we
 * cannot know): it cannot be cut into a week or a range, so it stops the run
 * rather than be guessed at.
 */
export function chatServesPeriod(table: Table, period: Period, log: IssueLog): boolean {
  if (period.kind === 'month' || table.has('date')) return true;
  log.at(
    'fatal',
    'chat-no-date-for-period',
    { sheet: table.sheet.name, row: table.headerIndex + 1, column: '日期' },
    null,
    msg('chat-no-date-for-period', { name: table.sheet.name, key: period.key }),
    ACTION.stopped,
  );
  return false;
}

/** A chat row with a blank date cannot be placed in a week or range either. */
export const UNDATED_CHAT_ROW: { message: (period: string) => LocalText; action: LocalText } = {
  message: (period) => msg('period-rules.chat-row-has-no-date', { period }),
  action: ACTION.skipped,
};
