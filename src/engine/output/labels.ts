import type { Lang, LocalText, Role, Level, Severity } from '../model';
import type { Grade } from '../formulas';
import { periodSheetKey } from '../dates';

export const ROLE_TEXT: Record<Role, LocalText> = { presales: { zh: '售前', en: 'Presales' }, insales: { zh: '售中', en: 'In-sales' }, aftersales: { zh: '售后', en: 'Aftersales' } };
export const LEVEL_TEXT: Record<Level, LocalText> = { junior: { zh: '初级', en: 'Junior' }, intermediate: { zh: '中级', en: 'Intermediate' }, senior: { zh: '高级', en: 'Senior' }, expert: { zh: '资深', en: 'Expert' } };
export const STATUS_TEXT = { probation: { zh: '试用', en: 'Probation' }, regular: { zh: '正式', en: 'Regular' } } as const;
export const GRADE_TEXT: Record<Grade, LocalText> = { 金牌: { zh: '金牌', en: 'Gold' }, 银牌: { zh: '银牌', en: 'Silver' }, 铜牌: { zh: '铜牌', en: 'Bronze' }, 不达标: { zh: '不达标', en: 'Fail' } };
export const SEVERITY_TEXT: Record<Severity, LocalText> = { fatal: { zh: '无法生成', en: 'Fatal' }, error: { zh: '错误', en: 'Error' }, warning: { zh: '警告', en: 'Warning' }, info: { zh: '提示', en: 'Info' } };

export const GRADE_COLORS: Record<Grade, string> = { 金牌: '#FFD966', 银牌: '#D9D9D9', 铜牌: '#F4B183', 不达标: '#FF9999' };

/** Output sheet names, stable across runs so finance's lookups keep working. */
export const SHEET_TITLES = {
  scorecard: { zh: '绩效', en: 'Scorecard' },
  payroll: { zh: '工资表', en: 'Payroll' },
  statements: { zh: '工资条', en: 'Statements' },
  issues: { zh: '数据问题', en: 'Issues' },
  audit: { zh: '审计', en: 'Audit' },
} as const;

export function sheetName(kind: keyof typeof SHEET_TITLES, period: string, lang: Lang): string {
  return `${SHEET_TITLES[kind][lang]} ${periodSheetKey(period)}`;
}

/** The period inside an Excel table name (letters, digits and _ only). */
export function tableKey(period: string): string {
  return periodSheetKey(period).replace(/[^A-Za-z0-9]/g, '_');
}

/** Every output sheet name of a period in both languages: what regeneration replaces. */
export function outputSheetNames(period: string): string[] {
  const names: string[] = [];
  for (const lang of ['zh', 'en'] as Lang[]) for (const kind of Object.keys(SHEET_TITLES) as (keyof typeof SHEET_TITLES)[]) names.push(sheetName(kind, period, lang));
  return names;
}

export const t = (x: LocalText, lang: Lang) => x[lang];
