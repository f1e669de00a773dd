/** @jest-environment jsdom */
import './dom-polyfills';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { Lang } from '../../src/engine/model';
import { downloads } from './dom-polyfills';
import * as engine from './engine-mock';
import { MemoryPort } from './memory-port';

jest.mock('../../src/engine', () => ({ ...jest.requireActual('../../src/engine'), ...require('./engine-mock') }));

const TODAY = new Date(2026, 10, 15); // → default period 2026-10

const INPUTS = {
  花名册: [
    ['工号', '姓名'],
    ['KF01', '小美'],
    ['KF02', '小丽'],
  ],
  订单报表: [
    ['订单编号', '买家实际支付金额'],
    ['1', 100],
  ],
  聊天统计: [
    ['旺旺', '询单人数'],
    ['店:小美', 10],
  ],
};

// Under load, tabster's modalizer in jsdom can leave a just-opened Fluent dialog
// aria-hidden (Chromium does not: checked with the built pane), so buttons
// inside dialogs are queried with `hidden: true`.

function renderApp(port: MemoryPort, lang: Lang = 'zh') {
  return render(<App port={port} initialLang={lang} today={TODAY} />);
}

beforeEach(() => {
  jest.clearAllMocks();
  downloads.length = 0;
  localStorage.clear();
});

test('an empty workbook prompts to insert demo data, which writes the demo sheets for the chosen period', async () => {
  const port = new MemoryPort();
  renderApp(port);

  expect(await screen.findByText('工作簿里还没有数据')).toBeTruthy();
  expect(screen.getByLabelText('考核期间')).toHaveProperty('value', '2026-10');

  const prompt = screen.getByText('工作簿里还没有数据').closest('[role="group"], .fui-MessageBar') as HTMLElement;
  fireEvent.click(within(prompt).getByRole('button', { name: '插入演示数据' }));

  expect(await screen.findByText(/已插入 2026-10 的演示数据/)).toBeTruthy();
  expect(engine.generateDemoWorkbook).toHaveBeenCalledWith({ period: '2026-10' });
  expect([...port.sheets.keys()]).toEqual(['花名册', '订单报表', '聊天统计']);
  // The detected sheets are listed with their kind and size.
  const list = screen.getByRole('list');
  expect(within(list).getByText('订单报表')).toBeTruthy();
  expect(within(list).getByText('订单')).toBeTruthy();
  expect(within(list).getByText('4 行')).toBeTruthy();
  expect(screen.queryByText('工作簿里还没有数据')).toBeNull();
});

