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

const measure = (key: string, zh: string, en: string, unit: MeasureUnit, lowerIsBetter: boolean, value: (m: Measures) => number | null, aliases: string[] = []): MeasureDef =>
  ({ key, label: { zh, en }, unit, lowerIsBetter, aliases: [key, zh, en, ...aliases], value });

export const MEASURES: MeasureDef[] = [
  measure('sales', '客服销售额', 'sales', 'money', false, (m) => m.sales / 100, ['销售额']),
  measure('conversion', '询单转化率', 'conversion', 'percent', false, (m) => m.conversion, ['转化率']),
  measure('aov', '客单价', 'AOV', 'money', false, (m) => m.aov),
  measure('upt', '客件数', 'UPT', 'number', false, (m) => m.upt, ['units per transaction']),
  measure('replyRate', '回复率', 'reply rate', 'percent', false, (m) => m.replyRate),
  measure('avgResponse', '平均响应(秒)', 'avg response (s)', 'seconds', true, (m) => m.avgResponseSec, ['平均响应', '平均响应时间', 'avg response']),
  measure('firstResponse', '首次响应(秒)', 'first response (s)', 'seconds', true, (m) => m.firstResponseSec ?? null, ['首次响应', '首次响应时间', 'first response']),
  measure('satisfaction', '满意率', 'satisfaction', 'percent', false, (m) => m.satisfaction, ['满意度']),
  measure('refundRate', '退款率', 'refund rate', 'percent', true, (m) => m.refundRate),
  measure('answerRatio', '答问比', 'answer ratio', 'number', false, (m) => m.answerRatio ?? null),
  measure('units', '销售量', 'units', 'number', false, (m) => m.units, ['件数', '销售件数']),
  measure('buyers', '销售人数', 'buyers', 'number', false, (m) => m.buyers, ['买家数', '成交人数']),
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
  definition: msg('plan.kpis.elementLabel.definition'),
  standard: msg('plan.kpis.elementLabel.standard'),
  source: msg('plan.kpis.elementLabel.source'),
  evaluator: msg('plan.kpis.elementLabel.evaluator'),
  goal: msg('plan.kpis.elementLabel.goal'),
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

const T = (zh: string, en: string): LocalText => ({ zh, en });
const W = (presales: number, insales: number, aftersales: number): Record<Role, number> => ({ presales, insales, aftersales });

function builtin(key: BuiltinKpiKey, name: LocalText, target: number | null, weights: Record<Role, number>, elements: KpiElements, targetByLevel: Partial<Record<Level, number>> = {}): KpiDef {
  return { key, name, measure: key, lowerIsBetter: key === 'avgResponse', target, targetByLevel, weights, cap: null, bands: null, bandsText: '', elements };
}

/** The six KPIs of the default plan (docs/rules.md: Plan defaults), each with its five elements. */
export function defaultKpis(): KpiDef[] {
  return [
    builtin('sales', T('客服销售额', 'sales'), null, W(30, 20, 0), {
      definition: T('本月归属该客服的订单净销售额（实付 − 邮费 − 退款）', 'net sales of the orders credited to the agent this period (paid − postage − refund)'),
      standard: T('得分 = min(实际 / 目标, 1.2) × 100', 'score = min(actual / target, 1.2) × 100'),
      source: T('订单报表（指定客服列或商家备忘中的工号）', 'order report (agent column or 工号 in the memo)'),
      evaluator: T('客服主管', 'CS supervisor'),
      goal: T('按级别：初级 60,000 / 中级 90,000 / 高级 120,000 / 资深 150,000 元', 'by level: junior 60,000 / intermediate 90,000 / senior 120,000 / expert 150,000 yuan'),
    }, { junior: 60000, intermediate: 90000, senior: 120000, expert: 150000 }),
    builtin('conversion', T('询单转化率', 'conversion'), 0.5, W(30, 20, 0), {
      definition: T('询单最终付款人数 / 询单人数', 'paid buyers / inquiries'),
      standard: T('得分 = min(实际 / 目标, 1.2) × 100', 'score = min(actual / target, 1.2) × 100'),
      source: T('聊天统计（千牛 / 赤兔）', 'chat statistics (千牛 / 赤兔)'),
      evaluator: T('客服主管', 'CS supervisor'),
      goal: T('50%', '50%'),
    }),
    builtin('aov', T('客单价', 'AOV'), 150, W(10, 10, 0), {
      definition: T('客服销售额 / 销售人数', 'sales / distinct buyers'),
      standard: T('得分 = min(实际 / 目标, 1.2) × 100', 'score = min(actual / target, 1.2) × 100'),
      source: T('订单报表', 'order report'),
      evaluator: T('客服主管', 'CS supervisor'),
      goal: T('150 元', '150 yuan'),
    }),
    builtin('replyRate', T('回复率', 'reply rate'), 0.98, W(10, 15, 25), {
      definition: T('(接待人数 − 未回复人数) / 接待人数', '(received − unreplied) / received'),
      standard: T('得分 = min(实际 / 目标, 1.2) × 100', 'score = min(actual / target, 1.2) × 100'),
      source: T('聊天统计（千牛 / 赤兔）', 'chat statistics (千牛 / 赤兔)'),
      evaluator: T('客服主管', 'CS supervisor'),
      goal: T('98%', '98%'),
    }),
    builtin('avgResponse', T('平均响应(秒)', 'avg response (s)'), 30, W(10, 15, 25), {
      definition: T('平均响应时间（秒），按接待人数加权', 'average response time in seconds, weighted by buyers received'),
      standard: T('越低越好：得分 = min(目标 / 实际, 1.2) × 100', 'lower is better: score = min(target / actual, 1.2) × 100'),
      source: T('聊天统计（千牛 / 赤兔）', 'chat statistics (千牛 / 赤兔)'),
      evaluator: T('客服主管', 'CS supervisor'),
      goal: T('30 秒以内', '30 seconds or less'),
    }),
    builtin('satisfaction', T('满意率', 'satisfaction'), 0.95, W(10, 20, 50), {
      definition: T('(很满意 + 满意) / 全部评价', '(very satisfied + satisfied) / all evaluations'),
      standard: T('得分 = min(实际 / 目标, 1.2) × 100', 'score = min(actual / target, 1.2) × 100'),
      source: T('聊天统计（评价数据）', 'chat statistics (evaluations)'),
      evaluator: T('客服主管', 'CS supervisor'),
      goal: T('95%', '95%'),
    }),
  ];
}

/** Σ weights of a role over the plan's KPIs. */
export function roleWeightSum(kpis: KpiDef[], role: Role): number {
  return kpis.reduce((s, k) => s + k.weights[role], 0);
}
