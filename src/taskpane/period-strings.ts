/** The pane's strings for periods and trends, in Chinese and English (kept beside i18n.ts to keep that file's edits small). */
import type { Lang } from '../engine';
import type { PeriodMode } from './period';

export interface PeriodStrings {
  label: string;
  modeLabel: string;
  mode: Record<PeriodMode, string>;
  hint: Record<PeriodMode, string>;
  invalid: Record<PeriodMode, string>;
  placeholder: Record<PeriodMode, string>;
  prev: Record<PeriodMode, string>;
  next: Record<PeriodMode, string>;
  assessmentNote: string;
  trendTitle: string;
  shopSales: string;
  conversion: string;
  scoresTitle: (role: string) => string;
  roleLabel: string;
  score: string;
  noTrend: string;
}

const zh: PeriodStrings = {
  label: '考核期间',
  modeLabel: '期间类型',
  mode: { month: '月', week: '周', range: '日期范围' },
  hint: { month: '格式：YYYY-MM，例如 2026-10', week: 'ISO 周，周一至周日，例如 2026-W43', range: '起止日期都包含，例如 2026-10-01..2026-10-15' },
  invalid: {
    month: '请输入正确的月份，格式为 YYYY-MM（例如 2026-10）',
    week: '请输入正确的 ISO 周，格式为 YYYY-Www（例如 2026-W43）',
    range: '请输入日期范围，格式为 YYYY-MM-DD..YYYY-MM-DD（起始不晚于结束，最长 366 天）',
  },
  placeholder: { month: '2026-10', week: '2026-W43', range: '2026-10-01..2026-10-15' },
  prev: { month: '上个月', week: '上一周', range: '上一段' },
  next: { month: '下个月', week: '下一周', range: '下一段' },
  assessmentNote: '按周或日期范围只做考核（绩效、排名），不生成工资表和工资条；如需按周发放，在方案表中把 period.pay 设为“是”。',
  trendTitle: '店铺趋势',
  shopSales: '销售额（元）',
  conversion: '询单转化率',
  scoresTitle: (role) => `${role}总分`,
  roleLabel: '岗位',
  score: '总分',
  noTrend: '工作簿中还没有往期绩效表，趋势从下一期开始显示。',
};

const en: PeriodStrings = {
  label: 'Period',
  modeLabel: 'Kind of period',
  mode: { month: 'Month', week: 'Week', range: 'Date range' },
  hint: { month: 'Format YYYY-MM, e.g. 2026-10', week: 'ISO week, Monday to Sunday, e.g. 2026-W43', range: 'Both days included, e.g. 2026-10-01..2026-10-15' },
  invalid: {
    month: 'Enter a month as YYYY-MM (e.g. 2026-10)',
    week: 'Enter an ISO week as YYYY-Www (e.g. 2026-W43)',
    range: 'Enter a range as YYYY-MM-DD..YYYY-MM-DD (start not after end, at most 366 days)',
  },
  placeholder: { month: '2026-10', week: '2026-W43', range: '2026-10-01..2026-10-15' },
  prev: { month: 'Previous month', week: 'Previous week', range: 'Previous range' },
  next: { month: 'Next month', week: 'Next week', range: 'Next range' },
  assessmentNote: 'A week or a date range is an assessment (scorecard, ranking): no payroll or pay slips. To pay weeks, set period.pay to yes in the Plan sheet.',
  trendTitle: 'Shop trend',
  shopSales: 'Sales (¥)',
  conversion: 'Conversion',
  scoresTitle: (role) => `${role} scores`,
  roleLabel: 'Role',
  score: 'Score',
  noTrend: 'No earlier scorecards in the workbook yet: the trend starts with the next period.',
};

export function periodStrings(lang: Lang): PeriodStrings {
  return lang === 'zh' ? zh : en;
}
