/** Pipeline stages: measure and score each employed agent, then rank within role and award stars. */
import type { Agent, KpiResult, Measures, QaSummary, StarAward } from '../model';
import type { Grade } from '../formulas';
import { ROLES } from '../model';
import type { IssueLog } from '../issues';
import { measuresOf } from '../measures';
import { rankWithin, scoreAgent } from '../scoring';
import { awardStars } from '../stars';
import type { Plan } from '../plan/defaults';
import type { TargetOverrides } from '../plan/targets';
import { reportMissingRatings, scoresMeasure } from '../plan/manual-items';
import type { Table } from '../sheets/table';
import type { PeriodData } from './read-sheets';
import { msg } from '../messages';

export interface Scored {
  agent: Agent;
  measures: Measures;
  qa: QaSummary;
  kpis: KpiResult[];
  score: number | null;
  grade: Grade;
}

export function scoreAgents(
  agents: Agent[],
  data: PeriodData,
  plan: Plan,
  targets: TargetOverrides,
  roster: Table,
  log: IssueLog,
): Scored[] {
  const salesOf = data.sales.totals();
  return agents.map((agent) => {
    const measures = measuresOf(salesOf.get(agent.agentId), data.chat.byAgent.get(agent.agentId));
    const q = data.qa.get(agent.agentId) ?? { deducted: 0, fatal: false, items: [] };
    const s = scoreAgent(agent, measures, q, plan, targets, data.ratings.get(agent.agentId));
    reportMissingRatings(agent, plan, data.ratings, log, { sheet: roster.sheet.name, row: agent.row });
    reportThinData(log, agent, measures, s.score, plan, roster);
    return { agent, measures, qa: q, ...s };
  });
}

/** An agent scored on nothing, on no chat, or with chat but no order: most often a data mistake, so said. */
function reportThinData(
  log: IssueLog,
  agent: Agent,
  measures: Measures,
  score: number | null,
  plan: Plan,
  roster: Table,
): void {
  const at = {
    sheet: roster.sheet.name,
    row: agent.row,
    column: roster.columnLabel('agentId'),
    cell: roster.cellRef(agent.row - 1, 'agentId'),
  };
  if (score === null)
    log.at(
      'warning',
      'no-kpi',
      at,
      agent.agentId,
      msg('no-kpi', { agentId: agent.agentId, name: agent.name }),
      msg('no-kpi.action'),
      agent.agentId,
    );
  else if (measures.chatRows === 0)
    log.at(
      'warning',
      'agent-no-chat',
      at,
      agent.agentId,
      msg('agent-no-chat', { agentId: agent.agentId, name: agent.name, account: agent.account }),
      msg('agent-no-chat.action'),
      agent.agentId,
    );
  else if (scoresMeasure(plan, agent.role, 'sales') && measures.orders === 0)
    log.at(
      'warning',
      'agent-no-orders',
      at,
      agent.agentId,
      msg('agent-no-orders', { agentId: agent.agentId, name: agent.name }),
      msg('agent-no-orders.action'),
      agent.agentId,
    );
}

/** Rank within role (score, then sales), by agent ID. */
export function rankByRole(scored: Scored[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const role of ROLES) {
    const group = scored
      .filter((x) => x.agent.role === role)
      .map((x) => ({ agentId: x.agent.agentId, score: x.score, sales: x.measures.sales }));
    for (const [id, r] of rankWithin(group)) ranks.set(id, r);
  }
  return ranks;
}

export function starsOf(scored: Scored[], plan: Plan): Map<string, StarAward[]> {
  return awardStars(
    scored.map((x) => ({ agent: x.agent, m: x.measures })),
    plan,
  );
}
