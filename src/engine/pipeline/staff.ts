/** Pipeline stage: who is on the payroll this period (the roster, and who was employed in the period). */
import type { Agent } from '../model';
import { ACTION, IssueLog } from '../issues';
import type { Period } from '../dates';
import type { Table } from '../sheets/table';
import { parseRoster } from '../parse/roster';
import { daysEmployed } from '../pay';
import { msg } from '../messages';
import { type Cents, formatYuan } from '../money';
import { ConflictingIds } from '../conflicting-ids';

export interface Staff {
  /** The roster sheet read (the first; more than one is reported). */
  roster: Table;
  /** Everyone on the roster: orders may still name agents who were not employed. */
  agents: Agent[];
  employedAgents: Agent[];
  employed: Set<string>;
  /** 工号 listed twice with different details (nobody is paid under them). */
  conflictingIds: ConflictingIds;
}

export function readStaff(rosterTables: Table[], period: Period, log: IssueLog): Staff {
  const roster = rosterTables[0];
  if (rosterTables.length > 1)
    log.at(
      'warning',
      'several-rosters',
      { sheet: rosterTables[1].sheet.name },
      null,
      msg('several-rosters', { length: rosterTables.length, name: roster.sheet.name }),
      ACTION.ignored,
    );
  const conflictingIds = new ConflictingIds();
  const agents = parseRoster(roster, log, conflictingIds);
  // An empty roster is no payroll (finance would get a sheet paying nobody): it stops the run like a missing
  // roster (SPEC §7: exit 1), said at the first row below the header.
  if (agents.length === 0) {
    const headerRow = roster.headerIndex + 1;
    log.at(
      'fatal',
      'roster-no-agents',
      roster.where(roster.headerIndex + 1, 'agentId'),
      null,
      msg('roster-no-agents', { name: roster.sheet.name, headerRow }),
      msg('roster-no-agents.action'),
    );
  }
  const employedAgents = agents.filter((a) => {
    if (daysEmployed(a, period) > 0) return true;
    log.at(
      'info',
      'agent-not-employed',
      roster.where(a.row - 1, datePastPeriod(a, period)),
      a.agentId,
      msg('agent-not-employed', { agentId: a.agentId, name: a.name, key: period.key }),
      msg('agent-not-employed.action'),
      a.agentId,
    );
    return false;
  });
  const employed = new Set(employedAgents.map((a) => a.agentId));
  return { roster, agents, employedAgents, employed, conflictingIds };
}

/** The roster date that keeps an agent out of the period: a 离职日期 before it (or before the 入职日期), else the 入职日期. */
function datePastPeriod(a: Agent, period: Period): 'hireDate' | 'leaveDate' {
  const leave = a.leaveDate;
  return leave !== null && (leave < period.start || (a.hireDate !== null && leave < a.hireDate))
    ? 'leaveDate'
    : 'hireDate';
}

/** One warning per conflicting 工号 that orders name, at its roster row (see ConflictingIds). */
export function reportOrdersOfConflictingIds(
  staff: Staff,
  cited: ReadonlyMap<string, { orders: number; net: Cents }>,
  log: IssueLog,
): void {
  for (const [agentId, { orders, net }] of cited) {
    const index = staff.conflictingIds.firstRowOf(agentId);
    if (index === undefined) continue;
    log.at(
      'warning',
      'roster-duplicate-id-orders',
      staff.roster.where(index, 'agentId'),
      agentId,
      msg('roster-duplicate-id-orders', { agentId, orders, yuan: formatYuan(net) }),
      msg('roster-duplicate-id-orders.action'),
      agentId,
    );
  }
}
