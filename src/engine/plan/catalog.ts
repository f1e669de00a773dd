/**
 * The Plan keys a manager can set in the Plan (方案) sheet: one entry per
 * number of the plan (docs/rules.md: Plan defaults), with how to read and write it and a label in both
 * languages. The Plan sheet, the audit's "plan in force" and the defaults
 * all come from this one list.
 */
import type { LocalText, BuiltinKpiKey, Level } from '../model';
import { KPI_KEYS, LEVELS, ROLES } from '../model';
import type { Grade } from '../formulas';
import type { Plan } from './defaults';
import type { KpiDef } from './kpis';
import { weekTargetKeys } from './week-targets';
import { GRADE_TEXT, inSentence, LEVEL_TEXT, ROLE_TEXT } from '../messages/labels';
import { msg } from '../messages';

export type ValueKind = 'number' | 'weight' | 'percent' | 'bool' | 'numberList' | 'percentList' | 'enum' | 'enumList';

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
/**
 * A plan value kept at owner(p)[prop]: read and written through the same place, so the two cannot drift apart.
 * The type parameters make the property hold a plan value.
 */
function field<P extends string, O extends { [k in P]: PlanValue }>(
  key: string,
  kind: ValueKind,
  label: LocalText,
  owner: (p: Plan) => O,
  prop: P,
  more: Pick<PlanKey, 'values' | 'aliases' | 'min'> = {},
): PlanKey {
  return {
    key,
    kind,
    label,
    get: (p) => owner(p)[prop],
    set: (p, v) => {
      owner(p)[prop] = v as O[P];
    },
    ...more,
  };
}

