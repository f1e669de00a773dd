/**
 * What a regeneration changes: per agent, gross pay before → after and the
 * components that moved (with the statement's explanation on both sides),
 * which input sheets changed (audit checksums) and which plan keys changed.
 */
import type { Lang, LocalText } from '../model';
import type { PayrollResult } from '../run';
import { MONEY_KEYS } from '../output/payroll';
import { PLAN_KEYS, formatPlanValue } from '../plan/catalog';
import { kpiAuditRows } from '../output/kpi-notes';
import { CompareRefused, MoneyKey, PreviousRun } from './previous-run';
import { msg } from '../messages';
import { CHECKSUM_METHOD } from '../sha256';

export interface AgentChange {
  agentId: string;
  name: string;
  /** Cents; null when the agent was not on that payroll. */
  grossPayBefore: number | null;
  grossPayAfter: number | null;
  /** Components that moved (gross pay excluded), cents before and after. */
  components: Partial<Record<Exclude<MoneyKey, 'grossPay'>, [number | null, number | null]>>;
  /** The statement's explanation of each moved component, before and after. */
  why: Partial<Record<Exclude<MoneyKey, 'grossPay'>, [string, string]>>;
}

export interface InputChange {
  sheet: string;
  /** not-compared: the earlier run's checksum follows another CHECKSUM_METHOD, so a difference says nothing. */
  change: 'changed' | 'added' | 'removed' | 'not-compared';
  before: string | null;
  after: string | null;
  /** Data rows before (as the earlier audit's note says; null when it does not) and now. */
  rows: [number | null, number | null];
}

export interface PlanChange {
  key: string;
  before: string | null;
  after: string | null;
}

export interface PayRunChanges {
  period: string;
  /** When the earlier run was generated: its inputs as they were then are what a changed sheet differs from. */
  earlierGeneratedAt: string;
  agents: AgentChange[];
  inputs: InputChange[];
  plan: PlanChange[];
}

const COMPONENTS = MONEY_KEYS.filter((k): k is Exclude<MoneyKey, 'grossPay'> => k !== 'grossPay');

/** Compare the earlier run with the new result. Throws CompareRefused for another shop's or period's outputs. */
export function compareRuns(before: PreviousRun, after: PayrollResult, lang: Lang): PayRunChanges {
  if (before.period !== after.period) {
    throw new CompareRefused(
      'compare-other-period',
      msg('payrun.compare.different-periods-cannot-be-compared', { period: before.period, period2: after.period }),
    );
  }
  const ids = new Set(after.agents.map((a) => a.agent.agentId));
  const sameShopName = !before.shopName || !after.shopName || before.shopName === after.shopName;
  const sharesAgents = before.agents.length === 0 || ids.size === 0 || before.agents.some((a) => ids.has(a.agentId));
  if (!sameShopName || !sharesAgents) {
    const which: LocalText = !sameShopName
      ? msg('payrun.compare.not', { shopName: before.shopName, shopName2: after.shopName })
      : msg('payrun.compare.another-shop-not-one-agent');
    throw new CompareRefused('compare-other-shop', msg('payrun.compare.the-workbook-to-compare-belongs', { which }));
  }

  const agents: AgentChange[] = [];
  const prevById = new Map(before.agents.map((a) => [a.agentId, a]));
  for (const a of after.agents) {
    const prev = prevById.get(a.agent.agentId);
    const change: AgentChange = {
      agentId: a.agent.agentId,
      name: a.agent.name,
      grossPayBefore: prev ? prev.pay.grossPay : null,
      grossPayAfter: a.pay.grossPay,
      components: {},
      why: {},
    };
    for (const k of COMPONENTS) {
      const was = prev ? prev.pay[k] : null;
      if (was === a.pay[k]) continue;
      change.components[k] = [was, a.pay[k]];
      change.why[k] = [prev?.why[k] ?? '', a.statement.find((l) => l.component === k)?.explanation[lang] ?? ''];
    }
    if (!prev || Object.keys(change.components).length > 0 || prev.pay.grossPay !== a.pay.grossPay) agents.push(change);
  }
  for (const p of before.agents) {
    if (ids.has(p.agentId)) continue;
    const components: AgentChange['components'] = {};
    for (const k of COMPONENTS) if (p.pay[k] !== 0) components[k] = [p.pay[k], null];
    agents.push({
      agentId: p.agentId,
      name: p.name,
      grossPayBefore: p.pay.grossPay,
      grossPayAfter: null,
      components,
      why: {},
    });
  }

  const inputs: InputChange[] = [];
  const nowInputs = new Map(after.inputs.map((s) => [s.sheet, s]));
  const sameMethod = before.checksumMethod === CHECKSUM_METHOD;
  const rowsBefore = (sheet: string) => before.inputRows.get(sheet) ?? null;
  for (const [sheet, { checksum: sum, dataRows }] of nowInputs) {
    const was = before.inputs.get(sheet);
    const rows: InputChange['rows'] = [rowsBefore(sheet), dataRows];
    if (was === undefined) inputs.push({ sheet, change: 'added', before: null, after: sum, rows });
    else if (was !== sum)
      inputs.push({ sheet, change: sameMethod ? 'changed' : 'not-compared', before: was, after: sum, rows });
  }
  for (const [sheet, sum] of before.inputs)
    if (!nowInputs.has(sheet))
      inputs.push({ sheet, change: 'removed', before: sum, after: null, rows: [rowsBefore(sheet), null] });

  const plan: PlanChange[] = [];
  // Plan keys as the audit lists them: KPI weights and targets are rows of the KPI table ("KPI <key>").
  const nowPlan = new Map(
    PLAN_KEYS.filter((k) => !k.kpiKey).map((k) => [k.key, String(formatPlanValue(k, k.get(after.plan)))]),
  );
  for (const [, key, value] of kpiAuditRows(after.plan, lang)) nowPlan.set(`KPI ${String(key)}`, String(value ?? ''));
  for (const [key, value] of nowPlan) {
    const was = before.plan.get(key);
    if (was === undefined) {
      if (before.plan.size > 0) plan.push({ key, before: null, after: value });
    } else if (was !== value) plan.push({ key, before: was, after: value });
  }
  for (const [key, value] of before.plan) if (!nowPlan.has(key)) plan.push({ key, before: value, after: null });

  return { period: after.period, earlierGeneratedAt: before.generatedAt, agents, inputs, plan };
}

/** The `--json` form: money in yuan, as the rest of the JSON. */
export function changesJson(c: PayRunChanges) {
  const yuan = (x: number | null) => (x === null ? null : x / 100);
  return {
    changes: c.agents.map((a) => ({
      agentId: a.agentId,
      name: a.name,
      grossPayBefore: yuan(a.grossPayBefore),
      grossPayAfter: yuan(a.grossPayAfter),
      components: Object.fromEntries(Object.entries(a.components).map(([k, [b, n]]) => [k, [yuan(b), yuan(n)]])),
      why: a.why,
    })),
    inputsChanged: c.inputs,
    planChanged: c.plan,
  };
}
