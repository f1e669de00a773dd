/**
 * KPIs as plan data: what a KPI measures, its direction, target(s), weight per
 * role, cap or bands, and the five elements of seed 000 (指标定义, 评价标准,
 * 信息来源, 绩效考核者, 绩效目标). The default plan is the six built-in KPIs.
 */
import type { BuiltinKpiKey, Level, LocalText, Measures, Role } from '../model';
import type { Band } from '../bands';
import { normalizeKey } from '../text';
import { msg } from '../messages';

export type MeasureUnit = 'money' | 'percent' | 'seconds' | 'number';

/** A measure the engine computes for every agent (docs/rules.md: Measures). */
export interface MeasureDef {
  key: string;
  label: LocalText;
  unit: MeasureUnit;
  lowerIsBetter: boolean;
  aliases: string[];
  value(m: Measures): number | null;
}

/** Words a KPI table's 度量 cell may use for a measure, besides its key and its label in either language. */
const MEASURE_ALIASES: Record<string, string[]> = {
  sales: ['销售额'],
  conversion: ['转化率'],
  upt: ['units per transaction'],
  avgResponse: ['平均响应', '平均响应时间', 'avg response'],
  firstResponse: ['首次响应', '首次响应时间', 'first response'],
  satisfaction: ['满意度'],
  units: ['件数', '销售件数'],
  buyers: ['买家数', '成交人数'],
};

const measure = (
  key: string,
  label: LocalText,
  unit: MeasureUnit,
  lowerIsBetter: boolean,
  value: (m: Measures) => number | null,
): MeasureDef => ({
  key,
  label,
  unit,
  lowerIsBetter,
  aliases: [key, label.zh, label.en, ...(MEASURE_ALIASES[key] ?? [])],
  value,
});

export const MEASURES: MeasureDef[] = [
  measure('sales', msg('measure.sales'), 'money', false, (m) => m.sales / 100),
  measure('conversion', msg('measure.conversion'), 'percent', false, (m) => m.conversion),
  measure('aov', msg('measure.aov'), 'money', false, (m) => m.aov),
  measure('upt', msg('measure.upt'), 'number', false, (m) => m.upt),
  measure('replyRate', msg('measure.replyRate'), 'percent', false, (m) => m.replyRate),
  measure('avgResponse', msg('measure.avgResponse'), 'seconds', true, (m) => m.avgResponseSec),
  measure('firstResponse', msg('measure.firstResponse'), 'seconds', true, (m) => m.firstResponseSec ?? null),
  measure('satisfaction', msg('measure.satisfaction'), 'percent', false, (m) => m.satisfaction),
  measure('refundRate', msg('measure.refundRate'), 'percent', true, (m) => m.refundRate),
  measure('answerRatio', msg('measure.answerRatio'), 'number', false, (m) => m.answerRatio ?? null),
  measure('units', msg('measure.units'), 'number', false, (m) => m.units),
  measure('buyers', msg('measure.buyers'), 'number', false, (m) => m.buyers),
];

/** A manual item from the 评分 / Ratings sheet is named "评分:主管评分" or "rating:主管评分". */
export const RATING_PREFIXES = ['评分', 'rating'];

export type MeasureRef = { kind: 'measure'; def: MeasureDef } | { kind: 'rating'; item: string };

/** Which measure a KPI table's 度量 cell names; null when it names none. */
export function measureOf(text: string): MeasureRef | null {
  const t = text.normalize('NFKC').trim();
  const m = /^(评分|rating)\s*[:：·]\s*(.+)$/i.exec(t);
  if (m) return { kind: 'rating', item: m[2].trim() };
  const k = normalizeKey(t);
  const def = MEASURES.find((d) => d.aliases.some((a) => normalizeKey(a) === k));
  return def ? { kind: 'measure', def } : null;
}

/** The key a rating item is matched on (the 评分 sheet's 项目 cell, or the KPI's measure). */
export function ratingItemKey(item: string): string {
  return normalizeKey(item.normalize('NFKC'));
}

