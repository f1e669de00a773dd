/**
 * 工资测算 / What-if from the pane: one agent's what-if sheet, written into the
 * current workbook beside the inputs and outputs (never into the finance
 * outputs, which keep no CS.* formula). It uses the period's last generation
 * when there is one, else computes the payroll without writing it.
 */
import { findAgent, msg, rosterEntries, whatIfSheet, type Lang, type PayrollResult, type SheetSpec } from '../engine';
import type { WorkbookPort } from '../excel/workbook-port';
import { PayRunRefusal } from './errors';
import { readAndRun, type FlowOptions, type WorkbookScan } from './payroll-flow';

export interface AgentChoice {
  agentId: string;
  name: string;
}

/** Agents to pick from: the generation's payroll when there is one, else the roster sheet. */
export async function agentChoices(
  port: WorkbookPort,
  scan: WorkbookScan,
  result: PayrollResult | null,
): Promise<AgentChoice[]> {
  if (result) return result.agents.map((a) => ({ agentId: a.agent.agentId, name: a.agent.name }));
  const roster = scan.inputs.find((i) => i.kind === 'roster' && i.rowCount > 0);
  if (!roster) return [];
  const wb = await port.readSheets([roster.name]);
  return wb.sheets.length > 0 ? rosterEntries(wb.sheets[0]) : [];
}

/** The agent's what-if sheet; refused (bilingual) when the 工号 is not on the period's payroll. */
export async function whatIfFor(
  port: WorkbookPort,
  scan: WorkbookScan,
  generated: PayrollResult | null,
  agentId: string,
  opts: FlowOptions & { period: string; lang: Lang },
): Promise<SheetSpec> {
  // Only the result is needed: the worker builds no output sheets for it.
  const result =
    generated?.period === opts.period ? generated : (await readAndRun(port, scan, { ...opts, outputs: false })).result;
  const agent = findAgent(result, agentId);
  if (!agent) {
    throw new PayRunRefusal(
      'whatif-unknown-agent',
      msg('pane.refusal.whatifUnknownAgent', { agentId, period: result.period }),
    );
  }
  return whatIfSheet(result, agent.agent.agentId, opts.lang);
}

/** Writes the sheet (a what-if of the same name is replaced in place) and shows it. */
export async function writeWhatIf(port: WorkbookPort, spec: SheetSpec, signal?: AbortSignal): Promise<void> {
  await port.writeOutputs([spec], [], undefined, signal);
  await port.activateSheet(spec.name).catch(() => undefined); // a courtesy: the sheet is written
}
