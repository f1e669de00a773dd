import type { Grade, CommissionMode } from '../formulas';
import type { AttributionSource, Level } from '../model';
import { defaultKpis, KpiDef } from './kpis';
import type { RefundConventionSetting } from '../parse/refund-convention';
import { defaultWeekTargets, WeekTargets } from './week-targets';

/** Every number of the plan (docs/rules.md: Plan defaults) in one place; a Plan sheet overrides any of them. */
export interface Plan {
  /** The KPIs scored, in order: the plan's KPI table, or the six built-ins. */
  kpis: KpiDef[];
  /** Targets of weekly runs; 0 = the month's target (plan/week-targets.ts). */
  weekTargets: WeekTargets;
  scoreCap: number;
  grades: { gold: number; silver: number; bronze: number };
  basePay: Record<Level, number>;
  probationRate: number;
  prorate: boolean;
  /** Weeks and ranges are assessments; true pays them too, each monthly amount × the share of a month their days make. */
  periodPay: boolean;
  performanceBase: Record<Level, number>;
  gradeCoefficient: Record<Grade, number>;
  conversionBonus: { presalesOnly: boolean; start: number; startAmount: number; step: number; stepAmount: number };
  commission: { bounds: number[]; rates: number[]; mode: CommissionMode };
  stars: { amount: number; conversionMinInquiries: number; aovMinBuyers: number; serviceMinEvaluations: number };
  pk: { enabled: boolean; amounts: number[] };
  violations: { fines: number[]; dismissalAt: number };
  attribution: {
    split: 'equal' | 'first';
    /** Sources tried in turn; consultations only count when a 接待记录 sheet is present. */
    sources: AttributionSource[];
    /** From the consultation records: the last or the first agent who served the buyer within the window. */
    pick: 'first' | 'last';
    windowHours: number;
    /** The order's moment the window ends at: creation (下单判定) or payment (付款判定). */
    reference: 'created' | 'payment';
  };
  netSales: { deductPostage: boolean; deductRefund: boolean };
  streak: { warningAt: number; eliminationAt: number };
  /** refundConvention: whether 买家实际支付金额 is already net of the refund (auto: judged per sheet from 总金额). */
  orders: { maxOrderAmount: number; closedAsRefunded: boolean; refundConvention: RefundConventionSetting };
}

export function defaultPlan(): Plan {
  return {
    kpis: defaultKpis(),
    weekTargets: defaultWeekTargets(),
    scoreCap: 1.2,
    grades: { gold: 100, silver: 90, bronze: 80 },
    basePay: { junior: 3000, intermediate: 3500, senior: 4000, expert: 4500 },
    probationRate: 0.8,
    prorate: true,
    periodPay: false,
    performanceBase: { junior: 500, intermediate: 800, senior: 1000, expert: 1200 },
    gradeCoefficient: { 金牌: 1.2, 银牌: 1.0, 铜牌: 0.8, 不达标: 0 },
    conversionBonus: { presalesOnly: true, start: 0.5, startAmount: 800, step: 0.02, stepAmount: 400 },
    commission: { bounds: [50000, 100000], rates: [0.005, 0.01, 0.015], mode: 'marginal' },
    stars: { amount: 200, conversionMinInquiries: 50, aovMinBuyers: 20, serviceMinEvaluations: 30 },
    pk: { enabled: false, amounts: [300, 200, 100] },
    violations: { fines: [10, 30, 30], dismissalAt: 3 },
    attribution: {
      split: 'equal',
      sources: ['explicit', 'consultation', 'memo'],
      pick: 'last',
      windowHours: 48,
      reference: 'created',
    },
    netSales: { deductPostage: true, deductRefund: true },
    streak: { warningAt: 2, eliminationAt: 3 },
    orders: { maxOrderAmount: 1000000, closedAsRefunded: true, refundConvention: 'auto' },
  };
}
