/** cs-kpi payroll --whatif <工号>: the agent's 工资测算 as a workbook of its own, beside --out. */
import * as path from 'path';
import { findAgent, type Lang, outputProps, type PayrollResult, safeFileName, whatIfSheet } from '../engine';
import type { OutputFile } from './xlsx-write';

/** `<工号>-测算-<period>.xlsx` beside the output workbook, or the message when the 工号 is not on the payroll. */
export async function whatIfFile(
  result: PayrollResult,
  agentId: string,
  out: string,
  lang: Lang,
): Promise<OutputFile | { problem: string }> {
  const agent = findAgent(result, agentId);
  if (!agent) {
    return {
      problem:
        lang === 'zh'
          ? `--whatif：工号“${agentId}”不在 ${result.period} 的工资表中`
          : `--whatif: agent ID "${agentId}" is not on the ${result.period} payroll`,
    };
  }
  return {
    // A 工号 such as KF/01 would otherwise name a folder: written as the slips name it (KF_01).
    target: path.join(path.dirname(out), `${safeFileName(agent.agent.agentId)}-测算-${result.period}.xlsx`),
    sheets: [whatIfSheet(result, agent.agent.agentId, lang)],
    props: outputProps(result),
  };
}
