/**
 * A Pinduoduo order export through cs-kpi: no buyer column, no refund column, tabs around cells, (元)/(件) in
 * headers, and the refund told only by 售后状态. Refunds count once (SPEC §3 v2): 退款成功 refunds all of 实付;
 * 无售后或售后取消 nothing; 部分退款成功 an amount the sheet does not give (counted unrefunded, warned on its cell);
 * 售后处理中 / 退款中 not refunded yet (counted, said). Amounts by hand below.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { captureIo } from '../support/cli-io';
import { afterSalesKind } from '../../src/engine/parse/order-status';

const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-pdd-'));
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};

const PDD_HEADER = '订单号,商品,订单状态,用户实付金额(元),邮费(元),商品数量(件),支付时间,商家备注,售后状态';
const pddRows = [
  // order, paid, postage, units, paid at, memo, 售后状态
  ['P1', '100.00', '0.00', '1', '2026-10-03 10:00:00', 'KF01', '无售后或售后取消'],
  ['P2', '80.00', '5.00', '1', '2026-10-04 10:00:00', 'KF01', '退款成功'],
  ['P3', '60.00', '0.00', '2', '2026-10-05 10:00:00', 'KF01', '部分退款成功'],
  ['P4', '50.00', '0.00', '1', '2026-10-06 10:00:00', 'KF01', '售后处理中'],
  ['P5', '40.00', '0.00', '1', '2026-10-07 10:00:00', '', '退款中'],
].map(
  ([id, paid, post, qty, at, memo, after]) =>
    `\t${id}\t,卫衣,已签收,\t${paid}\t,${post},${qty},${at},${memo},\t${after}\t`,
);

const inputs = [
  file('花名册.csv', '工号,姓名,旺旺,岗位,级别\nKF01,小美,店:小美,售前,初级\n'),
  file('拼多多订单.csv', [PDD_HEADER, ...pddRows].join('\n') + '\n'),
  file('聊天统计.csv', '旺旺,日期,咨询人数,接待人数,询单人数,询单最终付款人数\n店:小美,2026-10-03,5,5,3,1\n'),
];

/** `cs-kpi payroll <files> --json` for October, which must succeed: its result and KF01's row. */
async function payrollJson(files: string[], outName: string) {
  const c = captureIo();
  const code = await main(
    ['payroll', ...files, '--period', '2026-10', '--json', '--out', path.join(dir, outName)],
    c.io,
  );
  expect(code).toBe(0);
  const json = JSON.parse(c.out.join('\n'));
  return { json, kf01: json.agents.find((a: { agentId: string }) => a.agentId === 'KF01') };
}

test('售后状态 decides the refund once; a partial refund of unknown amount and open after-sales are said on their cells', async () => {
  const { json, kf01 } = await payrollJson(inputs, 'out.xlsx');
  // Net: P1 100; P2 max(0, 80 − 5 − 80) = 0; P3 60 (refund unknown); P4 50 (not refunded yet). P5 (no memo) is silent: 40.
  expect(kf01.sales).toBe(210);
  // No buyer column: each order with net sales > 0 is one buyer (P1, P3, P4); units 1 + 2 + 1.
  expect(kf01.buyers).toBe(3);
  expect(kf01.units).toBe(4);
  // Refund rate: 80 refunded of 100 + 80 + 60 + 50 = 290 paid.
  expect(kf01.refundRate).toBeCloseTo(80 / 290, 10);
  expect(json.shop).toMatchObject({ sales: 250, silentSales: 40 });

  const issues = json.issues as { code: string; severity: string; cell: string; value: string }[];
  const cellsOf = (code: string) => issues.filter((i) => i.code === code).map((i) => [i.severity, i.cell, i.value]);
  // 售后状态 is column I; the data rows are sheet rows 2–6.
  expect(cellsOf('order-partial-refund-unknown')).toEqual([['warning', 'I4', '部分退款成功']]);
  expect(cellsOf('order-after-sales-pending')).toEqual([
    ['info', 'I5', '售后处理中'],
    ['info', 'I6', '退款中'],
  ]);
});

test.each([
  ['退款成功', 'full'],
  ['退货退款成功', 'full'],
  ['部分退款', 'partial'],
  ['部分退款成功', 'partial'],
  ['售后处理中', 'pending'],
  ['待商家处理', 'pending'],
  ['待买家退货', 'pending'],
  ['无售后或售后取消', 'none'],
  ['退款关闭', 'none'],
  ['商家拒绝退款', 'none'],
  ['', 'none'],
])('售后状态 %s → %s', (status, kind) => expect(afterSalesKind(status)).toBe(kind));

/** The same export with a 退款金额(元) column added, filled in only where the manager had an amount. */
const withRefundColumn = [
  // order, paid, postage, units, paid at, 售后状态, 退款金额
  ['Q1', '100.00', '0.00', '1', '2026-10-03 10:00:00', '部分退款成功', '20.00'],
  ['Q2', '80.00', '5.00', '1', '2026-10-04 10:00:00', '退款成功', '80.00'],
  ['Q3', '60.00', '0.00', '2', '2026-10-05 10:00:00', '售后处理中', '0'],
  ['Q4', '50.00', '0.00', '1', '2026-10-06 10:00:00', '退款成功', ''],
  ['Q5', '40.00', '0.00', '1', '2026-10-07 10:00:00', '部分退款', ''],
].map(([id, paid, post, qty, at, after, refund]) => `${id},${paid},${post},${qty},${at},KF01,${after},${refund}`);

test('with a refund column, an amount in it decides; where it is blank 售后状态 still does, and a blank partial refund is said at the cell', async () => {
  const header = '订单号,用户实付金额(元),邮费(元),商品数量(件),支付时间,商家备注,售后状态,退款金额(元)';
  const orders = file('拼多多订单加退款.csv', [header, ...withRefundColumn].join('\n') + '\n');
  const { json, kf01 } = await payrollJson([inputs[0], orders, inputs[2]], 'out-refund.xlsx');
  // Net: Q1 100 − 20 = 80; Q2 max(0, 80 − 5 − 80) = 0; Q3 60 (its 0 is an amount); Q4 blank + 退款成功: all 50
  // refunded, 0; Q5 blank + 部分退款: 40, amount unknown. Sales 80 + 60 + 40 = 180.
  expect(kf01.sales).toBe(180);
  expect(kf01.buyers).toBe(3);
  expect(kf01.units).toBe(1 + 2 + 1);
  // Refunds 20 + 80 + 50 = 150 of 100 + 80 + 60 + 50 + 40 = 330 paid.
  expect(kf01.refundRate).toBeCloseTo(150 / 330, 10);
  const issues = json.issues as { code: string; severity: string; cell: string; message: { zh: string } }[];
  const blank = issues.filter((i) => i.code === 'order-partial-refund-blank');
  // 退款金额(元) is column H; Q5 is sheet row 6.
  expect(blank.map((i) => [i.severity, i.cell])).toEqual([['warning', 'H6']]);
  expect(blank[0].message.zh).toContain('“部分退款”');
  expect(issues.map((i) => i.code)).not.toContain('order-partial-refund-unknown');
  expect(issues.map((i) => i.code)).not.toContain('order-after-sales-pending');
});
