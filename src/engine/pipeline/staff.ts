/** Pipeline stage: who is on the payroll this period (the roster, and who was employed in the period). */
import type { Agent } from '../model';
import { ACTION, IssueLog } from '../issues';
import type { Period } from '../dates';
import type { Table } from '../sheets/table';
import { parseRoster } from '../parse/roster';
import { daysEmployed } from '../pay';

export interface Staff {
  /** The roster sheet read (the first; more than one is reported). */
  roster: Table;
  /** Everyone on the roster: orders may still name agents who were not employed. */
  agents: Agent[];
  employedAgents: Agent[];
  employed: Set<string>;
}

export function readStaff(rosterTables: Table[], period: Period, log: IssueLog): Staff {
  const roster = rosterTables[0];
  if (rosterTables.length > 1) log.at('warning', 'several-rosters', { sheet: rosterTables[1].sheet.name }, null,
    { zh: `有 ${rosterTables.length} 张花名册，只使用“${roster.sheet.name}”`, en: `${rosterTables.length} roster sheets: only "${roster.sheet.name}" is used` }, ACTION.ignored);
  const agents = parseRoster(roster, log);
  const employedAgents = agents.filter((a) => {
    if (daysEmployed(a, period) > 0) return true;
    log.at('info', 'agent-not-employed', { sheet: roster.sheet.name, row: a.row }, a.agentId,
      { zh: `${a.agentId} ${a.name} 在 ${period.key} 不在岗（入职/离职日期）`, en: `${a.agentId} ${a.name} was not employed in ${period.key} (hire/leave dates)` }, { zh: '不计入本月工资', en: 'not on this month\'s payroll' }, a.agentId);
    return false;
  });
  return { roster, agents, employedAgents, employed: new Set(employedAgents.map((a) => a.agentId)) };
}
