/**
 * The Plan keys a manager can set in the Plan (方案) sheet: one entry per
 * number of the plan (docs/rules.md: Plan defaults), with how to read and write it and a label in both
 * languages. The Plan sheet, the audit's "plan in force" and the defaults
 * all come from this one list.
 */
import type { LocalText, BuiltinKpiKey } from '../model';
import { KPI_KEYS, LEVELS, ROLES } from '../model';
import type { Grade } from '../formulas';
import type { Plan } from './defaults';
import type { KpiDef } from './kpis';
import type { RefundConventionSetting } from '../parse/refund-convention';
import { weekTargetKeys } from './week-targets';
import { GRADE_TEXT, inSentence, LEVEL_TEXT, ROLE_TEXT } from '../messages/labels';
import { msg } from '../messages';

export type ValueKind = 'number' | 'percent' | 'bool' | 'numberList' | 'percentList' | 'enum' | 'enumList';

export type PlanValue = number | boolean | string | number[] | string[];

export interface PlanKey {
  key: string;
  kind: ValueKind;
  label: LocalText;
  get(p: Plan): PlanValue;
  set(p: Plan, v: PlanValue): void;
  /** allowed values for enums and enum lists */
  values?: string[];
  /** other words a manager may write for a value (normalised, e.g. 下单判定 → created) */
  aliases?: Record<string, string>;
  /** non-negative numbers only (all but a few) */
  min?: number;
  /**
   * A weight or target of one built-in KPI: kept for Plan sheets written before
   * the KPI table, shown by the KPI table instead; it applies only while the
   * plan has that KPI.
   */
  kpiKey?: string;
}

export const KPI_LABEL: Record<BuiltinKpiKey, LocalText> = {
  sales: msg('plan.catalog.kpiLabel.sales'),
  conversion: msg('plan.catalog.kpiLabel.conversion'),
  aov: msg('plan.catalog.kpiLabel.aov'),
  replyRate: msg('plan.catalog.kpiLabel.replyRate'),
  avgResponse: msg('plan.catalog.kpiLabel.avgResponse'),
  satisfaction: msg('plan.catalog.kpiLabel.satisfaction'),
};
const GRADE_KEYS: [string, Grade, LocalText][] = [
  ['gold', '金牌', inSentence(GRADE_TEXT.金牌)],
  ['silver', '银牌', inSentence(GRADE_TEXT.银牌)],
  ['bronze', '铜牌', inSentence(GRADE_TEXT.铜牌)],
  ['fail', '不达标', inSentence(GRADE_TEXT.不达标)],
];

function num(key: string, zh: string, en: string, get: (p: Plan) => number, set: (p: Plan, v: number) => void, kind: ValueKind = 'number'): PlanKey {
  return { key, kind, label: { zh, en }, get, set: (p, v) => set(p, v as number), min: 0 };
}

/** A number of one KPI of the plan's KPI table, by the KPI's key (0 when the plan has no such KPI). */
function kpiNum(kpiKey: string, key: string, zh: string, en: string, get: (d: KpiDef) => number, set: (d: KpiDef, v: number) => void, kind: ValueKind = 'number'): PlanKey {
  const find = (p: Plan) => p.kpis.find((d) => d.key === kpiKey);
  return {
    key, kind, label: { zh, en }, min: 0, kpiKey,
    get: (p) => { const d = find(p); return d ? get(d) : 0; },
    set: (p, v) => { const d = find(p); if (d) set(d, v as number); },
  };
}

