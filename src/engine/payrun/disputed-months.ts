/**
 * The other months the period's 申诉 rows name (and could still change pay: rejected ones are not asked), as
 * the run reads them: only those months' Audit sheets (is it locked?) and Statements (was it paid?) matter to
 * it, so the pane reads just those instead of every earlier month's. Reads the roster and the 申诉 sheets
 * only; what they say wrong is the run's to report, not this look-ahead's.
 */
import type { WorkbookData } from '../cell';
import { AgentResolver } from '../agents';
import { parsePeriod } from '../dates';
import { IssueLog } from '../issues';
import { readDisputes } from '../parse/disputes';
import { Inputs, locateInputs } from '../pipeline/locate-inputs';
import { readStaff } from '../pipeline/staff';

/** Month keys (YYYY-MM) whose lock the run of `periodText` would ask about; [] for weeks, ranges or no disputes. */
export function disputedMonths(wb: WorkbookData, periodText: string): string[] {
  const period = parsePeriod(periodText);
  if (!period || period.kind !== 'month') return [];
  const log = new IssueLog();
  const inputs = new Inputs(locateInputs(wb, period, log));
  const rosters = inputs.tablesOf('roster');
  const disputes = inputs.tablesOf('disputes');
  if (rosters.length === 0 || disputes.length === 0) return [];
  const staff = readStaff(rosters, period, log);
  const asked = new Set<string>();
  readDisputes(disputes, period, new AgentResolver(staff.agents), staff.employed, log, (month) => {
    asked.add(month);
    return null;
  });
  return [...asked].sort();
}
