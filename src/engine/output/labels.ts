import type { Lang, LocalText } from '../model';
import { SHEET_TITLES } from '../messages/labels';
import type { Grade } from '../formulas';
import { periodSheetKey } from '../dates';

// The labels live in the message catalog's folder; the output sheets import them from here as before.
export {
  ROLE_TEXT,
  LEVEL_TEXT,
  STATUS_TEXT,
  GRADE_TEXT,
  SEVERITY_TEXT,
  SHEET_TITLES,
  INPUT_KIND_TEXT,
} from '../messages/labels';

export const GRADE_COLORS: Record<Grade, string> = {
  金牌: '#FFD966',
  银牌: '#D9D9D9',
  铜牌: '#F4B183',
  不达标: '#FF9999',
};

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
  for (const lang of ['zh', 'en'] as Lang[])
    for (const kind of Object.keys(SHEET_TITLES) as (keyof typeof SHEET_TITLES)[])
      names.push(sheetName(kind, period, lang));
  return names;
}

export const t = (x: LocalText, lang: Lang) => x[lang];