function build(): PlanKey[] {
  const keys: PlanKey[] = [];
  for (const role of ROLES) {
    for (const kpi of KPI_KEYS) {
      keys.push(kpiNum(kpi, `weight.${role}.${kpi}`, `权重：${ROLE_TEXT[role].zh}·${KPI_LABEL[kpi].zh}（%）`, `weight: ${inSentence(ROLE_TEXT[role]).en} · ${KPI_LABEL[kpi].en} (%)`, (d) => d.weights[role], (d, v) => (d.weights[role] = v)));
    }
  }
  for (const level of LEVELS) {
    keys.push(kpiNum('sales', `target.sales.${level}`, `目标：销售额·${LEVEL_TEXT[level].zh}（元）`, `target: sales · ${inSentence(LEVEL_TEXT[level]).en} (yuan)`, (d) => d.targetByLevel[level] ?? d.target ?? 0, (d, v) => (d.targetByLevel[level] = v)));
  }
  const target = (d: KpiDef) => d.target ?? 0;
  const setTarget = (d: KpiDef, v: number) => (d.target = v);
  keys.push(kpiNum('conversion', 'target.conversion', '目标：询单转化率', 'target: conversion', target, setTarget, 'percent'));
  keys.push(kpiNum('aov', 'target.aov', '目标：客单价（元）', 'target: AOV (yuan)', target, setTarget));
  keys.push(kpiNum('replyRate', 'target.replyRate', '目标：回复率', 'target: reply rate', target, setTarget, 'percent'));
  keys.push(kpiNum('avgResponse', 'target.avgResponse', '目标：平均响应（秒，越低越好）', 'target: avg response (s, lower is better)', target, setTarget));
  keys.push(kpiNum('satisfaction', 'target.satisfaction', '目标：满意率', 'target: satisfaction', target, setTarget, 'percent'));
  keys.push(...weekTargetKeys());
  keys.push(num('score.cap', '单项得分上限（倍数，1.2 = 120 分）', 'KPI score cap (ratio, 1.2 = 120 points)', (p) => p.scoreCap, (p, v) => (p.scoreCap = v)));
  keys.push(num('grade.gold', '金牌分数线', 'gold grade threshold', (p) => p.grades.gold, (p, v) => (p.grades.gold = v)));
  keys.push(num('grade.silver', '银牌分数线', 'silver grade threshold', (p) => p.grades.silver, (p, v) => (p.grades.silver = v)));
  keys.push(num('grade.bronze', '铜牌分数线', 'bronze grade threshold', (p) => p.grades.bronze, (p, v) => (p.grades.bronze = v)));
  for (const level of LEVELS) {
    keys.push(num(`pay.base.${level}`, `底薪·${LEVEL_TEXT[level].zh}（元）`, `base pay · ${inSentence(LEVEL_TEXT[level]).en} (yuan)`, (p) => p.basePay[level], (p, v) => (p.basePay[level] = v)));
  }
  keys.push(num('pay.probationRate', '试用期底薪比例', 'probation base-pay rate', (p) => p.probationRate, (p, v) => (p.probationRate = v), 'percent'));
  keys.push({ key: 'period.pay', kind: 'bool', label: msg('plan.catalog.label'), get: (p) => p.periodPay, set: (p, v) => (p.periodPay = v as boolean) });
  keys.push({ key: 'pay.prorate', kind: 'bool', label: msg('plan.pay.prorate'), get: (p) => p.prorate, set: (p, v) => (p.prorate = v as boolean) });
  for (const level of LEVELS) {
    keys.push(num(`pay.performance.${level}`, `绩效奖金基数·${LEVEL_TEXT[level].zh}（元）`, `performance bonus base · ${inSentence(LEVEL_TEXT[level]).en} (yuan)`, (p) => p.performanceBase[level], (p, v) => (p.performanceBase[level] = v)));
  }
  for (const [k, g, label] of GRADE_KEYS) {
    keys.push(num(`pay.gradeCoefficient.${k}`, `绩效系数·${label.zh}`, `performance coefficient · ${label.en}`, (p) => p.gradeCoefficient[g], (p, v) => (p.gradeCoefficient[g] = v)));
  }
  keys.push({ key: 'bonus.conversion.presalesOnly', kind: 'bool', label: msg('plan.bonus.conversion.presalesOnly'), get: (p) => p.conversionBonus.presalesOnly, set: (p, v) => (p.conversionBonus.presalesOnly = v as boolean) });
  keys.push(num('bonus.conversion.start', '转化奖金起点（转化率）', 'conversion bonus: starting conversion', (p) => p.conversionBonus.start, (p, v) => (p.conversionBonus.start = v), 'percent'));
  keys.push(num('bonus.conversion.startAmount', '转化奖金起点金额（元）', 'conversion bonus: amount at start (yuan)', (p) => p.conversionBonus.startAmount, (p, v) => (p.conversionBonus.startAmount = v)));
  keys.push(num('bonus.conversion.step', '转化奖金每档（百分点）', 'conversion bonus: step (percentage points)', (p) => p.conversionBonus.step, (p, v) => (p.conversionBonus.step = v), 'percent'));
  keys.push(num('bonus.conversion.stepAmount', '转化奖金每档金额（元）', 'conversion bonus: amount per step (yuan)', (p) => p.conversionBonus.stepAmount, (p, v) => (p.conversionBonus.stepAmount = v)));
  keys.push({ key: 'commission.bounds', kind: 'numberList', label: msg('plan.commission.bounds'), get: (p) => p.commission.bounds, set: (p, v) => (p.commission.bounds = v as number[]) });
  keys.push({ key: 'commission.rates', kind: 'percentList', label: msg('plan.commission.rates'), get: (p) => p.commission.rates, set: (p, v) => (p.commission.rates = v as number[]) });
  keys.push({ key: 'commission.mode', kind: 'enum', values: ['marginal', 'flat'], label: msg('plan.commission.mode'), get: (p) => p.commission.mode, set: (p, v) => (p.commission.mode = v as 'marginal' | 'flat') });
  keys.push(num('stars.amount', '每颗星奖金（元）', 'amount per star (yuan)', (p) => p.stars.amount, (p, v) => (p.stars.amount = v)));
  keys.push(num('stars.conversion.minInquiries', '转化率之星最少询单人数', 'conversion star: minimum inquiries', (p) => p.stars.conversionMinInquiries, (p, v) => (p.stars.conversionMinInquiries = v)));
  keys.push(num('stars.aov.minBuyers', '客单价之星最少销售人数', 'AOV star: minimum buyers', (p) => p.stars.aovMinBuyers, (p, v) => (p.stars.aovMinBuyers = v)));
  keys.push(num('stars.service.minEvaluations', '服务之星最少评价数', 'service star: minimum evaluations', (p) => p.stars.serviceMinEvaluations, (p, v) => (p.stars.serviceMinEvaluations = v)));
  keys.push({ key: 'pk.enabled', kind: 'bool', label: msg('plan.pk.enabled'), get: (p) => p.pk.enabled, set: (p, v) => (p.pk.enabled = v as boolean) });
  keys.push({ key: 'pk.amounts', kind: 'numberList', label: msg('plan.pk.amounts'), get: (p) => p.pk.amounts, set: (p, v) => (p.pk.amounts = v as number[]) });
  keys.push({ key: 'violation.fines', kind: 'numberList', label: msg('plan.violation.fines'), get: (p) => p.violations.fines, set: (p, v) => (p.violations.fines = v as number[]) });
  keys.push(num('violation.dismissalAt', '第几次违规起标记开除审查', 'violation count that flags dismissal review', (p) => p.violations.dismissalAt, (p, v) => (p.violations.dismissalAt = v)));
  keys.push({ key: 'attribution.split', kind: 'enum', values: ['equal', 'first'], label: msg('plan.attribution.split'), get: (p) => p.attribution.split, set: (p, v) => (p.attribution.split = v as 'equal' | 'first') });
  keys.push(...attributionKeys());
  keys.push({ key: 'sales.deductPostage', kind: 'bool', label: msg('plan.sales.deductPostage'), get: (p) => p.netSales.deductPostage, set: (p, v) => (p.netSales.deductPostage = v as boolean) });
  keys.push({ key: 'sales.deductRefund', kind: 'bool', label: msg('plan.sales.deductRefund'), get: (p) => p.netSales.deductRefund, set: (p, v) => (p.netSales.deductRefund = v as boolean) });
  keys.push(num('streak.warningAt', '连续不达标几个月预警', 'consecutive failed months for a warning', (p) => p.streak.warningAt, (p, v) => (p.streak.warningAt = v)));
  keys.push(num('streak.eliminationAt', '连续不达标几个月淘汰审查', 'consecutive failed months for elimination review', (p) => p.streak.eliminationAt, (p, v) => (p.streak.eliminationAt = v)));
  keys.push(num('orders.maxOrderAmount', '单笔订单金额上限（超出视为数据错误）', 'largest plausible order amount (above: data error)', (p) => p.orders.maxOrderAmount, (p, v) => (p.orders.maxOrderAmount = v)));
  keys.push({ key: 'orders.closedAsRefunded', kind: 'bool', label: msg('plan.orders.closedAsRefunded'), get: (p) => p.orders.closedAsRefunded, set: (p, v) => (p.orders.closedAsRefunded = v as boolean) });
  keys.push({ key: 'orders.refundConvention', kind: 'enum', values: ['auto', 'netted', 'gross'], label: msg('plan.orders.refundConvention'), get: (p) => p.orders.refundConvention, set: (p, v) => (p.orders.refundConvention = v as RefundConventionSetting) });
  return keys;
}

