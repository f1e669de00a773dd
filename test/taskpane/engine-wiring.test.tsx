/** @jest-environment jsdom */
// The pane with the engine in its worker (a stand-in: jsdom has no Worker):
// 检查数据 and 生成月度工资 hand the rows over in slices and take the answer,
// progress shows the engine's step, Cancel ends the worker while the engine
// runs, errors read as they do with the engine on the page, and Diagnostics
// says so only when no worker could start.
import './dom-polyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { generateDemoWorkbook, runPayroll, type WorkbookData } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import { Diagnostics } from '../../src/taskpane/components/Diagnostics';
import type { ToEngine } from '../../src/taskpane/engine-protocol';
import { inThreadEngine, workerEngine, type EngineRunner } from '../../src/taskpane/engine-runner';
import { formatMoney } from '../../src/taskpane/format';
import { LangProvider } from '../../src/taskpane/lang-context';
import { MemoryPort } from './memory-port';
import { standInWorkers } from './stand-in-worker';

const PERIOD = '2026-10';
const demo: WorkbookData = generateDemoWorkbook({ period: PERIOD, agents: 12, orders: 25_000, seed: 7 });
const sheetsOf = (wb: WorkbookData) => Object.fromEntries(wb.sheets.map((s) => [s.name, s.rows]));
const orders = demo.sheets.find((s) => s.name === '订单报表')!.rows;
const orderRows = orders.length;
const orderWidth = orders[0].length;

function renderPane(port: MemoryPort, engine?: EngineRunner) {
  return render(<App port={port} initialLang="zh" today={new Date(2026, 10, 3)} engine={engine} />);
}

const runs = (sent: ToEngine[]) =>
  sent.filter((m): m is Extract<ToEngine, { type: 'run' }> => m.type === 'run').map((m) => m.job.kind);
const slicesOf = (sent: ToEngine[], sheet: string) => sent.filter((m) => m.type === 'rows' && m.sheet === sheet).length;

test("检查数据 and 生成月度工资 run in the worker: the order sheet goes over in slices of about 40,000 cells, one worker a job, and the summary is the engine's", async () => {
  const port = new MemoryPort(sheetsOf(demo));
  const { start, workers } = standInWorkers();
  renderPane(port, workerEngine(start));
  await screen.findByText('订单报表', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '检查数据' }));
  await screen.findAllByText(/^数据问题（\d+）$|的数据没有发现问题/, undefined, { timeout: 60_000 });
  expect(workers).toHaveLength(1);
  expect(runs(workers[0].sent)).toEqual(['validate']);
  expect(slicesOf(workers[0].sent, '订单报表')).toBe(Math.ceil(orderRows / Math.floor(40_000 / orderWidth)));

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  const summary = await screen.findByRole('region', { name: `${PERIOD} 工资已生成` }, { timeout: 120_000 });
  expect(workers).toHaveLength(2);
  expect(runs(workers[1].sent)).toEqual(['payroll']);
  expect(workers.every((w) => w.terminated)).toBe(true);

  const expected = runPayroll(demo, { period: PERIOD, lang: 'zh' });
  expect(within(summary).getByText('客服人数').nextSibling?.textContent).toBe(String(expected.agents.length));
  expect(within(summary).getByText('店铺销售额').nextSibling?.textContent).toBe(formatMoney(expected.shop.sales));
  expect(port.sheets.has(`工资表 ${PERIOD}`)).toBe(true);
}, 180_000);

test('while the worker computes, the bar shows the compute step past the read, and 取消 ends the worker: nothing is written', async () => {
  const port = new MemoryPort(sheetsOf(demo));
  const never = new Promise<void>(() => undefined);
  const { start, workers } = standInWorkers((w) => (w.holdRun = never));
  renderPane(port, workerEngine(start));
  await screen.findByText('订单报表', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  // Every slice taken: the engine "runs" (held) and the bar is in the compute step, past the read's 45 %.
  await act(async () => {
    while (!workers[0] || runs(workers[0].sent).length === 0) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 50));
  });
  const status = screen.getByRole('status');
  expect(status.textContent).toMatch(/计算/);
  const percent = Number(/(\d+)%/.exec(status.textContent ?? '')?.[1]);
  expect(percent).toBeGreaterThanOrEqual(45);
  expect(percent).toBeLessThan(60);

  fireEvent.click(within(status).getByRole('button', { name: '取消' }));
  expect(await screen.findByText('已取消，工作簿未做任何更改。')).toBeTruthy();
  expect(workers[0].terminated).toBe(true);
  expect(port.written).toEqual([]);
}, 120_000);

test("a required column missing: the worker's refusal reads exactly as the page engine's, in the manager's words", async () => {
  const noPay: WorkbookData = {
    sheets: demo.sheets.map((s) =>
      s.name === '订单报表' ? { name: s.name, rows: s.rows.map((r) => r.filter((_, c) => c !== 8)) } : s,
    ),
  };
  const shown: string[] = [];
  for (const engine of [workerEngine(standInWorkers().start), undefined]) {
    const port = new MemoryPort(sheetsOf(noPay));
    const view = renderPane(port, engine);
    await screen.findByText('订单报表', { selector: 'span' });
    fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
    const title = await screen.findByText('缺少必需的工作表或列', undefined, { timeout: 60_000 });
    shown.push(
      title.closest('[role="group"], .fui-MessageBar')?.textContent ??
        title.parentElement?.parentElement?.textContent ??
        '',
    );
    expect(port.written).toEqual([]);
    view.unmount();
  }
  expect(shown[0]).toContain('订单付款时间');
  expect(shown[0]).toBe(shown[1]);
  expect(shown[0]).not.toMatch(/InputError|\bat \w+ \(/);
}, 120_000);

function diagnostics(engine: EngineRunner) {
  const port = Object.assign(new MemoryPort(), {
    selfCheck: async () => ({ items: [], date1904: false, version: '', platform: '' }),
  });
  render(
    <LangProvider initialLang="zh">
      <FluentProvider theme={webLightTheme}>
        <Diagnostics port={port as unknown as MemoryPort} engine={engine} />
      </FluentProvider>
    </LangProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: '诊断' }));
}

test('Diagnostics says the engine runs on the page only when no worker could start', async () => {
  const noWorker = workerEngine(() => {
    throw new Error('Worker is not defined');
  });
  await noWorker.validate(demo, PERIOD); // the first job finds out and falls back
  diagnostics(noWorker);
  expect(screen.getByTestId('engine-on-page').textContent).toContain('此环境无法启动后台线程');
  expect(screen.getByTestId('engine-on-page').textContent).not.toContain('Worker is not defined');
});

test('Diagnostics says nothing about the engine while it runs in its worker', () => {
  diagnostics(workerEngine(standInWorkers().start));
  expect(screen.queryByTestId('engine-on-page')).toBeNull();
  expect(inThreadEngine('x').place.kind).toBe('in-thread');
});
