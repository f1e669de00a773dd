/**
 * CS.NETSALES and the two ways an order report writes a refund (SPEC §3, v2
 * "refunds are deducted once"). Where 买家实际支付金额 is the amount before the
 * refund (总金额 = 实付), the refund is deducted; where it is already net of the
 * refund (real 淘宝/天猫 reports: 总金额 = 实付 + 退款), the payroll deducts only
 * postage, so the formula must be given 0 as the refund. The function's
 * description and the README say so; these runs show both against the payroll.
 */
import type { SheetData } from '../../src/engine';
import { NETSALES } from '../../src/functions/functions';
import { run } from '../corpus/expect';
import { chituPresales, LAYOUT_ROSTER, OrderSpec, taobaoOrders, TAOBAO_2021 } from '../corpus/layout-builder';
import { col, v } from '../support/cell';

const order = (n: number, buyer: string, paid: number, refund: number): OrderSpec => ({
  id: `3515313147329350${n}`,
  buyer,
  paid,
  postage: 0,
  refund,
  qty: 1,
  memo: 'KF02',
  payTime: `2026-10-0${n} 10:15:00`,
});
// KF02: 150 paid, nothing refunded; 120 paid, 20 refunded. Net sales by hand: 150 + (120 − 20) = 250.
const ORDERS = [order(1, 'tb_b', 150, 0), order(2, 'tb_d', 120, 20)];
const CHATS = [
  { nick: '小丽', date: null, received: 90, inquiries: 80, paidBuyers: 30, unreplied: 0, avgResponse: 65 },
];

/** One column of the order rows as the range a manager would select. */
function column(sheet: SheetData, name: string): unknown[][] {
  const at = sheet.rows[0].findIndex((h) => String(h).trim() === name);
  return col(...sheet.rows.slice(1).map((row) => row[at]));
}

describe.each([
  [false, '实付 before the refund (总金额 = 实付)'],
  [true, '实付 already net of the refund (总金额 = 实付 + 退款)'],
])('netted %s: %s', (netted) => {
  const sheet = taobaoOrders('订单报表', TAOBAO_2021, ORDERS, { netted });
  const payroll = run({ sheets: [LAYOUT_ROSTER, sheet, chituPresales('聊天统计', CHATS)] });

  it('the payroll credits KF02 with 250', () => {
    expect(payroll.agent('KF02').sales).toBe(250);
    expect(payroll.result.inputs.find((i) => i.kind === 'orders')?.refundConvention?.convention).toBe(
      netted ? 'netted' : 'gross',
    );
  });

  it('CS.NETSALES over the same columns gives 250 with the refund as the report has it deducted once', () => {
    const paid = column(sheet, '买家实际支付金额');
    const postage = column(sheet, '买家应付邮费');
    const refunds = netted ? v(0) : column(sheet, '退款金额');
    expect(NETSALES(paid, postage, refunds)).toBe(250);
  });

  if (netted)
    it('passing a netted report’s refunds deducts them twice (150 + 100 − 20 = 230): the reason the description warns', () => {
      expect(
        NETSALES(column(sheet, '买家实际支付金额'), column(sheet, '买家应付邮费'), column(sheet, '退款金额')),
      ).toBe(230);
    });
});
