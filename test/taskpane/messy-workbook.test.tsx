/** @jest-environment jsdom */
// A manager's own workbook, messy as they are, through the pane over the Office.js adapter and the Excel fake:
// a notes sheet that is not an input, the order report left under its export name with a blank row above its
// header, "=" text in a roster name and a memo, a chat 工号 typed as the number 1. 检查数据, 生成月度工资, then
// a second run after a roster row is removed. Every amount below is worked out by hand from the rows.
import './dom-polyfills';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { LEASE_KEY } from '../../src/taskpane/workbook-lease';
import { FakeExcel } from '../excel-fake';

const PERIOD = '2026-10';
const MONEY = '"¥"#,##0.00';

function messyWorkbook(): FakeExcel {
  return FakeExcel.fromWorkbookData({
    sheets: [
      { name: '说明', rows: [['10 月客服数据，订单报表直接从后台导出'], ['请勿改动']] },
      {
        name: '花名册',
        rows: [
          ['工号', '姓名', '岗位', '级别'],
          ['KF01', '=1+1', '售前', '初级'],
          ['KF02', '小王', '售前', '初级'],
          ['KF03', '小李', '售前', '初级'],
        ],
      },
      {
        name: 'ExportOrderList202610',
        rows: [
          [null],
          ['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间', '商家备忘', '订单状态'],
          ['351531314732935790', 'tb甲', 201.12, '2026-10-05 12:00:00', 'KF01', '交易成功'],
          ['351531314732935791', 'tb乙', 88, '2026-10-06 09:30:00', '=KF02 跟进', '交易成功'],
          ['351531314732935792', 'tb丙', 50, '2026-10-07 20:00:00', 'KF03', '交易成功'],
        ],
      },
      {
        name: '聊天统计',
        rows: [
          ['工号', '询单人数', '询单->最终付款人数'],
          ['KF01', 20, 5],
          ['KF02', 10, 2],
          [1, 5, 1],
        ],
      },
    ],
  });
}

function column(fake: FakeExcel, sheet: string, header: string): unknown[] {
  const values = fake.snapshot().find((s) => s.name === sheet)!.values;
  const c = values[0].indexOf(header);
  return values.map((r) => r[c]);
}

async function generate(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  return screen.findByRole('region', { name: `${PERIOD} 工资已生成` }, { timeout: 120_000 });
}

