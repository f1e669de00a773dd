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

/** The built-in KPIs' names: their measures' labels. */
export const KPI_LABEL: Record<BuiltinKpiKey, LocalText> = {
  sales: msg('measure.sales'),
  conversion: msg('measure.conversion'),
  aov: msg('measure.aov'),
  replyRate: msg('measure.replyRate'),
  avgResponse: msg('measure.avgResponse'),
  satisfaction: msg('measure.satisfaction'),
};
const GRADE_KEYS: [string, Grade][] = [
  ['gold', '金牌'],
  ['silver', '银牌'],
  ['bronze', '铜牌'],
  ['fail', '不达标'],
];

function num(
  key: string,
  label: LocalText,
  get: (p: Plan) => number,
  set: (p: Plan, v: number) => void,
  kind: ValueKind = 'number',
): PlanKey {
  return { key, kind, label, get, set: (p, v) => set(p, v as number), min: 0 };
}

/** A number of one KPI of the plan's KPI table, by the KPI's key (0 when the plan has no such KPI). */
function kpiNum(
  kpiKey: string,
  key: string,
  label: LocalText,
  get: (d: KpiDef) => number,
  set: (d: KpiDef, v: number) => void,
  kind: ValueKind = 'number',
): PlanKey {
  const find = (p: Plan) => p.kpis.find((d) => d.key === kpiKey);
  return {
    key,
    kind,
    label,
    min: 0,
    kpiKey,
    get: (p) => {
      const d = find(p);
      return d ? get(d) : 0;
    },
    set: (p, v) => {
      const d = find(p);
      if (d) set(d, v as number);
    },
  };
}

