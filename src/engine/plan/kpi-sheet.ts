/** The KPI table as the Plan sheet and the Audit show it, in the manager's language. */
import type { Cell } from '../cell';
import type { Lang } from '../model';
import { LEVELS, ROLES } from '../model';
import { ELEMENT_KEYS, KpiDef, kpiMeasure, MeasureUnit } from './kpis';
import { KPI_COLUMNS } from './kpi-table';
import { msg, phrase } from '../messages';

export function kpiHeaderRow(lang: Lang): Cell[] {
  return KPI_COLUMNS.map((c) => c.header[lang]);
}

function formatTarget(v: number | null | undefined, unit: MeasureUnit): Cell {
  if (v === null || v === undefined) return null;
  return unit === 'percent' ? `${+(v * 100).toPrecision(10)}%` : v;
}

/** The measure as the 度量 cell writes it: the measure's name, or 评分:<item> / rating:<item>. */
export function measureText(def: KpiDef, lang: Lang): string {
  const m = kpiMeasure(def);
  return m.kind === 'measure' ? m.def.label[lang] : msg('measure.rating', { item: m.item })[lang];
}

export function directionText(def: KpiDef, lang: Lang): string {
  return phrase(def.lowerIsBetter ? 'kpi.direction.lower' : 'kpi.direction.higher', lang);
}

/** One KPI as a row of the KPI table, columns in KPI_COLUMNS order. */
export function kpiRow(def: KpiDef, lang: Lang): Cell[] {
  const m = kpiMeasure(def);
  const unit: MeasureUnit = m.kind === 'measure' ? m.def.unit : 'number';
  return [
    def.key,
    def.name[lang],
    measureText(def, lang),
    directionText(def, lang),
    formatTarget(def.target, unit),
    ...LEVELS.map((l) => formatTarget(def.targetByLevel[l], unit)),
    ...ROLES.map((r) => def.weights[r]),
    def.cap,
    def.bandsText || null,
    ...ELEMENT_KEYS.map((e) => def.elements[e][lang]),
  ];
}
