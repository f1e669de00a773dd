/** @jest-environment jsdom */
// 申诉 naming a locked (定稿) month, in the add-in: that month's Audit and 工资条 sheets are in the same workbook,
// and the pane hands them to the engine as cs-kpi's --history does, so the dispute is warned (or, when the
// month's statements show it paid, counted). Before, the pane passed only input sheets and said nothing.
// Every expected text is written out by hand from the rows below.
import './dom-polyfills';
import { fireEvent, render, screen } from '@testing-library/react';
import type { Cell } from '../../src/engine';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { stubHostExcelApi } from '../support/office-host';
import { App } from '../../src/taskpane/App';
import { validateInputs } from '../../src/taskpane/payroll-flow';
import { setMonthLock } from '../../src/taskpane/payrun-flow';
import { FakeExcel } from '../excel-fake';
import { MemoryPort } from './memory-port';

// A current Excel (ExcelApi 1.13): merged cells are read, not guessed at from blanks (merge-blind.ts), so the
// issues here are the engine's alone.
stubHostExcelApi('1.13');

const INPUTS: Record<string, Cell[][]> = {
  花名册: [
    ['工号', '姓名', '岗位', '级别'],
    ['KF01', '小美', '售前', '初级'],
    ['KF02', '小王', '售前', '初级'],
  ],
  订单: [
    ['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间', '商家备忘', '订单状态'],
    ['351531314732935790', 'tb甲', 100, '2026-10-05 12:00:00', 'KF01', '交易成功'],
  ],
  聊天统计: [
    ['工号', '询单人数', '询单->最终付款人数'],
    ['KF01', 20, 5],
    ['KF02', 10, 2],
  ],
  申诉: [
    ['工号', '月份', '项目', '申诉金额', '状态', '原因'],
    ['KF01', '2026-09', '提成', 200, '通过', '9月漏记订单'], // row 2: September, approved
    ['KF02', '2026-09', '奖励', 50, '待处理', ''], // row 3: September, pending
  ],
};
const AUDIT_HEAD: Cell[][] = [
  ['部分', '项目', '值', '说明'],
  ['运行', '期间', '2026-09', null],
];
const LOCK: Cell[] = ['定稿', '已定稿', '王芳', '2026-10-05T08:00:00.000Z'];
/** September's 工资条 as the run writes it: KF01's awards pay row 2's dispute. */
const STATEMENTS: Cell[][] = [
  ['项目', '金额', '说明'],
  ['KF01 小美', null, null],
  ['底薪', 3000, '初级底薪 3,000.00'],
  ['奖励', 200, '申诉通过：提成：9月漏记订单 200.00'],
];
const WARNING_B2 = 'KF01 小美 的申诉（提成）属于 2026-09，该月已定稿（王芳，2026-10-05T08:00:00.000Z），不计入 2026-10';

const lockedCells = async (port: MemoryPort) => {
  const { report } = await validateInputs(port, '2026-10');
  return report.issues.filter((i) => i.code === 'dispute-month-locked').map((i) => i.cell);
};

test('检查数据 over the Excel fake: the dispute of locked September is warned in the pane', async () => {
  const fake = FakeExcel.fromWorkbookData({
    sheets: [
      ...Object.entries(INPUTS).map(([name, rows]) => ({ name, rows })),
      { name: '审计 2026-09', rows: [...AUDIT_HEAD, LOCK] },
    ],
  });
  render(<App port={new OfficeWorkbook(fake.run)} initialLang="zh" today={new Date(2026, 10, 3)} />);
  await screen.findByText('花名册', { selector: 'span' });
  fireEvent.click(screen.getByRole('button', { name: '检查数据' }));
  await screen.findAllByText(/^数据问题（\d+）$/, undefined, { timeout: 60_000 });
  // The 申诉 sheet's issues: its two rows of locked September (B2, B3), said as one line of 2; open its group.
  const group = screen.getAllByRole('button', { expanded: false }).find((b) => b.textContent === '申诉2')!;
  fireEvent.click(group);
  expect(screen.getByText(`同类问题 2 条，例如：${WARNING_B2}`)).toBeTruthy();
  expect(screen.getByRole('button', { name: '定位到 申诉!B2' })).toBeTruthy();
}, 120_000);

test('the lock the pane writes is read back; only other months’ Audit and 工资条 sheets are read, not their payroll', async () => {
  const port = new MemoryPort({
    ...INPUTS,
    '审计 2026-09': AUDIT_HEAD,
    '工资表 2026-09': [['工号'], ['KF01']],
    '审计 2026-10': [['部分', '项目', '值', '说明']],
  });
  expect(await lockedCells(port)).toEqual([]); // not locked yet: both rows only counted
  await setMonthLock(port, '2026-09', 'lock', '王芳', 'zh', new Date('2026-10-05T08:00:00.000Z'));
  port.reads.length = 0;
  expect(await lockedCells(port)).toEqual(['B2', 'B3']);
  // The inputs, then the Audit (and 工资条: it has none) of the one month the 申诉 rows name.
  expect(port.reads).toEqual([['花名册', '订单', '聊天统计', '申诉'], ['审计 2026-09']]);
});

test('September’s 工资条 shows KF01’s dispute paid: only KF02’s pending one is warned', async () => {
  const port = new MemoryPort({ ...INPUTS, '审计 2026-09': [...AUDIT_HEAD, LOCK], '工资条 2026-09': STATEMENTS });
  expect(await lockedCells(port)).toEqual(['B3']);
});