/** How an order finds its agent: the order of the sources, and the consultation rule (first / last agent within N hours). */
function attributionKeys(): PlanKey[] {
  return [
    {
      key: 'attribution.sources', kind: 'enumList', values: ['explicit', 'consultation', 'memo'],
      aliases: { consultations: 'consultation', 客服列: 'explicit', 指定客服: 'explicit', 接待记录: 'consultation', 咨询记录: 'consultation', 备注: 'memo', 商家备忘: 'memo' },
      label: msg('plan.attribution.sources'),
      get: (p) => p.attribution.sources, set: (p, v) => (p.attribution.sources = v as Plan['attribution']['sources']),
    },
    {
      key: 'attribution.pick', kind: 'enum', values: ['last', 'first'], aliases: { 最后: 'last', 最后一个: 'last', 首个: 'first', 第一个: 'first' },
      label: msg('plan.attribution.pick'),
      get: (p) => p.attribution.pick, set: (p, v) => (p.attribution.pick = v as 'first' | 'last'),
    },
    num('attribution.windowHours', '接待记录归属：下单前多少小时内的咨询', 'consultation rule: window before the order (hours)', (p) => p.attribution.windowHours, (p, v) => (p.attribution.windowHours = v)),
    {
      key: 'attribution.reference', kind: 'enum', values: ['created', 'payment'], aliases: { 下单判定: 'created', 下单: 'created', 付款判定: 'payment', 付款: 'payment' },
      label: msg('plan.attribution.reference'),
      get: (p) => p.attribution.reference, set: (p, v) => (p.attribution.reference = v as 'created' | 'payment'),
    },
  ];
}

export const PLAN_KEYS: PlanKey[] = build();
export const PLAN_KEY_INDEX = new Map(PLAN_KEYS.map((k) => [k.key.toLowerCase(), k]));

/** Text of a plan value as the Plan sheet and the audit show it. */
export function formatPlanValue(k: PlanKey, v: PlanValue): string | number | boolean {
  switch (k.kind) {
    case 'percent':
      return `${+(Number(v) * 100).toPrecision(10)}%`;
    case 'percentList':
      return (v as number[]).map((x) => `${+(x * 100).toPrecision(10)}%`).join(',');
    case 'numberList':
    case 'enumList':
      return (v as (number | string)[]).join(',');
    case 'bool':
      return v ? 'TRUE' : 'FALSE';
    default:
      return v as number | string;
  }
}
