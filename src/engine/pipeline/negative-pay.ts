/**
 * A gross pay below zero (fines larger than everything earned) cannot be paid as it stands:
 * it is kept on the payroll as computed, and the manager is told so finance does not find it first.
 */
import type { AgentResult } from '../model';
import type { IssueLog } from '../issues';
import type { Table } from '../sheets/table';
import { formatYuan } from '../money';
import { msg } from '../messages';

export function reportNegativeGrossPay(agents: AgentResult[], roster: Table, log: IssueLog): void {
  for (const a of agents) {
    if (a.pay.grossPay >= 0) continue;
    const { agentId, name, row } = a.agent;
    log.at(
      'warning',
      'gross-pay-negative',
      {
        sheet: roster.sheet.name,
        row,
        column: roster.columnLabel('agentId'),
        cell: roster.cellRef(row - 1, 'agentId'),
      },
      agentId,
      msg('gross-pay-negative', {
        agentId,
        name,
        grossPay: formatYuan(a.pay.grossPay),
        fines: formatYuan(a.pay.fines),
      }),
      msg('gross-pay-negative.action'),
      agentId,
      a.pay.grossPay,
    );
  }
}