test('inserting demo data over existing sheets asks first, and Cancel leaves them alone', async () => {
  const port = new MemoryPort({ 花名册: [['工号'], ['MY-OWN']] });
  renderApp(port);
  await screen.findByText('花名册', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '插入演示数据' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText(/“花名册”/)).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { name: '取消', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(port.sheets.get('花名册')).toEqual([['工号'], ['MY-OWN']]);

  fireEvent.click(screen.getByRole('button', { name: '插入演示数据' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '替换', hidden: true }));
  await screen.findByText(/已插入 2026-10 的演示数据/);
  expect(port.sheets.get('花名册')?.[1]).toEqual(['KF01', '小美']);
});

test('Insert sample plan writes the default Plan sheet in the current language', async () => {
  const port = new MemoryPort(INPUTS);
  renderApp(port);
  await screen.findByText('花名册', { selector: 'span' });
  fireEvent.click(screen.getByRole('button', { name: '插入示例方案' }));
  await screen.findByText(/已插入“方案”工作表/);
  expect(engine.defaultPlanSheet).toHaveBeenCalledWith('zh');
  expect(port.sheets.has('方案')).toBe(true);
});

test('a workbook that has a plan sheet under another name gets it replaced, not a second plan', async () => {
  const port = new MemoryPort({
    ...INPUTS,
    方案: [
      ['键', '值'],
      ['old', 1],
    ],
  });
  renderApp(port, 'en');
  await screen.findByText('方案', { selector: 'span' });
  fireEvent.click(screen.getByRole('button', { name: 'Insert sample plan' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText(/"方案"/)).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Replace', hidden: true }));
  await screen.findByText(/A "方案" sheet with the default weights/); // the sheet as it is named, not retyped
  expect(engine.defaultPlanSheet).toHaveBeenCalledWith('en');
  expect(port.sheets.has('Plan')).toBe(false);
  expect(port.sheets.get('方案')?.[1]).toEqual(['weights.presales.sales', 30]);
});

test('a missing roster is named, with the sheet names that would be recognised, and nothing is read or written', async () => {
  const { 订单报表, 聊天统计 } = INPUTS;
  const port = new MemoryPort({ 订单报表, 聊天统计 });
  renderApp(port);

  // Before any click: the sheet list warns.
  expect(
    await screen.findByText(
      '缺少“花名册”工作表（工作表名可以是：花名册 / 客服名单 / 客服花名册 / 人员名单 / roster / staff / agents）',
    ),
  ).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  // The warning, and now the error of the click.
  await waitFor(() =>
    expect(
      screen.getAllByText(
        '缺少“花名册”工作表（工作表名可以是：花名册 / 客服名单 / 客服花名册 / 人员名单 / roster / staff / agents）',
      ),
    ).toHaveLength(2),
  );
  expect(port.reads).toEqual([]);
  expect(port.written).toEqual([]);
  expect(engine.runPayroll).not.toHaveBeenCalled();
});

test('a missing required column (the engine refuses) shows its message, not a stack trace', async () => {
  const port = new MemoryPort(INPUTS);
  engine.runPayroll.mockImplementationOnce(() => {
    const err = new Error('Orders: no column 订单付款时间') as Error & { issues: unknown };
    err.name = 'InputError';
    err.issues = [
      engine.issue(
        '订单报表',
        null,
        '“订单报表”缺少必需的列：订单付款时间',
        'Orders lacks the required column 订单付款时间',
        'fatal',
      ),
    ];
    throw err;
  });
  renderApp(port);
  await screen.findByText('花名册', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  expect(await screen.findByText('缺少必需的工作表或列')).toBeTruthy();
  expect(screen.getByText('“订单报表”缺少必需的列：订单付款时间')).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/\bat \w+ \(|\.ts:\d+/);
  expect(port.written).toEqual([]);
});

test('data problems are grouped by sheet and a click selects the offending cell', async () => {
  const port = new MemoryPort(INPUTS);
  engine.validateWorkbook.mockImplementationOnce((wb, period) => ({
    period,
    inputs: engine.summaries(wb),
    issues: [
      engine.issue('订单报表', 'F12', '金额“abc”不是数字', 'Amount "abc" is not a number', 'error'),
      engine.issue('订单报表', 'K30', '备注里没有工号，计入静默销售', 'No agent in the memo: silent sales', 'info'),
      engine.issue('聊天统计', 'C4', '回复人数大于接待人数', 'Unreplied exceeds received'),
      engine.issue(null, null, '没有找到质检表', 'No QA sheet'),
    ],
    fatal: [],
    ok: true,
  }));
  renderApp(port);
  await screen.findByText('花名册', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '检查数据' }));
  // The count is of problems that need action (error + 2 warnings); the info note is counted beside it.
  expect(await screen.findByRole('heading', { name: '数据问题（3）' })).toBeTruthy();
  expect(screen.getByText('另有 1 条提示（无需处理）')).toBeTruthy();
  expect(engine.validateWorkbook).toHaveBeenCalledWith(
    expect.objectContaining({ sheets: expect.any(Array) }),
    '2026-10',
  );
  // Only input sheets were read.
  expect(port.reads).toEqual([['花名册', '订单报表', '聊天统计']]);

  // One accordion header per sheet, the sheet-less problem under "whole workbook".
  const headers = screen.getAllByRole('button', { expanded: false }).map((b) => b.textContent);
  expect(headers).toEqual(expect.arrayContaining(['订单报表2', '聊天统计1', '整个工作簿1']));

  fireEvent.click(screen.getByRole('button', { name: /订单报表\s*2/ }));
  const link = await screen.findByRole('button', { name: '定位到 订单报表!F12' });
  // Errors sort before notes within a sheet.
  expect(
    screen.getByText('金额“abc”不是数字').compareDocumentPosition(screen.getByText('备注里没有工号，计入静默销售')) &
      Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  fireEvent.click(link);
  await waitFor(() => expect(port.selected).toEqual([{ sheet: '订单报表', cell: 'F12' }]));

  // Row counts switch to the validated data rows.
  expect(screen.getByText('2 行数据')).toBeTruthy();
});

test('a clean check says so', async () => {
  renderApp(new MemoryPort(INPUTS));
  await screen.findByText('花名册', { selector: 'span' });
  fireEvent.click(screen.getByRole('button', { name: '检查数据' }));
  expect(await screen.findByText('2026-10 的数据没有发现问题。')).toBeTruthy();
});

/** jsdom's Blob has no arrayBuffer(); FileReader works. */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}

function successResult(period: string) {
  return engine.fakeResult(
    period,
    [
      engine.agent('KF01', '小美', 'presales', 1, 108.5, [engine.SALES_STAR]),
      engine.agent('KF02', '小丽', 'presales', 2, 95.25),
      engine.agent('KF03', '小芳', 'presales', 3, 88),
      engine.agent('KF04', '小红', 'presales', 4, 70),
      engine.agent('KF05', '阿强', 'aftersales', 1, 101),
    ],
    [],
    [engine.issue('订单报表', 'A9', '备注里没有工号', 'No agent in memo', 'info')],
  );
}

test('a successful run writes the outputs, replaces the period, and summarises agents, sales, stars and the top 3', async () => {
  const port = new MemoryPort(INPUTS);
  engine.runPayroll.mockImplementationOnce((_wb, opts) => successResult(opts.period));
  renderApp(port);
  await screen.findByText('花名册', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  // The write waits for the workbook's claim to settle (workbook-lease.ts): give it time on a busy machine.
  const summary = await screen.findByRole('region', { name: '2026-10 工资已生成' }, { timeout: 10_000 });

  expect(engine.runPayroll).toHaveBeenCalledWith(
    expect.anything(),
    expect.objectContaining({ period: '2026-10', lang: 'zh' }),
  );
  expect(port.replaced).toEqual([['绩效 2026-10', '工资表 2026-10', 'Scorecard 2026-10', 'Payroll 2026-10']]);
  expect(port.sheets.has('绩效 2026-10') && port.sheets.has('工资表 2026-10')).toBe(true);
  expect(port.activated).toEqual(['绩效 2026-10']);

  const s = within(summary);
  expect(s.getByText('客服人数').nextSibling?.textContent).toBe('5');
  expect(s.getByText('¥1,234,567.89')).toBeTruthy();
  expect(s.getByText('12.5%')).toBeTruthy();
  expect(s.getByText('静默下单 1 笔 · ¥154,320.99')).toBeTruthy(); // the mock shop: 1 silent order of 154,320.99
  expect(s.getByText('业绩之星')).toBeTruthy();

  const presales = s.getByRole('table', { name: '各岗位前三名 · 售前' });
  const names = within(presales)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);
  expect(names).toEqual(['1小美108.50金牌', '2小丽95.25银牌', '3小芳88.00铜牌']);
  expect(s.getByRole('table', { name: '各岗位前三名 · 售后' })).toBeTruthy();
  expect(s.queryByRole('table', { name: '各岗位前三名 · 售中' })).toBeNull();
  // The run's data problems are listed too.
  // Its one problem is a note: nothing needs action, and the note is counted beside.
  expect(screen.getByRole('heading', { name: '数据问题（0）' })).toBeTruthy();
  expect(s.getByText('数据问题').nextSibling?.textContent).toBe('0');
  expect(screen.getAllByText('另有 1 条提示（无需处理）').length).toBeGreaterThan(0);

  fireEvent.click(s.getByRole('button', { name: '下载财务 CSV' }));
  expect(downloads.map((d) => d.fileName)).toEqual(['工资表-2026-10.csv']);
  const bytes = await blobBytes(downloads[0].blob);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel and WPS

  fireEvent.click(s.getByRole('button', { name: '打开绩效表' }));
  await waitFor(() => expect(port.activated).toEqual(['绩效 2026-10', '绩效 2026-10']));
});

test('the English switch translates the whole pane and is remembered', async () => {
  const port = new MemoryPort(INPUTS);
  engine.runPayroll.mockImplementationOnce((_wb, opts) => successResult(opts.period));
  renderApp(port);
  await screen.findByText('花名册', { selector: 'span' });

  fireEvent.click(screen.getByRole('switch', { name: 'English' }));
  expect(screen.getByRole('button', { name: 'Generate monthly payroll' })).toBeTruthy();
  expect(screen.getByLabelText('Period')).toBeTruthy();
  expect(screen.getByText('Roster')).toBeTruthy();
  expect(localStorage.getItem('cs-performance.lang')).toBe('en');

  fireEvent.click(screen.getByRole('button', { name: 'Generate monthly payroll' }));
  const summary = await screen.findByRole('region', { name: 'Payroll for 2026-10 generated' }, { timeout: 60_000 });
  expect(engine.runPayroll).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ lang: 'en' }));
  expect(port.activated).toEqual(['Scorecard 2026-10']);
  expect(within(summary).getByText('Sales star')).toBeTruthy();
  expect(within(summary).getByRole('table', { name: 'Top 3 per role · Presales' })).toBeTruthy();
  expect(within(summary).getAllByText('Gold').length).toBe(2);

  fireEvent.click(within(summary).getByRole('button', { name: 'Download finance CSV' }));
  expect(downloads.map((d) => d.fileName)).toEqual(['Payroll-2026-10.csv']);
  expect(engine.financeCsv).toHaveBeenCalledWith(expect.anything(), 'en');

  // Back to Chinese: the same result, now in Chinese.
  fireEvent.click(screen.getByRole('switch', { name: 'English' }));
  expect(screen.getByRole('region', { name: '2026-10 工资已生成' })).toBeTruthy();
});