/** A non-negative number of the plan (all but a few plan numbers). */
function num<P extends string, O extends { [k in P]: number }>(
  key: string,
  label: LocalText,
  owner: (p: Plan) => O,
  prop: P,
  kind: 'number' | 'percent' = 'number',
): PlanKey {
  return field(key, kind, label, owner, prop, { min: 0 });
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

/** The built-in KPIs' weights per role and targets (the sales target per level), kept for older Plan sheets. */
function kpiKeys(): PlanKey[] {
  const keys: PlanKey[] = [];
  for (const role of ROLES) {
    const roleText = inSentence(ROLE_TEXT[role]);
    const get = (d: KpiDef) => d.weights[role];
    const set = (d: KpiDef, v: number) => (d.weights[role] = v);
    for (const kpi of KPI_KEYS) {
      const label = msg('plan.weight', { role: roleText, kpi: KPI_LABEL[kpi] });
      keys.push(kpiNum(kpi, `weight.${role}.${kpi}`, label, get, set, 'weight'));
    }
  }
  for (const level of LEVELS) {
    const label = msg('plan.target.sales', levelParam(level));
    const get = (d: KpiDef) => d.targetByLevel[level] ?? d.target ?? 0;
    keys.push(kpiNum('sales', `target.sales.${level}`, label, get, (d, v) => (d.targetByLevel[level] = v)));
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
  return keys;
}

const levelParam = (level: Level) => ({ level: inSentence(LEVEL_TEXT[level]) });

/** Scoring, grades and pay: one row per plan key, in the Plan sheet's order. */
function payKeys(): PlanKey[] {
  return [
    num('score.cap', msg('plan.score.cap'), (p) => p, 'scoreCap'),
    num('grade.gold', msg('plan.grade.gold'), (p) => p.grades, 'gold'),
    num('grade.silver', msg('plan.grade.silver'), (p) => p.grades, 'silver'),
    num('grade.bronze', msg('plan.grade.bronze'), (p) => p.grades, 'bronze'),
    ...LEVELS.map((level) =>
      num(`pay.base.${level}`, msg('plan.pay.base', levelParam(level)), (p) => p.basePay, level),
    ),
    num('pay.probationRate', msg('plan.pay.probationRate'), (p) => p, 'probationRate', 'percent'),
    field('period.pay', 'bool', msg('plan.period.pay'), (p) => p, 'periodPay'),
    field('pay.prorate', 'bool', msg('plan.pay.prorate'), (p) => p, 'prorate'),
    ...LEVELS.map((level) =>
      num(`pay.performance.${level}`, msg('plan.pay.performance', levelParam(level)), (p) => p.performanceBase, level),
    ),
    ...GRADE_KEYS.map(([k, g]) => {
      const label = msg('plan.pay.gradeCoefficient', { grade: inSentence(GRADE_TEXT[g]) });
      return num(`pay.gradeCoefficient.${k}`, label, (p) => p.gradeCoefficient, g);
    }),
  ];
}

/** Bonuses, commission, stars, PK, fines, sales and orders: one row per plan key, in the Plan sheet's order. */
function ruleKeys(): PlanKey[] {
  const bonus = (p: Plan) => p.conversionBonus;
  const stars = (p: Plan) => p.stars;
  return [
    field('bonus.conversion.presalesOnly', 'bool', msg('plan.bonus.conversion.presalesOnly'), bonus, 'presalesOnly'),
    num('bonus.conversion.start', msg('plan.bonus.conversion.start'), bonus, 'start', 'percent'),
    num('bonus.conversion.startAmount', msg('plan.bonus.conversion.startAmount'), bonus, 'startAmount'),
    num('bonus.conversion.step', msg('plan.bonus.conversion.step'), bonus, 'step', 'percent'),
    num('bonus.conversion.stepAmount', msg('plan.bonus.conversion.stepAmount'), bonus, 'stepAmount'),
    field('commission.bounds', 'numberList', msg('plan.commission.bounds'), (p) => p.commission, 'bounds'),
    field('commission.rates', 'percentList', msg('plan.commission.rates'), (p) => p.commission, 'rates'),
    field('commission.mode', 'enum', msg('plan.commission.mode'), (p) => p.commission, 'mode', {
      values: ['marginal', 'flat'],
    }),
    num('stars.amount', msg('plan.stars.amount'), stars, 'amount'),
    num('stars.conversion.minInquiries', msg('plan.stars.conversion.minInquiries'), stars, 'conversionMinInquiries'),
    num('stars.aov.minBuyers', msg('plan.stars.aov.minBuyers'), stars, 'aovMinBuyers'),
    num('stars.service.minEvaluations', msg('plan.stars.service.minEvaluations'), stars, 'serviceMinEvaluations'),
    field('pk.enabled', 'bool', msg('plan.pk.enabled'), (p) => p.pk, 'enabled'),
    field('pk.amounts', 'numberList', msg('plan.pk.amounts'), (p) => p.pk, 'amounts'),
    field('violation.fines', 'numberList', msg('plan.violation.fines'), (p) => p.violations, 'fines'),
    num('violation.dismissalAt', msg('plan.violation.dismissalAt'), (p) => p.violations, 'dismissalAt'),
    field('attribution.split', 'enum', msg('plan.attribution.split'), (p) => p.attribution, 'split', {
      values: ['equal', 'first'],
    }),
    ...attributionKeys(),
    field('sales.deductPostage', 'bool', msg('plan.sales.deductPostage'), (p) => p.netSales, 'deductPostage'),
    field('sales.deductRefund', 'bool', msg('plan.sales.deductRefund'), (p) => p.netSales, 'deductRefund'),
    num('streak.warningAt', msg('plan.streak.warningAt'), (p) => p.streak, 'warningAt'),
    num('streak.eliminationAt', msg('plan.streak.eliminationAt'), (p) => p.streak, 'eliminationAt'),
    num('orders.maxOrderAmount', msg('plan.orders.maxOrderAmount'), (p) => p.orders, 'maxOrderAmount'),
    field('orders.closedAsRefunded', 'bool', msg('plan.orders.closedAsRefunded'), (p) => p.orders, 'closedAsRefunded'),
    field('orders.refundConvention', 'enum', msg('plan.orders.refundConvention'), (p) => p.orders, 'refundConvention', {
      values: ['auto', 'netted', 'gross'],
    }),
  ];
}

function build(): PlanKey[] {
  return [...kpiKeys(), ...weekTargetKeys(), ...payKeys(), ...ruleKeys()];
}

/** How an order finds its agent: the order of the sources, and the consultation rule (first / last agent within N hours). */
function attributionKeys(): PlanKey[] {
  const attribution = (p: Plan) => p.attribution;
  return [
    field('attribution.sources', 'enumList', msg('plan.attribution.sources'), attribution, 'sources', {
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
    }),
    field('attribution.pick', 'enum', msg('plan.attribution.pick'), attribution, 'pick', {
      values: ['last', 'first'],
      aliases: { 最后: 'last', 最后一个: 'last', 首个: 'first', 第一个: 'first' },
    }),
    num('attribution.windowHours', msg('plan.attribution.windowHours'), attribution, 'windowHours'),
    field('attribution.reference', 'enum', msg('plan.attribution.reference'), attribution, 'reference', {
      values: ['created', 'payment'],
      aliases: { 下单判定: 'created', 下单: 'created', 付款判定: 'payment', 付款: 'payment' },
    }),
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
