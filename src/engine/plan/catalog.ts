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
import { inSentence, LEVEL_TEXT, ROLE_TEXT } from '../messages/labels';

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
  sales: { zh: '客服销售额', en: 'sales' },
  conversion: { zh: '询单转化率', en: 'conversion' },
  aov: { zh: '客单价', en: 'AOV' },
  replyRate: { zh: '回复率', en: 'reply rate' },
  avgResponse: { zh: '平均响应(秒)', en: 'avg response (s)' },
  satisfaction: { zh: '满意率', en: 'satisfaction' },
};
const GRADE_KEYS: [string, Grade, LocalText][] = [
  ['gold', '金牌', { zh: '金牌', en: 'gold' }],
  ['silver', '银牌', { zh: '银牌', en: 'silver' }],
  ['bronze', '铜牌', { zh: '铜牌', en: 'bronze' }],
  ['fail', '不达标', { zh: '不达标', en: 'fail' }],
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
  keys.push({ key: 'period.pay', kind: 'bool', label: { zh: '周/日期范围也发工资（月度金额按天折算）', en: 'pay weeks and ranges too (monthly amounts by days)' }, get: (p) => p.periodPay, set: (p, v) => (p.periodPay = v as boolean) });
  keys.push({ key: 'pay.prorate', kind: 'bool', label: { zh: '按在岗天数折算底薪', en: 'prorate base pay by days employed' }, get: (p) => p.prorate, set: (p, v) => (p.prorate = v as boolean) });
  for (const level of LEVELS) {
    keys.push(num(`pay.performance.${level}`, `绩效奖金基数·${LEVEL_TEXT[level].zh}（元）`, `performance bonus base · ${inSentence(LEVEL_TEXT[level]).en} (yuan)`, (p) => p.performanceBase[level], (p, v) => (p.performanceBase[level] = v)));
  }
  for (const [k, g, label] of GRADE_KEYS) {
    keys.push(num(`pay.gradeCoefficient.${k}`, `绩效系数·${label.zh}`, `performance coefficient · ${label.en}`, (p) => p.gradeCoefficient[g], (p, v) => (p.gradeCoefficient[g] = v)));
  }
  keys.push({ key: 'bonus.conversion.presalesOnly', kind: 'bool', label: { zh: '转化奖金仅限售前', en: 'conversion bonus for presales only' }, get: (p) => p.conversionBonus.presalesOnly, set: (p, v) => (p.conversionBonus.presalesOnly = v as boolean) });
  keys.push(num('bonus.conversion.start', '转化奖金起点（转化率）', 'conversion bonus: starting conversion', (p) => p.conversionBonus.start, (p, v) => (p.conversionBonus.start = v), 'percent'));
  keys.push(num('bonus.conversion.startAmount', '转化奖金起点金额（元）', 'conversion bonus: amount at start (yuan)', (p) => p.conversionBonus.startAmount, (p, v) => (p.conversionBonus.startAmount = v)));
  keys.push(num('bonus.conversion.step', '转化奖金每档（百分点）', 'conversion bonus: step (percentage points)', (p) => p.conversionBonus.step, (p, v) => (p.conversionBonus.step = v), 'percent'));
  keys.push(num('bonus.conversion.stepAmount', '转化奖金每档金额（元）', 'conversion bonus: amount per step (yuan)', (p) => p.conversionBonus.stepAmount, (p, v) => (p.conversionBonus.stepAmount = v)));
  keys.push({ key: 'commission.bounds', kind: 'numberList', label: { zh: '提成分档上限（元，逗号分隔）', en: 'commission tier bounds (yuan, comma-separated)' }, get: (p) => p.commission.bounds, set: (p, v) => (p.commission.bounds = v as number[]) });
  keys.push({ key: 'commission.rates', kind: 'percentList', label: { zh: '提成比例（比档位多一个）', en: 'commission rates (one more than bounds)' }, get: (p) => p.commission.rates, set: (p, v) => (p.commission.rates = v as number[]) });
  keys.push({ key: 'commission.mode', kind: 'enum', values: ['marginal', 'flat'], label: { zh: '提成方式：marginal 超额累进 / flat 全额按达到档', en: 'commission mode: marginal or flat' }, get: (p) => p.commission.mode, set: (p, v) => (p.commission.mode = v as 'marginal' | 'flat') });
  keys.push(num('stars.amount', '每颗星奖金（元）', 'amount per star (yuan)', (p) => p.stars.amount, (p, v) => (p.stars.amount = v)));
  keys.push(num('stars.conversion.minInquiries', '转化率之星最少询单人数', 'conversion star: minimum inquiries', (p) => p.stars.conversionMinInquiries, (p, v) => (p.stars.conversionMinInquiries = v)));
  keys.push(num('stars.aov.minBuyers', '客单价之星最少销售人数', 'AOV star: minimum buyers', (p) => p.stars.aovMinBuyers, (p, v) => (p.stars.aovMinBuyers = v)));
  keys.push(num('stars.service.minEvaluations', '服务之星最少评价数', 'service star: minimum evaluations', (p) => p.stars.serviceMinEvaluations, (p, v) => (p.stars.serviceMinEvaluations = v)));
  keys.push({ key: 'pk.enabled', kind: 'bool', label: { zh: '启用 PK 奖励', en: 'PK awards on' }, get: (p) => p.pk.enabled, set: (p, v) => (p.pk.enabled = v as boolean) });
  keys.push({ key: 'pk.amounts', kind: 'numberList', label: { zh: 'PK 第1/2/3名奖金（元）', en: 'PK amounts for ranks 1/2/3 (yuan)' }, get: (p) => p.pk.amounts, set: (p, v) => (p.pk.amounts = v as number[]) });
  keys.push({ key: 'violation.fines', kind: 'numberList', label: { zh: '违规罚款：第1次,第2次,第3次及以后（元）', en: 'violation fines: 1st, 2nd, 3rd and later (yuan)' }, get: (p) => p.violations.fines, set: (p, v) => (p.violations.fines = v as number[]) });
  keys.push(num('violation.dismissalAt', '第几次违规起标记开除审查', 'violation count that flags dismissal review', (p) => p.violations.dismissalAt, (p, v) => (p.violations.dismissalAt = v)));
  keys.push({ key: 'attribution.split', kind: 'enum', values: ['equal', 'first'], label: { zh: '备注含多个工号：equal 平分 / first 归第一个', en: 'several IDs in a memo: equal split or first' }, get: (p) => p.attribution.split, set: (p, v) => (p.attribution.split = v as 'equal' | 'first') });
  keys.push(...attributionKeys());
  keys.push({ key: 'sales.deductPostage', kind: 'bool', label: { zh: '销售额扣除邮费', en: 'deduct postage from sales' }, get: (p) => p.netSales.deductPostage, set: (p, v) => (p.netSales.deductPostage = v as boolean) });
  keys.push({ key: 'sales.deductRefund', kind: 'bool', label: { zh: '销售额扣除退款', en: 'deduct refunds from sales' }, get: (p) => p.netSales.deductRefund, set: (p, v) => (p.netSales.deductRefund = v as boolean) });
  keys.push(num('streak.warningAt', '连续不达标几个月预警', 'consecutive failed months for a warning', (p) => p.streak.warningAt, (p, v) => (p.streak.warningAt = v)));
  keys.push(num('streak.eliminationAt', '连续不达标几个月淘汰审查', 'consecutive failed months for elimination review', (p) => p.streak.eliminationAt, (p, v) => (p.streak.eliminationAt = v)));
  keys.push(num('orders.maxOrderAmount', '单笔订单金额上限（超出视为数据错误）', 'largest plausible order amount (above: data error)', (p) => p.orders.maxOrderAmount, (p, v) => (p.orders.maxOrderAmount = v)));
  keys.push({ key: 'orders.closedAsRefunded', kind: 'bool', label: { zh: '已付款后“交易关闭”的订单视为全额退款', en: 'closed orders after payment count as fully refunded' }, get: (p) => p.orders.closedAsRefunded, set: (p, v) => (p.orders.closedAsRefunded = v as boolean) });
  keys.push({ key: 'orders.refundConvention', kind: 'enum', values: ['auto', 'netted', 'gross'], label: { zh: '实付金额是否已扣退款：auto 按总金额判断 / netted 已扣 / gross 未扣', en: 'is the amount paid already net of refunds: auto (from 总金额), netted or gross' }, get: (p) => p.orders.refundConvention, set: (p, v) => (p.orders.refundConvention = v as RefundConventionSetting) });
  return keys;
}

