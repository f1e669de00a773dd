/** @jest-environment jsdom */
// The pane against the real engine: a manager's path through the demo month,
// checked against what the engine itself computes for the same workbook.
import './dom-polyfills';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildOutputSheets, runPayroll, type WorkbookData } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import { formatMoney, formatPercent } from '../../src/taskpane/format';
import { MemoryPort } from './memory-port';

const PERIOD = '2026-10';

test('demo data → check → generate: the summary shows what the engine computes, and the outputs are written', async () => {
  const port = new MemoryPort();
  render(<App port={port} initialLang="zh" today={new Date(2026, 10, 3)} />);

  fireEvent.click(await screen.findByRole('button', { name: '插入演示数据' }));
  await screen.findByText(/已插入 2026-10 的演示数据/, undefined, { timeout: 60_000 });
  const inputNames = [...port.sheets.keys()];
  const inputs: WorkbookData = { sheets: inputNames.map((name) => ({ name, rows: port.sheets.get(name)! })) };
  const before = JSON.stringify(inputs);

  fireEvent.click(screen.getByRole('button', { name: '检查数据' }));
  await screen.findAllByText(/^数据问题（\d+）$|的数据没有发现问题/, undefined, { timeout: 60_000 });
  expect(screen.queryByText('无法生成工资')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  const summary = await screen.findByRole('region', { name: `${PERIOD} 工资已生成` }, { timeout: 120_000 });

  const expected = runPayroll(JSON.parse(before) as WorkbookData, { period: PERIOD, lang: 'zh' });
  const s = within(summary);
  expect(expected.agents.length).toBeGreaterThan(0);
  expect(s.getByText('客服人数').nextSibling?.textContent).toBe(String(expected.agents.length));
  expect(s.getByText('店铺销售额').nextSibling?.textContent).toBe(formatMoney(expected.shop.sales));
  expect(s.getByText('静默销售占比').nextSibling?.textContent).toBe(formatPercent(expected.shop.silentShare, 'zh'));
  const presalesTop = expected.agents
    .filter((a) => a.agent.role === 'presales')
    .slice(0, 3)
    .map((a) => a.agent.name);
  const table = s.getByRole('table', { name: '各岗位前三名 · 售前' });
  expect(
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[1].textContent),
  ).toEqual(presalesTop);

  // Every output sheet of the period is in the workbook; the inputs are untouched.
  const outputNames = buildOutputSheets(expected, 'zh').map((o) => o.name);
  for (const name of outputNames) expect(port.sheets.has(name)).toBe(true);
  expect(JSON.stringify({ sheets: inputNames.map((name) => ({ name, rows: port.sheets.get(name)! })) })).toBe(before);
  expect(port.activated[port.activated.length - 1]).toBe(outputNames.find((n) => n.startsWith('绩效')));
}, 180_000);
