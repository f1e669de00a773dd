import type { PayrollResult } from '../run';
import { GRADE_TEXT, ROLE_TEXT, LEVEL_TEXT } from './labels';
import { roundTo } from '../money';
import { MONEY_KEYS } from './payroll';
import { ATTRIBUTION_SOURCES, SalesBySource } from '../model';

const yuan = (c: number) => c / 100;
const bySourceYuan = (b: SalesBySource) => ({
  explicit: yuan(b.explicit.sales),
  consultation: yuan(b.consultation.sales),
  memo: yuan(b.memo.sales),
});

/** The `--json` object (README: Command line): ratios as fractions, not-available as null, money in yuan. */
export function payrollJson(r: PayrollResult) {
  return {
    period: r.period,
    periodKind: r.periodKind,
    shopName: r.shopName,
    generatedAt: r.generatedAt,
    version: r.version,
    shop: {
      orders: r.shop.orders,
      sales: yuan(r.shop.sales),
      attributedSales: yuan(r.shop.attributedSales),
      silentSales: yuan(r.shop.silentSales),
      silentOrders: r.shop.silentOrders,
      silentShare: r.shop.silentShare,
      salesBySource: bySourceYuan(r.shop.salesBySource),
      ordersBySource: Object.fromEntries(ATTRIBUTION_SOURCES.map((s) => [s, r.shop.salesBySource[s].orders])),
      paid: yuan(r.shop.paid),
      refunds: yuan(r.shop.refunds),
      consultations: r.shop.consultations,
      inquiries: r.shop.inquiries,
      paidBuyers: r.shop.paidBuyers,
      conversion: r.shop.conversion,
      agents: r.agents.length,
      trend: r.shopTrend,
    },
    agents: r.agents.map((a) => ({
      agentId: a.agent.agentId,
      name: a.agent.name,
      role: a.agent.role,
      roleText: ROLE_TEXT[a.agent.role].zh,
      level: a.agent.level,
      levelText: LEVEL_TEXT[a.agent.level].zh,
      status: a.agent.status,
      sales: yuan(a.measures.sales),
      buyers: a.measures.buyers,
      units: roundTo(a.measures.units, 6),
      orders: a.measures.orders,
      inquiries: a.measures.inquiries,
      paidBuyers: a.measures.paidBuyers,
      received: a.measures.received,
      replyReceived: a.measures.replyReceived,
      unreplied: a.measures.unreplied,
      conversion: a.measures.conversion,
      aov: a.measures.aov,
      upt: a.measures.upt,
      replyRate: a.measures.replyRate,
      avgResponseSec: a.measures.avgResponseSec,
      satisfaction: a.measures.satisfaction,
      evaluations: a.measures.evaluations,
      refundRate: a.measures.refundRate,
      salesBySource: bySourceYuan(a.measures.bySource),
      kpiScores: Object.fromEntries(a.kpis.map((k) => [k.key, k.score === null ? null : roundTo(k.score, 6)])),
      qaDeducted: a.qa.deducted,
      fatalQa: a.qa.fatal,
      score: a.score,
      grade: a.grade,
      gradeText: GRADE_TEXT[a.grade].en,
      rank: a.rank,
      stars: a.stars.map((s) => s.label.zh),
      failureStreak: a.failureStreak,
      streakFlag: a.streakFlag,
      trend: a.trend,
      scoreFalling: a.scoreFalling,
      daysEmployed: a.pay.daysEmployed,
      basePay: yuan(a.pay.basePay),
      performanceBonus: yuan(a.pay.performanceBonus),
      conversionBonus: yuan(a.pay.conversionBonus),
      commission: yuan(a.pay.commission),
      awards: yuan(a.pay.awards),
      fines: yuan(a.pay.fines),
      grossPay: yuan(a.pay.grossPay),
    })),
    issues: r.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      sheet: i.sheet,
      row: i.row,
      column: i.column,
      cell: i.cell,
      value: i.value,
      message: i.message,
      action: i.action,
      agentId: i.agentId ?? null,
    })),
  };
}

type AgentJson = ReturnType<typeof payrollJson>['agents'][number];

/** A week or range is an assessment: the same object without the monthly pay amounts. */
export function assessmentJson(r: PayrollResult) {
  const j = payrollJson(r);
  return {
    ...j,
    agents: j.agents.map((a): Omit<AgentJson, (typeof MONEY_KEYS)[number]> => {
      const copy: Partial<AgentJson> = { ...a };
      for (const k of MONEY_KEYS) delete copy[k];
      return copy as Omit<AgentJson, (typeof MONEY_KEYS)[number]>;
    }),
  };
}

/** What `--json` prints: the payroll for a month, the assessment for a week or range. */
export function periodJson(r: PayrollResult) {
  return r.paysPeriod ? payrollJson(r) : assessmentJson(r);
}
