import type { Cell, SheetData } from '../cell';
import type { Lang } from '../model';
import { defaultPlan, Plan } from './defaults';
import { PLAN_KEYS, formatPlanValue } from './catalog';
import { kpiHeaderRow, kpiRow } from './kpi-sheet';
import { phrase } from '../messages';
import { INPUT_KIND_TEXT } from '../messages/labels';

/** The Plan (方案) sheet holding the defaults, for the manager to edit. */
export function defaultPlanSheet(lang: Lang): SheetData {
  return planSheet(defaultPlan(), lang);
}

/**
 * Key/value rows for every number of the plan, then a blank row, then the KPI
 * table with its own header row (weights and targets live there, so their
 * key/value forms are not written).
 */
export function planSheet(plan: Plan, lang: Lang): SheetData {
  const header: Cell[] = [
    phrase('plan-sheet.header.key', lang),
    phrase('plan-sheet.header.value', lang),
    phrase('plan-sheet.header.description', lang),
  ];
  const rows: Cell[][] = [header];
  for (const k of PLAN_KEYS) if (!k.kpiKey) rows.push([k.key, formatPlanValue(k, k.get(plan)), k.label[lang]]);
  rows.push([null, null, phrase('plan-sheet.kpi-table-note', lang)]);
  rows.push(kpiHeaderRow(lang));
  for (const d of plan.kpis) rows.push(kpiRow(d, lang));
  return { name: INPUT_KIND_TEXT.plan[lang], rows };
}
