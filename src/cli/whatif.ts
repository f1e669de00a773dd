/** cs-kpi payroll --whatif <工号>: the agent's 工资测算 as a workbook of its own, beside --out. */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { findAgent, type Lang, type PayrollResult, whatIfSheet } from '../engine';
import { addSpecSheet, OutputFile } from './xlsx-write';

/** `<工号>-测算-<period>.xlsx` beside the output workbook, or the message when the 工号 is not on the payroll. */
export async function whatIfFile(result: PayrollResult, agentId: string, out: string, lang: Lang): Promise<OutputFile | { problem: string }> {
  const agent = findAgent(result, agentId);
  if (!agent) {
    return { problem: lang === 'zh' ? `--whatif：工号“${agentId}”不在 ${result.period} 的工资表中` : `--whatif: agent ID "${agentId}" is not on the ${result.period} payroll` };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = `CS Performance ${result.version}`;
  wb.created = new Date(result.generatedAt);
  await addSpecSheet(wb, whatIfSheet(result, agent.agent.agentId, lang));
  return { target: path.join(path.dirname(out), `${agent.agent.agentId}-测算-${result.period}.xlsx`), workbook: wb };
}