function build(): PlanKey[] {
  const keys: PlanKey[] = [];
  for (const role of ROLES) {
    for (const kpi of KPI_KEYS) {
      keys.push(
        kpiNum(
          kpi,
          `weight.${role}.${kpi}`,
          msg('plan.weight', { role: inSentence(ROLE_TEXT[role]), kpi: KPI_LABEL[kpi] }),
          (d) => d.weights[role],
          (d, v) => (d.weights[role] = v),
        ),
      );
    }
  }
  for (const level of LEVELS) {
    keys.push(
      kpiNum(
        'sales',
        `target.sales.${level}`,
        msg('plan.target.sales', { level: inSentence(LEVEL_TEXT[level]) }),
        (d) => d.targetByLevel[level] ?? d.target ?? 0,
        (d, v) => (d.targetByLevel[level] = v),
      ),
    );
  }
  const target = (d: KpiDef) => d.target ?? 0;
  const setTarget = (d: KpiDef, v: number) => (d.target = v);
  keys.push(kpiNum('conversion', 'target.conversion', msg('plan.target.conversion'), target, setTarget, 'percent'));
  keys.push(kpiNum('aov', 'target.aov', msg('plan.target.aov'), target, setTarget));
  keys.push(kpiNum('replyRate', 'target.replyRate', msg('plan.target.replyRate'), target, setTarget, 'percent'));
  keys.push(kpiNum('avgResponse', 'target.avgResponse', msg('plan.target.avgResponse'), target, setTarget));
  keys.push(
    kpiNum('satisfaction', 'target.satisfaction', msg('plan.target.satisfaction'), target, setTarget, 'percent'),
  );
  keys.push(...weekTargetKeys());
  keys.push(
    num(
      'score.cap',
      msg('plan.score.cap'),
      (p) => p.scoreCap,
      (p, v) => (p.scoreCap = v),
    ),
  );
  keys.push(
    num(
      'grade.gold',
      msg('plan.grade.gold'),
      (p) => p.grades.gold,
      (p, v) => (p.grades.gold = v),
    ),
  );
  keys.push(
    num(
      'grade.silver',
      msg('plan.grade.silver'),
      (p) => p.grades.silver,
      (p, v) => (p.grades.silver = v),
    ),
  );
  keys.push(
    num(
      'grade.bronze',
      msg('plan.grade.bronze'),
      (p) => p.grades.bronze,
      (p, v) => (p.grades.bronze = v),
    ),
  );
  for (const level of LEVELS) {
    keys.push(
      num(
        `pay.base.${level}`,
        msg('plan.pay.base', { level: inSentence(LEVEL_TEXT[level]) }),
        (p) => p.basePay[level],
        (p, v) => (p.basePay[level] = v),
      ),
    );
  }
  keys.push(
    num(
      'pay.probationRate',
      msg('plan.pay.probationRate'),
      (p) => p.probationRate,
      (p, v) => (p.probationRate = v),
      'percent',
    ),
  );
  keys.push({
    key: 'period.pay',
    kind: 'bool',
    label: msg('plan.period.pay'),
    get: (p) => p.periodPay,
    set: (p, v) => (p.periodPay = v as boolean),
  });
  keys.push({
    key: 'pay.prorate',
    kind: 'bool',
    label: msg('plan.pay.prorate'),
    get: (p) => p.prorate,
    set: (p, v) => (p.prorate = v as boolean),
  });
  for (const level of LEVELS) {
    keys.push(
      num(
        `pay.performance.${level}`,
        msg('plan.pay.performance', { level: inSentence(LEVEL_TEXT[level]) }),
        (p) => p.performanceBase[level],
        (p, v) => (p.performanceBase[level] = v),
      ),
    );
  }
  for (const [k, g] of GRADE_KEYS) {
    keys.push(
      num(
        `pay.gradeCoefficient.${k}`,
        msg('plan.pay.gradeCoefficient', { grade: inSentence(GRADE_TEXT[g]) }),
        (p) => p.gradeCoefficient[g],
        (p, v) => (p.gradeCoefficient[g] = v),
      ),
    );
  }
  keys.push({
    key: 'bonus.conversion.presalesOnly',
    kind: 'bool',
    label: msg('plan.bonus.conversion.presalesOnly'),
    get: (p) => p.conversionBonus.presalesOnly,
    set: (p, v) => (p.conversionBonus.presalesOnly = v as boolean),
  });
  keys.push(
    num(
      'bonus.conversion.start',
      msg('plan.bonus.conversion.start'),
      (p) => p.conversionBonus.start,
      (p, v) => (p.conversionBonus.start = v),
      'percent',
    ),
  );
  keys.push(
    num(
      'bonus.conversion.startAmount',
      msg('plan.bonus.conversion.startAmount'),
      (p) => p.conversionBonus.startAmount,
      (p, v) => (p.conversionBonus.startAmount = v),
    ),
  );
  keys.push(
    num(
      'bonus.conversion.step',
      msg('plan.bonus.conversion.step'),
      (p) => p.conversionBonus.step,
      (p, v) => (p.conversionBonus.step = v),
      'percent',
    ),
  );
  keys.push(
    num(
      'bonus.conversion.stepAmount',
      msg('plan.bonus.conversion.stepAmount'),
      (p) => p.conversionBonus.stepAmount,
      (p, v) => (p.conversionBonus.stepAmount = v),
    ),
  );
  keys.push({
    key: 'commission.bounds',
    kind: 'numberList',
    label: msg('plan.commission.bounds'),
    get: (p) => p.commission.bounds,
    set: (p, v) => (p.commission.bounds = v as number[]),
  });
  keys.push({
    key: 'commission.rates',
    kind: 'percentList',
    label: msg('plan.commission.rates'),
    get: (p) => p.commission.rates,
    set: (p, v) => (p.commission.rates = v as number[]),
  });
  keys.push({
    key: 'commission.mode',
    kind: 'enum',
    values: ['marginal', 'flat'],
    label: msg('plan.commission.mode'),
    get: (p) => p.commission.mode,
    set: (p, v) => (p.commission.mode = v as 'marginal' | 'flat'),
  });
  keys.push(
    num(
      'stars.amount',
      msg('plan.stars.amount'),
      (p) => p.stars.amount,
      (p, v) => (p.stars.amount = v),
    ),
  );
  keys.push(
    num(
      'stars.conversion.minInquiries',
      msg('plan.stars.conversion.minInquiries'),
      (p) => p.stars.conversionMinInquiries,
      (p, v) => (p.stars.conversionMinInquiries = v),
    ),
  );
  keys.push(
    num(
      'stars.aov.minBuyers',
      msg('plan.stars.aov.minBuyers'),
      (p) => p.stars.aovMinBuyers,
      (p, v) => (p.stars.aovMinBuyers = v),
    ),
  );
  keys.push(
    num(
      'stars.service.minEvaluations',
      msg('plan.stars.service.minEvaluations'),
      (p) => p.stars.serviceMinEvaluations,
      (p, v) => (p.stars.serviceMinEvaluations = v),
    ),
  );
  keys.push({
    key: 'pk.enabled',
    kind: 'bool',
    label: msg('plan.pk.enabled'),
    get: (p) => p.pk.enabled,
    set: (p, v) => (p.pk.enabled = v as boolean),
  });
  keys.push({
    key: 'pk.amounts',
    kind: 'numberList',
    label: msg('plan.pk.amounts'),
    get: (p) => p.pk.amounts,
    set: (p, v) => (p.pk.amounts = v as number[]),
  });
  keys.push({
    key: 'violation.fines',
    kind: 'numberList',
    label: msg('plan.violation.fines'),
    get: (p) => p.violations.fines,
    set: (p, v) => (p.violations.fines = v as number[]),
  });
  keys.push(
    num(
      'violation.dismissalAt',
      msg('plan.violation.dismissalAt'),
      (p) => p.violations.dismissalAt,
      (p, v) => (p.violations.dismissalAt = v),
    ),
  );
  keys.push({
    key: 'attribution.split',
    kind: 'enum',
    values: ['equal', 'first'],
    label: msg('plan.attribution.split'),
    get: (p) => p.attribution.split,
    set: (p, v) => (p.attribution.split = v as 'equal' | 'first'),
  });
  keys.push(...attributionKeys());
  keys.push({
    key: 'sales.deductPostage',
    kind: 'bool',
    label: msg('plan.sales.deductPostage'),
    get: (p) => p.netSales.deductPostage,
    set: (p, v) => (p.netSales.deductPostage = v as boolean),
  });
  keys.push({
    key: 'sales.deductRefund',
    kind: 'bool',
    label: msg('plan.sales.deductRefund'),
    get: (p) => p.netSales.deductRefund,
    set: (p, v) => (p.netSales.deductRefund = v as boolean),
  });
  keys.push(
    num(
      'streak.warningAt',
      msg('plan.streak.warningAt'),
      (p) => p.streak.warningAt,
      (p, v) => (p.streak.warningAt = v),
    ),
  );
  keys.push(
    num(
      'streak.eliminationAt',
      msg('plan.streak.eliminationAt'),
      (p) => p.streak.eliminationAt,
      (p, v) => (p.streak.eliminationAt = v),
    ),
  );
  keys.push(
    num(
      'orders.maxOrderAmount',
      msg('plan.orders.maxOrderAmount'),
      (p) => p.orders.maxOrderAmount,
      (p, v) => (p.orders.maxOrderAmount = v),
    ),
  );
  keys.push({
    key: 'orders.closedAsRefunded',
    kind: 'bool',
    label: msg('plan.orders.closedAsRefunded'),
    get: (p) => p.orders.closedAsRefunded,
    set: (p, v) => (p.orders.closedAsRefunded = v as boolean),
  });
  keys.push({
    key: 'orders.refundConvention',
    kind: 'enum',
    values: ['auto', 'netted', 'gross'],
    label: msg('plan.orders.refundConvention'),
    get: (p) => p.orders.refundConvention,
    set: (p, v) => (p.orders.refundConvention = v as RefundConventionSetting),
  });
  return keys;
}

