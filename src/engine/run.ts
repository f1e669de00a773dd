/**
 * The whole period in one call, as a pipeline of named stages (src/engine/pipeline):
 * locate inputs → staff → plan → read sheets (orders attributed as they are read)
 * → score → rank and stars → pay and flags → assemble. Pure: the same
 * WorkbookData always gives the same result.
 */
import type { WorkbookData } from './cell';
import type { AgentResult, DisputeRecord, InputSheetSummary, Issue, Lang, ShopFigures } from './model';
import { ACTION, InputError, IssueLog } from './issues';
import { parsePeriod, Period, PeriodKind } from './dates';
import { AgentResolver } from './agents';
import { shopTrend } from './trend';
import type { ShopPoint } from './output/shop-trend-block';
import { isAssessment, PERIOD_FORMS, periodFaultMessage } from './period-rules';
import { reportNegativeGrossPay } from './pipeline/negative-pay';
import type { Plan } from './plan/defaults';
import { withRefundConventions } from './parse/refund-convention';
import type { Hasher } from './sha256';
import { Inputs, locateInputs, summaries } from './pipeline/locate-inputs';
import { readStaff } from './pipeline/staff';
import { readPeriodData, readPlan } from './pipeline/read-sheets';
import { lockedMonthsIn } from './payrun/other-month-disputes';
import { rankByRole, scoreAgents, starsOf } from './pipeline/score';
import { payAndFlag } from './pipeline/pay-and-flag';
import { shopFiguresOf, shopNameOf } from './pipeline/assemble';
import { msg } from './messages';

export const ENGINE_VERSION = '0.1.0';

export interface RunOptions {
  period: string;
  lang?: Lang;
  generatedAt?: Date;
  /** Minutes east of UTC where the run is made, for the Audit's local times; the host's zone when absent. */
  utcOffsetMinutes?: number;
  version?: string;
  /** A faster hasher where the host has one (Node's crypto); defaults to the built-in SHA-256. */
  makeHasher?: () => Hasher;
  /** Skip the audit checksums (benchmarks time them separately); default true. */
  checksums?: boolean;
}

export interface PayrollResult {
  period: string;
  /** A month is the payroll; a week or a range of days is an assessment (no pay outputs) unless the plan pays it. */
  periodKind: PeriodKind;
  /** Whether this run states pay: a month, or a week / range under the plan key period.pay. */
  paysPeriod: boolean;
  /** The shop's sales, silent share and conversion for up to the last 6 periods of this kind, this one last. */
  shopTrend: ShopPoint[];
  /** The shop, from the roster's chat accounts ("暖阳旗舰店:小美" → "暖阳旗舰店"); "" when they carry none. */
  shopName: string;
  shop: ShopFigures;
  agents: AgentResult[];
  issues: Issue[];
  inputs: InputSheetSummary[];
  /** The period's 申诉 (disputes), decided or not. */
  disputes: DisputeRecord[];
  plan: Plan;
  generatedAt: string;
  /** Minutes east of UTC of the run's local time (the Audit shows its times in it). */
  utcOffsetMinutes: number;
  version: string;
}

export interface ValidationReport {
  period: string;
  inputs: InputSheetSummary[];
  issues: Issue[];
  fatal: Issue[];
  ok: boolean;
}

/** Check the workbook without producing outputs: what the pane's Validate step shows. */
export function validateWorkbook(wb: WorkbookData, periodText: string): ValidationReport {
  const period = requirePeriod(periodText);
  try {
    const r = runPayroll(wb, { period: period.key });
    return { period: period.key, inputs: r.inputs, issues: r.issues, fatal: [], ok: true };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const log = new IssueLog();
    const located = locateInputs(wb, period, log);
    return { period: period.key, inputs: summaries(located), issues: log.list, fatal: e.issues, ok: false };
  }
}

function requirePeriod(text: string): Period {
  const p = parsePeriod(text);
  if (!p) {
    throw new InputError([
      {
        severity: 'fatal',
        code: 'bad-period',
        sheet: null,
        row: null,
        column: null,
        cell: null,
        value: text.trim() === '' ? null : text,
        message: periodFaultMessage(text) ?? msg('bad-period', { value: text, PERIOD_FORMS }),
        action: ACTION.stopped,
      },
    ]);
  }
  return p;
}

/** Compute the month's scorecard and payroll. Throws InputError when a required sheet or column is missing. */
export function runPayroll(wb: WorkbookData, opts: RunOptions): PayrollResult {
  const period = requirePeriod(opts.period);
  const log = new IssueLog();
  const inputs = new Inputs(locateInputs(wb, period, log));
  const fatal = log.list.filter((i) => i.severity === 'fatal');
  if (fatal.length > 0) throw new InputError(fatal);

  const staff = readStaff(inputs.tablesOf('roster'), period, log);
  // A roster without one usable agent: stopped, with each roster row's own problem, which says why.
  if (staff.agents.length === 0) throw new InputError(log.list.filter((i) => i.sheet === staff.roster.sheet.name));
  const resolver = new AgentResolver(staff.agents);
  const { plan, targets } = readPlan(inputs, resolver, period, log);
  // Locks of earlier months, from their Audit sheets when the workbook holds them: a dispute of a locked month is said.
  const data = readPeriodData(inputs, staff, resolver, plan, period, log, lockedMonthsIn(wb.sheets));
  const scored = scoreAgents(staff.employedAgents, data, plan, targets, staff.roster, log);
  const agents = payAndFlag(scored, rankByRole(scored), starsOf(scored, plan), data, plan, period);
  if (!isAssessment(period.kind, plan.periodPay)) reportNegativeGrossPay(agents, staff.roster, log);
  const shop = shopFiguresOf(data);
  const generatedAt = opts.generatedAt ?? new Date();
  const shopNow: ShopPoint = {
    period: period.key,
    sales: shop.sales / 100,
    silentShare: shop.silentShare,
    conversion: shop.conversion,
  };

  return {
    period: period.key,
    periodKind: period.kind,
    paysPeriod: !isAssessment(period.kind, plan.periodPay),
    shopTrend: shopTrend(shopNow, data.trendPeriods, data.earlierCards),
    shopName: shopNameOf(staff.employedAgents),
    shop,
    agents,
    issues: log.list,
    inputs: withRefundConventions(
      summaries(inputs.located, opts.makeHasher, opts.checksums !== false),
      data.orderStats.refundConventions,
    ),
    disputes: data.disputes.list,
    plan,
    generatedAt: generatedAt.toISOString(),
    utcOffsetMinutes: opts.utcOffsetMinutes ?? -generatedAt.getTimezoneOffset(),
    version: opts.version ?? ENGINE_VERSION,
  };
}
