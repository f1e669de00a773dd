/**
 * Pipeline stage: read the plan and every input sheet of the period, crediting
 * each paid order to an agent on the way (orders are streamed into the
 * Attributor, never kept).
 */
import { rowCount } from '../cell';
import type { IssueLog } from '../issues';
import type { Period } from '../dates';
import { AgentResolver } from '../agents';
import { Attributor } from '../attribution';
import { readOrders } from '../parse/orders';
import type { OrderReadStats } from '../parse/order';
import { readConsultations } from '../parse/consultations';
import { readChat } from '../parse/chat';
import { readQa } from '../parse/qa';
import { readAdjustments } from '../parse/adjustments';
import { readDisputes, Disputes } from '../parse/disputes';
import { disputesOutsideMonth, type LockedMonth } from '../payrun/other-month-disputes';
import { isAssessment } from '../period-rules';
import { readRatings, Ratings } from '../parse/ratings';
import { EarlierScorecard, failuresOf, readScorecards } from '../parse/history';
import { earlierPeriodsOfKind } from '../trend';
import { defaultPlan, Plan } from '../plan/defaults';
import { applyPlanSheet, newPlanRowsSeen } from '../plan/overrides';
import { parseTargets, TargetOverrides, TargetsSeen } from '../plan/targets';
import { applyWeekTargets } from '../plan/week-targets';
import type { AdjustmentLine, QaSummary } from '../model';
import type { Inputs } from './locate-inputs';
import { reportOrdersOfConflictingIds, type Staff } from './staff';

export interface PlanAndTargets {
  plan: Plan;
  targets: TargetOverrides;
}

/** The default plan with the workbook's plan sheets applied, and the personal targets. */
export function readPlan(inputs: Inputs, resolver: AgentResolver, period: Period, log: IssueLog): PlanAndTargets {
  const plan = defaultPlan();
  const seen = newPlanRowsSeen();
  for (const t of inputs.tablesOf('plan')) applyPlanSheet(plan, t, log, seen);
  applyWeekTargets(plan, period);
  const targets: TargetOverrides = new Map();
  const written: TargetsSeen = new Map();
  for (const t of inputs.tablesOf('targets'))
    for (const [id, m] of parseTargets(t, resolver, log, period.kind, plan.kpis, written))
      targets.set(id, { ...targets.get(id), ...m });
  return { plan, targets };
}

export interface PeriodData {
  sales: Attributor;
  orderStats: OrderReadStats;
  chat: ReturnType<typeof readChat>;
  qa: Map<string, QaSummary>;
  adjustments: Map<string, AdjustmentLine[]>;
  disputes: Disputes;
  ratings: Ratings;
  earlierCards: Map<string, EarlierScorecard>;
  /** Per earlier period: who failed it. */
  history: Map<string, Map<string, boolean>>;
  /** The earlier periods of this kind shown in trends. */
  trendPeriods: string[];
}

/** Orders → agents; chat; QA; adjustments; disputes; ratings; earlier scorecards. */
export function readPeriodData(
  inputs: Inputs,
  staff: Staff,
  resolver: AgentResolver,
  plan: Plan,
  period: Period,
  log: IssueLog,
  lockedMonth?: LockedMonth,
): PeriodData {
  const { employed } = staff;
  const orderTables = inputs.tablesOf('orders');
  const consultations = readConsultations(inputs.tablesOf('consultations'), resolver, log);
  const sales = new Attributor(
    resolver,
    employed,
    plan,
    log,
    orderTables.reduce((n, t) => n + rowCount(t.sheet), 0),
    consultations?.index,
    staff.conflictingIds,
  );
  const orderStats = readOrders(orderTables, period, plan, log, (o) => sales.add(o));
  reportOrdersOfConflictingIds(staff, sales.conflictingCited, log);
  const chat = readChat(inputs.tablesOf('chat'), period, resolver, employed, log);
  const qa = readQa(inputs.tablesOf('qa'), period, resolver, employed, log);
  const adjustments = readAdjustments(inputs.tablesOf('adjustments'), period, resolver, employed, plan, log);
  const disputes =
    period.kind === 'month'
      ? readDisputes(inputs.tablesOf('disputes'), period, resolver, employed, log, lockedMonth)
      : disputesOutsideMonth(inputs.tablesOf('disputes'), period, !isAssessment(period.kind, plan.periodPay), log);
  const ratings = readRatings(inputs.tablesOf('ratings'), period, resolver, employed, log);
  const earlierCards = readScorecards(inputs.sheetsOf('history'), log);
  return {
    sales,
    orderStats,
    chat,
    qa,
    adjustments,
    disputes,
    ratings,
    earlierCards,
    history: failuresOf(earlierCards),
    trendPeriods: earlierPeriodsOfKind(period, earlierCards),
  };
}