test('an order report under its export name is read by its header; "=" text stays text; a re-run replaces the outputs cleanly', async () => {
  const fake = messyWorkbook();
  const before = JSON.stringify(fake.snapshot());
  render(<App port={new OfficeWorkbook(fake.run)} initialLang="zh" today={new Date(2026, 10, 3)} />);

  // The sheet list shows the export as the order sheet; nothing is said to be missing.
  const list = await screen.findByRole('region', { name: '数据工作表' });
  const exportItem = (await within(list).findByText('ExportOrderList202610')).closest('li')!;
  expect(within(exportItem as HTMLElement).getByText('订单')).toBeTruthy();
  expect(screen.queryByText('缺少必需的工作表')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: '检查数据' }));
  await screen.findAllByText(/^数据问题（\d+）$/, undefined, { timeout: 60_000 });
  expect(screen.queryByText('无法生成工资')).toBeNull();
  await generate();

  const outputs = ['绩效', '工资表', '工资条', '数据问题', '审计'].map((k) => `${k} ${PERIOD}`);
  expect(fake.sheetNames()).toEqual(['说明', '花名册', 'ExportOrderList202610', '聊天统计', ...outputs]);
  // The inputs, the notes sheet included, are exactly as they were.
  const inputsNow = fake.snapshot().filter((s) => !outputs.includes(s.name));
  expect(JSON.stringify(inputsNow)).toBe(JSON.stringify(JSON.parse(before)));

  // By hand: 0.5 % commission (below 50,000); 业绩之星 200 to the top seller; conversion below 50 % pays nothing.
  // KF01 201.12 → 1.01 + 200; KF02 88.00 (memo "=KF02 跟进") → 0.44; KF03 50.00 → 0.25; base 3,000 each.
  const payroll = `工资表 ${PERIOD}`;
  expect(column(fake, payroll, '工号').slice(0, 5)).toEqual(['工号', 'KF01', 'KF02', 'KF03', '合计']);
  expect(column(fake, payroll, '提成').slice(1, 4)).toEqual([1.01, 0.44, 0.25]);
  const gross = column(fake, payroll, '应发工资');
  expect(gross.slice(1, 4)).toEqual([3201.01, 3000.44, 3000.25]);
  expect(gross[4]).toBeCloseTo(9201.7, 9); // the fake's SUM adds floats, as Excel does
  expect(fake.cell(payroll, 'M5')).toMatchObject({ formula: '=SUM(M2:M4)', numberFormat: MONEY });
  expect(fake.cell(payroll, 'G2').numberFormat).toBe(MONEY);
  // The roster name "=1+1" is text in every output: no formula, text format.
  expect(fake.cell(payroll, 'B2')).toMatchObject({ value: '=1+1', formula: null, numberFormat: '@' });
  const scorecard = fake.snapshot().find((s) => s.name === `绩效 ${PERIOD}`)!;
  expect(scorecard.formulas.flat()).toContain('=1+1');
  expect(scorecard.formulas.flat().filter((f) => typeof f === 'string' && f.startsWith('=') && f !== '=1+1')).toEqual(
    [],
  );

  // The issue names sheet, row and column: the chat's 工号 1 on row 4 is not on the roster.
  const issues = fake.snapshot().find((s) => s.name === `数据问题 ${PERIOD}`)!.values;
  const stranger = issues.find((r) => r[1] === '聊天统计' && r[4] === 'A4')!;
  expect(stranger.slice(1, 6)).toEqual(['聊天统计', 4, '工号 (A)', 'A4', '1']);

  // A second run after KF03 left the roster: the same five sheets, shorter, with nothing left of the first run.
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('花名册').getRange('A4:D4').clear();
    await ctx.sync();
  });
  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  const dialog = await screen.findByRole('dialog', undefined, { timeout: 120_000 });
  fireEvent.click(within(dialog).getByRole('button', { name: '确认替换', hidden: true }));
  await screen.findByRole('region', { name: `${PERIOD} 工资已生成` }, { timeout: 120_000 });
  expect(fake.sheetNames()).toEqual(['说明', '花名册', 'ExportOrderList202610', '聊天统计', ...outputs]);
  // KF03's 50.00 is now silent: KF01 and KF02 are paid as before; header, 2 agents, total, blank, 2 notes = 7 rows.
  const rerun = fake.snapshot().find((s) => s.name === payroll)!.values;
  expect(rerun).toHaveLength(7);
  expect(rerun.map((r) => r[0])).toEqual([
    '工号',
    'KF01',
    'KF02',
    '合计',
    null,
    expect.any(String),
    expect.any(String),
  ]);
  const regross = column(fake, payroll, '应发工资');
  expect(regross.slice(1, 3)).toEqual([3201.01, 3000.44]);
  expect(regross[3]).toBeCloseTo(6201.45, 9);
  expect(fake.cell(payroll, 'M4').formula).toBe('=SUM(M2:M3)');
}, 180_000);