test('a saved English choice is used on the next start', async () => {
  localStorage.setItem('cs-performance.lang', 'en');
  render(<App port={new MemoryPort(INPUTS)} today={TODAY} />);
  expect(await screen.findByRole('button', { name: 'Check data' })).toBeTruthy();
});

test('Cancel stops a run while it reads, and nothing is written', async () => {
  const port = new MemoryPort(INPUTS);
  port.holdReads = new Promise(() => undefined); // never finishes by itself
  renderApp(port);
  await screen.findByText('花名册', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  const status = (await screen.findByText('读取数据')).closest('[role="status"]') as HTMLElement;
  expect(within(status).getByRole('progressbar')).toBeTruthy();
  expect(screen.getByRole('button', { name: '正在生成…' })).toHaveProperty('disabled', true);

  fireEvent.click(within(status).getByRole('button', { name: '取消' }));
  expect(await screen.findByText('已取消，工作簿未做任何更改。')).toBeTruthy();
  expect(screen.queryByRole('status')).toBeNull();
  expect(port.written).toEqual([]);
  expect(engine.runPayroll).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: '生成月度工资' })).toHaveProperty('disabled', false);
});

test('Excel conditions read as instructions; unexpected failures as one line, never a stack', async () => {
  const port = new MemoryPort(INPUTS);
  port.failNext.writeOutputs = Object.assign(new Error('The request failed'), {
    code: 'InvalidOperationInCellEditMode',
  });
  renderApp(port);
  await screen.findByText('花名册', { selector: 'span' });

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  expect(
    await screen.findByText('Excel 正在编辑某个单元格。请按 Enter 或 Esc 结束编辑后再试。', {}, { timeout: 10_000 }),
  ).toBeTruthy();

  const bug = new TypeError("Cannot read properties of undefined (reading 'rows')");
  bug.stack = `${bug.message}\n    at runPayroll (src/engine/run.ts:10:5)\n    at generatePayroll (src/taskpane/payroll-flow.ts:99:1)`;
  engine.runPayroll.mockImplementationOnce(() => {
    throw bug;
  });
  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  expect(await screen.findByText("说明：Cannot read properties of undefined (reading 'rows')")).toBeTruthy();
  expect(screen.queryByText('Excel 正在编辑某个单元格。请按 Enter 或 Esc 结束编辑后再试。')).toBeNull();
  expect(document.body.textContent).not.toContain('payroll-flow.ts');

  fireEvent.click(screen.getByRole('button', { name: '关闭' }));
  await waitFor(() => expect(screen.queryByText(/说明：/)).toBeNull());
});

test('an invalid period disables the actions and says how to write it', async () => {
  renderApp(new MemoryPort(INPUTS));
  await screen.findByText('花名册', { selector: 'span' });
  const input = screen.getByLabelText('考核期间');
  fireEvent.change(input, { target: { value: '2026-13' } });
  expect(screen.getByText('请输入正确的月份，格式为 YYYY-MM（例如 2026-10）')).toBeTruthy();
  expect(screen.getByRole('button', { name: '生成月度工资' })).toHaveProperty('disabled', true);

  fireEvent.change(input, { target: { value: '2026-01' } });
  fireEvent.click(screen.getByRole('button', { name: '上个月' }));
  expect(input).toHaveProperty('value', '2025-12');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查数据' }));
  });
  await waitFor(() => expect(engine.validateWorkbook).toHaveBeenCalledWith(expect.anything(), '2025-12'));
});
