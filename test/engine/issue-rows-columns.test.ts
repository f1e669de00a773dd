/** Every Issues line names its column, and a line that counts rows names the first of them. */
import { runPayroll } from '../../src/engine';
import { chat, PERIOD, roster, sheet, workbook } from './fixture';

// Newer layouts carry 订单备注 only (no 商家备忘): agents write their 工号 there.
const sales = sheet('订单报表', [
  ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '订单付款时间', '宝贝总数量', '订单备注'],
  ['O1', 'b1', 100, '交易成功', '2026-10-10 12:00:00', 1, 'KF02'],
  ['O2', 'b2', 50, '交易成功', null, 1, 'KF01'],
  ['O3', 'b3', 60, '交易成功', null, 1, null],
  ['O4', 'b4', 70, '交易成功', '2026-10-11 12:00:00', 1, 'KF01'],
]);
const people = roster([{ id: 'KF01' }, { id: 'KF02', hire: '2026-01-05', leave: '2026-09-15' }]);
const r = runPayroll(workbook(people, sales, chat([{ account: '店:KF01', inquiries: 2, paid: 1 }])), {
  period: PERIOD,
});
const only = (code: string) => {
  const found = r.issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};

test('an order naming an agent who left, in 订单备注: the issue names that column and cell (G2)', () => {
  expect(only('order-agent-not-employed')).toMatchObject({
    sheet: '订单报表',
    row: 2,
    column: '订单备注 (G)',
    cell: 'G2',
  });
  // Nobody else is named, so the order is silent: said at the same cell.
  expect(only('order-silent')).toMatchObject({ row: 2, column: '订单备注 (G)', cell: 'G2' });
});

test('two unpaid orders (rows 3 and 4): one line naming the first row and its 订单付款时间 cell', () => {
  const unpaid = only('orders-unpaid');
  expect(unpaid).toMatchObject({ row: 3, column: '订单付款时间 (E)', cell: 'E3' });
  expect(unpaid.message.zh).toBe('2 笔订单没有付款时间（未付款；第一笔在第 3 行）');
  expect(unpaid.message.en).toBe('Orders with no payment time (never paid): 2 (the first on row 3)');
});

test('the agent who left before October: said at the 离职日期 cell of the roster row (H3)', () => {
  // Roster: header row 1, KF01 row 2, KF02 row 3; 离职日期 is the 8th column (H).
  expect(only('agent-not-employed')).toMatchObject({ sheet: '花名册', row: 3, column: '离职日期 (H)', cell: 'H3' });
});

test('an agent hired after the month: said at the 入职日期 cell (G2)', () => {
  const late = roster([{ id: 'KF05', hire: '2026-11-02' }]);
  const issues = runPayroll(workbook(late, sales, chat([])), { period: PERIOD }).issues;
  expect(issues.filter((i) => i.code === 'agent-not-employed')).toMatchObject([
    { row: 2, column: '入职日期 (G)', cell: 'G2' },
  ]);
});