test('取消 while the output sheets are being written: the workbook is left exactly as it was', async () => {
  const fake = messyWorkbook();
  const before = JSON.stringify(fake.snapshot());
  const inputs = fake.sheetNames().length;
  // Each sync answers; once a sheet beyond the inputs exists (the first output, under its temporary name), the next
  // sync waits until the test has pressed 取消, as a slow Excel would.
  let pressed!: () => void;
  const cancelPressed = new Promise<void>((resolve) => (pressed = resolve));
  let writing = false;
  const run: typeof fake.run = (batch) =>
    fake.run((ctx) => {
      const sync = ctx.sync.bind(ctx);
      ctx.sync = (async () => {
        await sync();
        if (fake.sheetNames().length > inputs && !writing) {
          writing = true;
          await cancelPressed;
        }
      }) as typeof ctx.sync;
      return batch(ctx);
    });
  render(<App port={new OfficeWorkbook(run)} initialLang="zh" today={new Date(2026, 10, 3)} />);
  await screen.findByText('ExportOrderList202610', undefined, { timeout: 30_000 });

  fireEvent.click(screen.getByRole('button', { name: '生成月度工资' }));
  const status = (await screen.findByText('写入结果工作表', undefined, { timeout: 60_000 })).closest(
    '[role="status"]',
  ) as HTMLElement;
  await waitFor(() => expect(writing).toBe(true), { timeout: 60_000 });
  fireEvent.click(within(status).getByRole('button', { name: '取消' }));
  pressed();
  expect(await screen.findByText('已取消，工作簿未做任何更改。', undefined, { timeout: 60_000 })).toBeTruthy();
  expect(JSON.stringify(fake.snapshot())).toBe(before);
  // The claim on the workbook is given back, so the next run (or another pane) is not told to wait.
  expect(fake.model.settings.has(LEASE_KEY)).toBe(false);
}, 180_000);

/** The messy workbook with its order export lacking 订单付款时间 (a column deleted by hand). */
function withoutPayTime(fake: FakeExcel, sheet: string): void {
  const s = fake.sheet(sheet);
  for (const row of s.values) row?.splice(3, 1);
}

test('an order export lacking a required column: the pane says what it lacks, beside the missing sheet', async () => {
  const fake = messyWorkbook();
  withoutPayTime(fake, 'ExportOrderList202610');
  render(<App port={new OfficeWorkbook(fake.run)} initialLang="zh" today={new Date(2026, 10, 3)} />);
  // By hand, in the catalog's words ("“{name}”有{kind}列，但没有 {lacks}"): the notes sheet names no known column; the
  // export has 订单编号, 买家会员名, 买家实际支付金额, 商家备忘 (订单 columns) but not 订单付款时间, that column's first name.
  expect(
    await screen.findByText(
      '其他工作表：“说明”没有可识别的列；“ExportOrderList202610”有订单列，但没有 订单付款时间',
      undefined,
      { timeout: 30_000 },
    ),
  ).toBeTruthy();
  expect(screen.getByText(/^缺少“订单”工作表/)).toBeTruthy();
});

test('a second order export lacking a column, beside 订单报表, is said not to be read (cs-kpi says so too)', async () => {
  const fake = messyWorkbook();
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('ExportOrderList202610').name = '订单报表';
    await ctx.sync();
  });
  const second = fake.model.addSheet('ExportOrderList202610 (2)');
  second.values = [
    ['订单编号', '买家会员名', '买家实际支付金额', '商家备忘'],
    ['351531314732935799', 'tb丁', 500, 'KF02'],
  ];
  render(<App port={new OfficeWorkbook(fake.run)} initialLang="zh" today={new Date(2026, 10, 3)} />);
  await screen.findByText('订单报表', { selector: 'span' }, { timeout: 30_000 });
  fireEvent.click(screen.getByRole('button', { name: '检查数据' }));
  await screen.findAllByText(/^数据问题（\d+）$/, undefined, { timeout: 60_000 });
  fireEvent.click(screen.getByRole('button', { name: /^ExportOrderList202610 \(2\)/ }));
  // A warning in the catalog's words ("{look}，未读取"), with what to do.
  const line = (await screen.findByText('“ExportOrderList202610 (2)”有订单列，但没有 订单付款时间，未读取')).closest(
    'li',
  )!;
  expect(within(line as HTMLElement).getByText('警告')).toBeTruthy();
  expect(within(line as HTMLElement).getByText('如需使用，请检查表头（列名）')).toBeTruthy();
});
