import type { Cell, SheetData } from '../cell';
import type { Lang } from '../model';
import { defaultPlan, Plan } from './defaults';
import { PLAN_KEYS, formatPlanValue } from './catalog';
import { kpiHeaderRow, kpiRow } from './kpi-sheet';

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
  const header: Cell[] = lang === 'zh' ? ['键', '值', '说明'] : ['Key', 'Value', 'Description'];
  const rows: Cell[][] = [header];
  for (const k of PLAN_KEYS) if (!k.kpiKey) rows.push([k.key, formatPlanValue(k, k.get(plan)), k.label[lang]]);
  rows.push([null, null, lang === 'zh'
    ? '考核指标表（下方）：每行一个指标。度量可为任一系统指标，或“评分:项目名”（取自评分表）；权重按岗位，合计应为 100；有评分分段时按分段计分，否则按 实际/目标。'
    : 'KPI table (below): one KPI per row. Measure: any engine measure, or "rating:<item>" from the Ratings sheet; weights per role should sum to 100; with bands a KPI is scored by band, else actual vs target.']);
  rows.push(kpiHeaderRow(lang));
  for (const d of plan.kpis) rows.push(kpiRow(d, lang));
  return { name: lang === 'zh' ? '方案' : 'Plan', rows };
}