export interface KpiElements {
  definition: LocalText; // 指标定义
  standard: LocalText; // 评价标准
  source: LocalText; // 信息来源
  evaluator: LocalText; // 绩效考核者
  goal: LocalText; // 绩效目标
}
export const ELEMENT_KEYS: (keyof KpiElements)[] = ['definition', 'standard', 'source', 'evaluator', 'goal'];
export const ELEMENT_LABEL: Record<keyof KpiElements, LocalText> = {
  definition: msg('kpi.element.definition'),
  standard: msg('kpi.element.standard'),
  source: msg('kpi.element.source'),
  evaluator: msg('kpi.element.evaluator'),
  goal: msg('kpi.element.goal'),
};

export interface KpiDef {
  key: string;
  name: LocalText;
  /** A MEASURES key, or "rating:<item>" for a manual item of the 评分 sheet. */
  measure: string;
  lowerIsBetter: boolean;
  /** Target for every level, unless targetByLevel names the level. */
  target: number | null;
  targetByLevel: Partial<Record<Level, number>>;
  weights: Record<Role, number>;
  /** Score cap as a ratio (1.2 = 120 points); null = the plan's score.cap. */
  cap: number | null;
  /** Score bands instead of value vs target; the text is kept as written. */
  bands: Band[] | null;
  bandsText: string;
  elements: KpiElements;
}

/** The measure a KPI uses, resolved (a rating item, or a MEASURES entry). */
export function kpiMeasure(def: KpiDef): MeasureRef {
  return measureOf(def.measure) ?? { kind: 'rating', item: def.measure };
}

/** Target for an agent's level: the level's own, else the KPI's, else none. */
export function levelTarget(def: KpiDef, level: Level): number | null {
  return def.targetByLevel[level] ?? def.target;
}

const W = (presales: number, insales: number, aftersales: number): Record<Role, number> => ({
  presales,
  insales,
  aftersales,
});

function builtin(
  key: BuiltinKpiKey,
  target: number | null,
  weights: Record<Role, number>,
  elements: KpiElements,
  targetByLevel: Partial<Record<Level, number>> = {},
): KpiDef {
  return {
    key,
    name: msg(`measure.${key}`),
    measure: key,
    lowerIsBetter: key === 'avgResponse',
    target,
    targetByLevel,
    weights,
    cap: null,
    bands: null,
    bandsText: '',
    elements,
  };
}

/** The six KPIs of the default plan (docs/rules.md: Plan defaults), each with its five elements. */
export function defaultKpis(): KpiDef[] {
  const ratio = msg('kpi.standard.ratio');
  const chat = msg('kpi.source.chat');
  const supervisor = msg('kpi.evaluator.supervisor');
  return [
    builtin(
      'sales',
      null,
      W(30, 20, 0),
      {
        definition: msg('kpi.sales.definition'),
        standard: ratio,
        source: msg('kpi.source.orders-credited'),
        evaluator: supervisor,
        goal: msg('kpi.sales.goal'),
      },
      { junior: 60000, intermediate: 90000, senior: 120000, expert: 150000 },
    ),
    builtin('conversion', 0.5, W(30, 20, 0), {
      definition: msg('kpi.conversion.definition'),
      standard: ratio,
      source: chat,
      evaluator: supervisor,
      goal: msg('kpi.conversion.goal'),
    }),
    builtin('aov', 150, W(10, 10, 0), {
      definition: msg('kpi.aov.definition'),
      standard: ratio,
      source: msg('kpi.source.orders'),
      evaluator: supervisor,
      goal: msg('kpi.aov.goal'),
    }),
    builtin('replyRate', 0.98, W(10, 15, 25), {
      definition: msg('kpi.replyRate.definition'),
      standard: ratio,
      source: chat,
      evaluator: supervisor,
      goal: msg('kpi.replyRate.goal'),
    }),
    builtin('avgResponse', 30, W(10, 15, 25), {
      definition: msg('kpi.avgResponse.definition'),
      standard: msg('kpi.standard.lower-is-better'),
      source: chat,
      evaluator: supervisor,
      goal: msg('kpi.avgResponse.goal'),
    }),
    builtin('satisfaction', 0.95, W(10, 20, 50), {
      definition: msg('kpi.satisfaction.definition'),
      standard: ratio,
      source: msg('kpi.source.evaluations'),
      evaluator: supervisor,
      goal: msg('kpi.satisfaction.goal'),
    }),
  ];
}

/** Σ weights of a role over the plan's KPIs. */
export function roleWeightSum(kpis: KpiDef[], role: Role): number {
  return kpis.reduce((s, k) => s + k.weights[role], 0);
}
