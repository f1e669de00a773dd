/**
 * What changes when the period is a week or a range of days rather than a
 * month (docs/rules.md, "Periods"): such a run is an assessment, and every
 * chat row must carry a date to be placed in it.
 */
import type { LocalText } from './model';
import { MAX_RANGE_DAYS, periodFault, type Period, type PeriodKind } from './dates';
import { ACTION, IssueLog } from './issues';
import type { Table } from './sheets/table';
import { msg } from './messages';

/** The accepted forms, for messages. */
export const PERIOD_FORMS: LocalText = msg('period-rules.yyyy-mm-a-month-e');

/**
 * What is wrong with a period that has the right form but names no period (2025-W53: 2025 has 52 ISO weeks),
 * so the manager is not told to use the form they used; null when the form itself is wrong.
 */
export function periodFaultMessage(value: string): LocalText | null {
  const f = periodFault(value);
  if (!f) return null;
  switch (f.kind) {
    case 'week': {
      const last = `${f.year}-W${f.weeks}`;
      return msg('period-fault.week', { value, year: f.year, weeks: f.weeks, last });
    }
    case 'long':
      return msg('period-fault.long', { value, days: f.days, max: MAX_RANGE_DAYS });
    case 'month':
      return msg('period-fault.month', { value });
    case 'day':
      return msg('period-fault.day', { value });
    case 'reversed':
      return msg('period-fault.reversed', { value });
  }
}

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