/** How an order finds its agent: the order of the sources, and the consultation rule (first / last agent within N hours). */
function attributionKeys(): PlanKey[] {
  return [
    {
      key: 'attribution.sources', kind: 'enumList', values: ['explicit', 'consultation', 'memo'],
      aliases: { consultations: 'consultation', 客服列: 'explicit', 指定客服: 'explicit', 接待记录: 'consultation', 咨询记录: 'consultation', 备注: 'memo', 商家备忘: 'memo' },
      label: { zh: '归属来源顺序：explicit 客服列 / consultation 接待记录 / memo 备注工号', en: 'attribution sources in order: explicit agent column, consultation records, memo IDs' },
      get: (p) => p.attribution.sources, set: (p, v) => (p.attribution.sources = v as Plan['attribution']['sources']),
    },
    {
      key: 'attribution.pick', kind: 'enum', values: ['last', 'first'], aliases: { 最后: 'last', 最后一个: 'last', 首个: 'first', 第一个: 'first' },
      label: { zh: '接待记录归属：last 最后接待的客服 / first 首个接待的客服', en: 'consultation rule: last or first agent who served the buyer' },
      get: (p) => p.attribution.pick, set: (p, v) => (p.attribution.pick = v as 'first' | 'last'),
    },
    num('attribution.windowHours', '接待记录归属：下单前多少小时内的咨询', 'consultation rule: window before the order (hours)', (p) => p.attribution.windowHours, (p, v) => (p.attribution.windowHours = v)),
    {
      key: 'attribution.reference', kind: 'enum', values: ['created', 'payment'], aliases: { 下单判定: 'created', 下单: 'created', 付款判定: 'payment', 付款: 'payment' },
      label: { zh: '接待记录归属的判定时间：created 下单判定 / payment 付款判定', en: 'consultation rule measured from: created (order creation) or payment' },
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