/** How an order finds its agent: the order of the sources, and the consultation rule (first / last agent within N hours). */
function attributionKeys(): PlanKey[] {
  return [
    {
      key: 'attribution.sources',
      kind: 'enumList',
      values: ['explicit', 'consultation', 'memo'],
      aliases: {
        consultations: 'consultation',
        客服列: 'explicit',
        指定客服: 'explicit',
        接待记录: 'consultation',
        咨询记录: 'consultation',
        备注: 'memo',
        商家备忘: 'memo',
      },
      label: msg('plan.attribution.sources'),
      get: (p) => p.attribution.sources,
      set: (p, v) => (p.attribution.sources = v as Plan['attribution']['sources']),
    },
    {
      key: 'attribution.pick',
      kind: 'enum',
      values: ['last', 'first'],
      aliases: { 最后: 'last', 最后一个: 'last', 首个: 'first', 第一个: 'first' },
      label: msg('plan.attribution.pick'),
      get: (p) => p.attribution.pick,
      set: (p, v) => (p.attribution.pick = v as 'first' | 'last'),
    },
    num(
      'attribution.windowHours',
      msg('plan.attribution.windowHours'),
      (p) => p.attribution.windowHours,
      (p, v) => (p.attribution.windowHours = v),
    ),
    {
      key: 'attribution.reference',
      kind: 'enum',
      values: ['created', 'payment'],
      aliases: { 下单判定: 'created', 下单: 'created', 付款判定: 'payment', 付款: 'payment' },
      label: msg('plan.attribution.reference'),
      get: (p) => p.attribution.reference,
      set: (p, v) => (p.attribution.reference = v as 'created' | 'payment'),
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
