import type { Cell, SheetData } from '../cell';
import type { Lang } from '../model';
import { defaultPlan, Plan } from './defaults';
import { PLAN_KEYS, formatPlanValue } from './catalog';

/** The Plan (方案) sheet holding the defaults, for the manager to edit. */
export function defaultPlanSheet(lang: Lang): SheetData {
  return planSheet(defaultPlan(), lang);
}

export function planSheet(plan: Plan, lang: Lang): SheetData {
  const header: Cell[] = lang === 'zh' ? ['键', '值', '说明'] : ['Key', 'Value', 'Description'];
  const rows: Cell[][] = [header];
  for (const k of PLAN_KEYS) rows.push([k.key, formatPlanValue(k, k.get(plan)), k.label[lang]]);
  return { name: lang === 'zh' ? '方案' : 'Plan', rows };
}
