/**
 * What changes when the period is a week or a range of days rather than a
 * month (docs/rules.md, "Periods"): such a run is an assessment, and every
 * chat row must carry a date to be placed in it.
 */
import type { LocalText } from './model';
import type { Period, PeriodKind } from './dates';
import { ACTION, IssueLog } from './issues';
import type { Table } from './sheets/table';

/** The accepted forms, for messages. */
export const PERIOD_FORMS: LocalText = {
  zh: 'YYYY-MM（月，例如 2026-10）、YYYY-Www（ISO 周，例如 2026-W43）或 YYYY-MM-DD..YYYY-MM-DD（日期范围）',
  en: 'YYYY-MM (a month, e.g. 2026-10), YYYY-Www (an ISO week, e.g. 2026-W43) or YYYY-MM-DD..YYYY-MM-DD (a range of days)',
};

/** How a run of periods is counted in flags ("3 failed weeks in a row"). */
export const PERIOD_UNIT: Record<PeriodKind, LocalText> = {
  month: { zh: '个月', en: 'months' },
  week: { zh: '周', en: 'weeks' },
  range: { zh: '期', en: 'periods' },
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
  log.at('fatal', 'chat-no-date-for-period', { sheet: table.sheet.name, row: table.headerIndex + 1, column: '日期' }, null,
    {
      zh: `工作表“${table.sheet.name}”没有“日期”列：无法知道哪些行属于 ${period.key}，按周或日期范围考核需要按天导出的聊天统计`,
      en: `Sheet "${table.sheet.name}" has no date (日期) column: its rows cannot be placed in ${period.key}; a weekly or date-range assessment needs chat stats exported per day`,
    },
    ACTION.stopped);
  return false;
}

/** A chat row with a blank date cannot be placed in a week or range either. */
export const UNDATED_CHAT_ROW: { message: (period: string) => LocalText; action: LocalText } = {
  message: (period) => ({ zh: `聊天统计行没有日期，无法判断是否属于 ${period}`, en: `Chat row has no date: cannot tell whether it belongs to ${period}` }),
  action: ACTION.skipped,
};
