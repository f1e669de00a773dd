/**
 * An order on a row per item, as JD's order export writes it: the order's number, buyer, amounts, payment time
 * and memo on every line, only 订购数量 differing. One order: its amounts once, its quantities added.
 */
import { BASE, ORDERS_NAME, baseWorkbook, appendRows, orderRow } from './builder';
import { expectOneIssue, run } from './expect';

const ID = '3100000000000000050';
const PAY = '2026-10-12 10:00:00';

/** The base shop with order ID on two lines for KF01: 2 units at `paid`, then 1 unit at `paid2`. */
function withTwoLines(paid: number, paid2: number) {
  const wb = baseWorkbook();
  appendRows(
    wb,
    ORDERS_NAME,
    orderRow(ID, 'tb_ivy', paid, 'KF01', PAY, { qty: 2 }),
    orderRow(ID, 'tb_ivy', paid2, 'KF01', PAY, { qty: 1 }),
  );
  return run(wb);
}

test('two item lines of one order (300.00, 2 + 1 units, KF01) → one order of 300.00 and 3 units, one info', () => {
  const r = withTwoLines(300, 300);
  // KF01 in the base: 350.00, 2 buyers, 3 units; plus this order once.
  expect(r.agent('KF01')).toMatchObject({ sales: 350 + 300, buyers: 3, units: 3 + 3 });
  expect(r.json.shop).toMatchObject({ sales: BASE.shopSales + 300, orders: BASE.orders + 1 });
  // Rows 8 and 9 (header row 1, six base orders); told at the first line's quantity (J).
  const info = expectOneIssue(r, { code: 'order-item-lines', severity: 'info', row: 8, cell: 'J8', value: ID });
  expect(info.message.zh).toContain('有 2 行，除数量外都相同');
  expect(info.message.zh).toContain('数量共 3');
  expect(r.codes()).not.toContain('order-conflicting-duplicate');
  expect(r.codes()).not.toContain('order-duplicate');
});

test('lines that differ in amount as well stay a conflict: neither counted, an error on each', () => {
  const r = withTwoLines(300, 100);
  expect(r.agent('KF01')).toMatchObject({ sales: 350, units: 3 });
  expect(r.issues('order-conflicting-duplicate').map((i) => i.row)).toEqual([8, 9]);
  expect(r.codes()).not.toContain('order-item-lines');
});
