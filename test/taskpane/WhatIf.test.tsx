/** @jest-environment jsdom */
// 工资测算 / What-if from the pane, against the real engine: the manager picks
// an agent (from the roster before any generation, or from the generation)
// and the agent's what-if sheet is written into this workbook with live CS.*
// formulas, which evaluate to the payroll the engine computes on its own.
import './dom-polyfills';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  generateDemoWorkbook,
  isFormulaCell,
  runPayroll,
  type Lang,
  type SheetSpec,
  type WorkbookData,
} from '../../src/engine';
import { App } from '../../src/taskpane/App';
import { Sheet } from '../support/formula-eval';
import { MemoryPort } from './memory-port';

const PERIOD = '2026-10';
const TODAY = new Date(2026, 10, 3);

function demoPort(): { port: MemoryPort; inputs: WorkbookData } {
  const inputs = generateDemoWorkbook({ period: PERIOD, agents: 8, orders: 600, seed: 5 });
  return {
    port: new MemoryPort(Object.fromEntries(inputs.sheets.map((s) => [s.name, s.rows.map((r) => [...r])]))),
    inputs,
  };
}

function item(spec: SheetSpec, name: string): string {
  return `B${spec.rows.findIndex((r) => r[0] === name) + 2}`;
}

/** The button whose text is `text` (by text, not role: role queries crawl the whole pane, slow once a generation fills it). */
function button(text: string): HTMLButtonElement {
  const b = screen.getByText(text).closest('button');
  if (!b) throw new Error(`no button ${text}`);
  return b;
}

async function pickAndWrite(agentId: string, lang: Lang) {
  const zh = lang === 'zh';
  await screen.findByText(zh ? '工资测算…' : 'What-if…');
  fireEvent.click(button(zh ? '工资测算…' : 'What-if…'));
  const section = await screen.findByLabelText(zh ? '客服' : 'Agent');
  const select = section as HTMLSelectElement;
  await waitFor(() => expect(select.querySelectorAll('option').length).toBeGreaterThan(1));
  fireEvent.change(select, { target: { value: agentId } });
  fireEvent.click(button(zh ? '写入测算表' : 'Write what-if sheet'));
}

test("before any generation: the roster's agents are offered, and the chosen one's what-if sheet is written with live CS.* formulas that give the payroll", async () => {
  const { port, inputs } = demoPort();
  const expected = runPayroll(JSON.parse(JSON.stringify(inputs)) as WorkbookData, { period: PERIOD });
  const agent = expected.agents[3];
  render(<App port={port} initialLang="zh" today={TODAY} />);

  await pickAndWrite(agent.agent.agentId, 'zh');
  const name = `测算 ${agent.agent.agentId} ${PERIOD}`;
  expect(
    await screen.findByText(
      `已写入测算表“${name}”：修改其中的数值即可看到工资变化（需要已加载本加载项才会重算）。`,
      undefined,
      { timeout: 60_000 },
    ),
  ).toBeTruthy();

  // One sheet written, the what-if kind, replacing nothing: no finance output was written.
  expect(port.written).toHaveLength(1);
  const [spec] = port.written[0];
  expect(port.written[0]).toHaveLength(1);
  expect(spec).toMatchObject({ kind: 'whatif', name });
  expect(port.replaced).toEqual([[]]);
  expect(port.activated[port.activated.length - 1]).toBe(name);
  // The options were the roster's: 花名册 read for the picker, then the inputs for the payroll.
  const options = [...document.querySelectorAll('option')].map((o) => o.textContent);
  for (const a of expected.agents) expect(options).toContain(`${a.agent.agentId} ${a.agent.name}`);
  expect(port.reads[0]).toEqual(['花名册']);
  expect(port.reads[1]).toEqual(inputs.sheets.map((x) => x.name));
  for (const names of port.reads.slice(2)) expect(names).toEqual(['花名册']); // the list refreshed after the write

  const formulas = spec.rows.flat().filter(isFormulaCell);
  expect(formulas.length).toBeGreaterThan(8);
  expect(formulas.every((f) => /CS\.|^IF|^ROUND|^B\d+$/.test(f.formula))).toBe(true);
  const sheet = new Sheet(spec.rows.map((r) => [...r]));
  expect(sheet.value(item(spec, '应发工资'))).toBe(agent.pay.grossPay / 100);
  expect(sheet.value(item(spec, '总分'))).toBe(agent.score ?? '');
  expect(sheet.value(item(spec, '提成'))).toBe(agent.pay.commission / 100);
  // The inputs are untouched.
  for (const s of inputs.sheets) expect(port.sheets.get(s.name)).toEqual(s.rows);
}, 120_000);

test("after a generation (English): the generation's agents, no second read; writing it again asks before replacing the sheet", async () => {
  const { port, inputs } = demoPort();
  const expected = runPayroll(JSON.parse(JSON.stringify(inputs)) as WorkbookData, { period: PERIOD });
  const agent = expected.agents.find((a) => a.agent.role === 'presales')!;
  render(<App port={port} initialLang="en" today={TODAY} />);
  await screen.findByText('Generate monthly payroll');
  fireEvent.click(button('Generate monthly payroll'));
  await screen.findByText(`Payroll for ${PERIOD} generated`, undefined, { timeout: 120_000 });
  const readsAfterGeneration = port.reads.length;
  const writesAfterGeneration = port.written.length;

  await pickAndWrite(agent.agent.agentId, 'en');
  const name = `What-if ${agent.agent.agentId} ${PERIOD}`;
  expect(
    await screen.findByText(
      `What-if sheet "${name}" written: change its numbers to see the pay move (recalculates while this add-in is loaded).`,
      undefined,
      { timeout: 60_000 },
    ),
  ).toBeTruthy();
  // No input was read again (only the month's outputs, for its lock, after the sheet list changed).
  for (const names of port.reads.slice(readsAfterGeneration)) expect(names).not.toContain('花名册');
  const spec = port.written[writesAfterGeneration][0];
  expect(spec.kind).toBe('whatif');
  const sheet = new Sheet(spec.rows.map((r) => [...r]));
  expect(sheet.value(item(spec, 'Gross pay'))).toBe(agent.pay.grossPay / 100);
  expect(sheet.value(item(spec, 'Conversion bonus'))).toBe(agent.pay.conversionBonus / 100);

  // Again: the sheet exists (the manager may have edited it), so the pane asks first.
  fireEvent.click(button('Write what-if sheet'));
  expect(await screen.findByText(`These sheets will be replaced and their contents lost: "${name}"`)).toBeTruthy();
  expect(port.written).toHaveLength(writesAfterGeneration + 1);
  fireEvent.click(button('Replace'));
  await waitFor(() => expect(port.written).toHaveLength(writesAfterGeneration + 2));
  expect(port.written[writesAfterGeneration + 1][0].name).toBe(name);
}, 240_000);
