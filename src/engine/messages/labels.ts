/**
 * Domain labels, defined once: roles, levels, statuses, grades, severities,
 * input sheet kinds and output sheet titles. The output sheets, the pane, the
 * CLI, the messages and the demo all read them from here, so a word cannot
 * drift between the Issues sheet and the pane.
 */
import type { Grade } from '../formulas';
import type { InputKind, Lang, Level, LocalText, Role, Severity } from '../model';

export const ROLE_TEXT: Record<Role, LocalText> = {
  presales: { zh: '售前', en: 'Presales' },
  insales: { zh: '售中', en: 'In-sales' },
  aftersales: { zh: '售后', en: 'Aftersales' },
};
export const LEVEL_TEXT: Record<Level, LocalText> = {
  junior: { zh: '初级', en: 'Junior' },
  intermediate: { zh: '中级', en: 'Intermediate' },
  senior: { zh: '高级', en: 'Senior' },
  expert: { zh: '资深', en: 'Expert' },
};
export const STATUS_TEXT = { probation: { zh: '试用', en: 'Probation' }, regular: { zh: '正式', en: 'Regular' } } as const;
export const GRADE_TEXT: Record<Grade, LocalText> = {
  金牌: { zh: '金牌', en: 'Gold' },
  银牌: { zh: '银牌', en: 'Silver' },
  铜牌: { zh: '铜牌', en: 'Bronze' },
  不达标: { zh: '不达标', en: 'Fail' },
};
/** The Severity column of the Issues sheet and the pane's issue list. */
export const SEVERITY_TEXT: Record<Severity, LocalText> = {
  fatal: { zh: '无法生成', en: 'Fatal' },
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Info' },
};
/** What each input sheet is, as the Audit sheet, the pane and the messages name it. */
export const INPUT_KIND_TEXT: Record<InputKind, LocalText> = {
  roster: { zh: '花名册', en: 'Roster' },
  orders: { zh: '订单', en: 'Orders' },
  chat: { zh: '聊天统计', en: 'Chat stats' },
  qa: { zh: '质检', en: 'QA' },
  adjustments: { zh: '奖惩', en: 'Adjustments' },
  targets: { zh: '目标', en: 'Targets' },
  plan: { zh: '方案', en: 'Plan' },
  disputes: { zh: '申诉', en: 'Disputes' },
  ratings: { zh: '评分', en: 'Ratings' },
  consultations: { zh: '接待记录', en: 'Consultations' },
  history: { zh: '往期绩效', en: 'Earlier scorecard' },
};
/** Output sheet names, stable across runs so finance's lookups keep working. */
export const SHEET_TITLES = {
  scorecard: { zh: '绩效', en: 'Scorecard' },
  payroll: { zh: '工资表', en: 'Payroll' },
  statements: { zh: '工资条', en: 'Statements' },
  issues: { zh: '数据问题', en: 'Issues' },
  audit: { zh: '审计', en: 'Audit' },
} as const;

/** A label table read in one language (the pane's string tables). */
export function labelsIn<K extends string>(table: Record<K, LocalText>, lang: Lang): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(table) as K[]) out[k] = table[k][lang];
  return out;
}

/** A label inside an English sentence: "for presales", but "QA" stays "QA". */
export function inSentence(label: LocalText): LocalText {
  const en = /^[A-Z][a-z]/.test(label.en) ? label.en[0].toLowerCase() + label.en.slice(1) : label.en;
  return { zh: label.zh, en };
}
