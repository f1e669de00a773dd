/** Corpus: order numbers, amounts and dates as real 订单报表 exports write them. */
import type { Cell } from '../../src/engine';
import { serialOf } from '../../src/engine/dates';
import { BASE, ORDERS_NAME, appendRows, baseWorkbook, getCell, setCell, sheetOf } from './builder';
import { expectBaseMeasures, expectCodes, expectOneIssue, expectSameAsBase, run } from './expect';

const base = run(baseWorkbook());
const row = BASE.orderRow;
const PAID = '买家实际支付金额';
const PAY_TIME = '订单付款时间';

/** The base workbook with one order's cell changed. */
function withOrderCell(orderIndex: number, header: string, value: Cell) {
  const wb = baseWorkbook();
  setCell(wb, ORDERS_NAME, row(orderIndex), header, value);
  return wb;
}

describe('order numbers', () => {
  test('C15 the same order as ="…", plain digits and with a leading tab is one order (pasted 3 times: counted once, 2 reported)', () => {
    const wb = baseWorkbook();
    const first = sheetOf(wb, ORDERS_NAME).rows[1];
    appendRows(wb, ORDERS_NAME, [BASE.orderId(0), ...first.slice(1)], [`\t${BASE.orderId(0)}`, ...first.slice(1)]);
    const r = run(wb);
    expectSameAsBase(r, base);
    const dups = r.issues('order-duplicate');
    expect(dups.map((i) => ({ row: i.row, cell: i.cell, value: i.value, severity: i.severity }))).toEqual([
      { row: 8, cell: 'A8', value: BASE.orderId(0), severity: 'warning' },
      { row: 9, cell: 'A9', value: BASE.orderId(0), severity: 'warning' },
    ]);
    for (const d of dups) expect(d.message.zh).toContain(`${ORDERS_NAME} 第 2 行`);
    expect(dups[0].column).toBe('订单编号 (A)');
    expect(dups[0].action.en).toBe('counted once');
  });

  test('C16 the same order in 订单报表 and 订单报表 (2) → counted once, message names the other sheet and row', () => {
    const wb = baseWorkbook();
    const orders = sheetOf(wb, ORDERS_NAME);
    wb.sheets.push({ name: `${ORDERS_NAME} (2)`, rows: [[...orders.rows[0]], [...orders.rows[4]]] });
    const r = run(wb);
    expectSameAsBase(r, base);
    expectOneIssue(r, {
      code: 'order-duplicate',
      sheet: `${ORDERS_NAME} (2)`,
      row: 2,
      cell: 'A2',
      value: BASE.orderId(3),
      mentions: [ORDERS_NAME],
    });
    expect(r.issues('order-duplicate')[0].message.en).toContain(`already ${ORDERS_NAME} row 5`);
  });

  test('C17 an order without an order number → counted, reported (duplicates cannot be checked)', () => {
    const r = run(withOrderCell(1, '订单编号', null));
    expectSameAsBase(r, base);
    expectOneIssue(r, {
      code: 'order-missing-id',
      severity: 'warning',
      sheet: ORDERS_NAME,
      row: 3,
      column: '订单编号 (A)',
      cell: 'A3',
      value: null,
    });
  });
});

describe('amounts written as text', () => {
  test('C18 thousands separators: "1,208.00" paid, "8.00" postage → ¥1,200 net', () => {
    const wb = withOrderCell(0, PAID, '1,208.00');
    setCell(wb, ORDERS_NAME, row(0), '买家应付邮费', '8.00');
    const r = run(wb);
    expect(r.agent('KF01').sales).toBe(1350);
    expect(r.json.shop.sales).toBe(BASE.shopSales + 1000);
    expectBaseMeasures(r, ['KF01.sales']);
    expectCodes(r);
  });

  test('C19 currency signs and units: "¥150.00", "￥99.50", "RMB 120", "20元" → same as numbers', () => {
    const wb = withOrderCell(1, PAID, '¥150.00');
    setCell(wb, ORDERS_NAME, row(3), PAID, '￥99.50');
    setCell(wb, ORDERS_NAME, row(4), PAID, 'RMB 120');
    setCell(wb, ORDERS_NAME, row(4), '退款金额', '20元');
    const r = run(wb);
    expectSameAsBase(r, base);
    expectCodes(r);
  });

  test('C20 full-width digits "２０８．００" and "８" → same as numbers', () => {
    const wb = withOrderCell(0, PAID, '２０８．００');
    setCell(wb, ORDERS_NAME, row(0), '买家应付邮费', '８');
    const r = run(wb);
    expectSameAsBase(r, base);
  });

  test('C21 empty amount paid → error at the cell, order skipped, the rest unchanged', () => {
    const r = run(withOrderCell(0, PAID, null));
    expectOneIssue(r, {
      code: 'order-bad-paid',
      severity: 'error',
      sheet: ORDERS_NAME,
      row: 2,
      column: `${PAID} (F)`,
      cell: 'F2',
      value: null,
      mentions: [BASE.orderId(0)],
    });
    expect(r.agent('KF01')).toMatchObject({ sales: 150, buyers: 1, units: 1 });
    expect(r.json.shop).toMatchObject({ orders: 5, sales: BASE.shopSales - 200 });
    expectBaseMeasures(r, ['KF01.sales', 'KF01.buyers', 'KF01.units']);
  });

  test('C22 amount paid that is not a number ("待确认") → error naming the value, order skipped', () => {
    const r = run(withOrderCell(1, PAID, '待确认'));
    expectOneIssue(r, {
      code: 'order-bad-paid',
      sheet: ORDERS_NAME,
      row: 3,
      cell: 'F3',
      value: '待确认',
      mentions: ['待确认'],
    });
    expect(r.agent('KF02')).toMatchObject({ sales: 100, buyers: 1 });
    expectBaseMeasures(r, ['KF02.sales', 'KF02.buyers', 'KF02.units']);
  });

  test('C23 negative amount paid (-150 and "(150.00)") → error each, orders skipped', () => {
    const wb = withOrderCell(1, PAID, -150);
    setCell(wb, ORDERS_NAME, row(3), PAID, '(99.50)');
    const r = run(wb);
    const neg = r.issues('order-negative-paid');
    expect(neg.map((i) => [i.row, i.cell, i.value, i.severity])).toEqual([
      [3, 'F3', '-150.00', 'error'],
      [5, 'F5', '-99.50', 'error'],
    ]);
    expect(r.agent('KF02').sales).toBe(100);
    expect(r.agent('KF03').sales).toBe(150);
    expect(r.json.shop.sales).toBe(BASE.shopSales - 150 - 99.5);
  });

  test('C24 absurd amount paid (12,000,000 > plan orders.maxOrderAmount) → error, order skipped', () => {
    const r = run(withOrderCell(3, PAID, '12,000,000.00'));
    expectOneIssue(r, {
      code: 'order-absurd-paid',
      severity: 'error',
      row: 5,
      cell: 'F5',
      value: '12,000,000.00',
      mentions: ['1,000,000.00'],
    });
    expect(r.agent('KF03')).toMatchObject({ sales: 150, buyers: 1, units: 1 });
  });

  test('C25 postage and refund empty, "-" or 延迟统计 → 0 without a report; refund "abc" → warning, treated as 0', () => {
    const wb = withOrderCell(0, '买家应付邮费', '-');
    setCell(wb, ORDERS_NAME, row(1), '退款金额', '延迟统计');
    setCell(wb, ORDERS_NAME, row(2), '退款金额', null);
    setCell(wb, ORDERS_NAME, row(4), '退款金额', 'abc');
    const r = run(wb);
    expectOneIssue(r, {
      code: 'order-bad-refund',
      severity: 'warning',
      row: 6,
      column: '退款金额 (L)',
      cell: 'L6',
      value: 'abc',
    });
    expect(r.agent('KF01').sales).toBe(358); // postage 8 no longer deducted
    expect(r.agent('KF02').sales).toBe(270); // refund 20 no longer deducted
    expectCodes(r, 'order-bad-refund');
  });

  test('C26 refund larger than the amount paid → warning, net sales 0, buyer not counted', () => {
    const r = run(withOrderCell(1, '退款金额', 500));
    expectOneIssue(r, { code: 'order-refund-exceeds', severity: 'warning', row: 3, cell: 'L3', value: '500.00' });
    expect(r.agent('KF02')).toMatchObject({ sales: 100, buyers: 1, units: 1 });
    expect(r.json.shop.refunds).toBe(20 + 150);
  });

  test('C27 quantity that is not a whole number ("两件", 1.5) → warning, 0 units, sales still counted', () => {
    const wb = withOrderCell(0, '宝贝总数量', '两件');
    setCell(wb, ORDERS_NAME, row(1), '宝贝总数量', 1.5);
    const r = run(wb);
    expect(r.issues('order-bad-qty').map((i) => [i.row, i.cell, i.value])).toEqual([
      [2, 'J2', '两件'],
      [3, 'J3', '1.5'],
    ]);
    expect(r.agent('KF01')).toMatchObject({ sales: 350, units: 1 });
    expect(r.agent('KF02')).toMatchObject({ sales: 250, units: 1 });
  });
});

describe('payment times', () => {
  const SERIAL = (d: number, hh: number, mi: number) => serialOf(2026, 10, d, hh, mi, 0);
  const FORMATS: [string, (i: number) => Cell][] = [
    ['C28 yyyy/M/d H:mm', (i) => `2026/10/${3 + i} ${8 + i}:05`],
    ['C29 Excel serial numbers', (i) => SERIAL(3 + i, 8 + i, 5)],
    ['C30 Excel serial numbers written as text', (i) => String(SERIAL(3 + i, 12, 0))],
    [
      'C31 2026年10月5日 (with and without a time)',
      (i) => (i % 2 ? `2026年10月${3 + i}日` : `2026年10月${3 + i}日 ${8 + i}:05`),
    ],
    [
      'C32 yyyy-MM-dd HH:mm:ss in full-width digits, yyyy.MM.dd, yyyyMMdd, ="…"',
      (i) =>
        [
          '２０２６-１０-０３ １０:１５:００',
          '2026.10.04',
          '20261005',
          '="2026-10-06 08:05:09"',
          '2026-10-07T13:45',
          '2026-10-8',
        ][i],
    ],
  ];

  test.each(FORMATS)('%s → every order in the period, same result as the base', (_name, payTime) => {
    const wb = baseWorkbook();
    for (let i = 0; i < BASE.orders; i++) setCell(wb, ORDERS_NAME, row(i), PAY_TIME, payTime(i));
    const r = run(wb);
    expectSameAsBase(r, base);
    expectCodes(r);
  });

  test('C33 invalid dates ("2026-02-30 10:00:00", "下午三点", true) → error naming cell and value, order skipped', () => {
    const wb = withOrderCell(0, PAY_TIME, '2026-02-30 10:00:00');
    setCell(wb, ORDERS_NAME, row(1), PAY_TIME, '下午三点');
    setCell(wb, ORDERS_NAME, row(3), PAY_TIME, true);
    const r = run(wb);
    expect(r.issues('order-bad-paytime').map((i) => [i.severity, i.row, i.column, i.cell, i.value])).toEqual([
      ['error', 2, `${PAY_TIME} (I)`, 'I2', '2026-02-30 10:00:00'],
      ['error', 3, `${PAY_TIME} (I)`, 'I3', '下午三点'],
      ['error', 5, `${PAY_TIME} (I)`, 'I5', 'true'],
    ]);
    expect(r.agent('KF01')).toMatchObject({ sales: 150 });
    expect(r.agent('KF02')).toMatchObject({ sales: 100 });
    expect(r.agent('KF03')).toMatchObject({ sales: 150 });
  });

  test('C34 payment time outside the period (2026-09-30 23:59:59, 2026-11-01 00:00:00) → not counted, one info naming the first row; 10-31 23:59:59 counts', () => {
    const wb = withOrderCell(1, PAY_TIME, '2026-09-30 23:59:59');
    setCell(wb, ORDERS_NAME, row(3), PAY_TIME, '2026-11-01 00:00:00');
    setCell(wb, ORDERS_NAME, row(4), PAY_TIME, '2026-10-31 23:59:59');
    setCell(wb, ORDERS_NAME, row(0), PAY_TIME, '2026-10-01 00:00:00');
    const r = run(wb);
    expectOneIssue(r, {
      code: 'orders-outside-period',
      severity: 'info',
      sheet: ORDERS_NAME,
      row: 3,
      column: `${PAY_TIME} (I)`,
      cell: 'I3',
      mentions: ['2', '2026-10'],
    });
    expect(r.agent('KF02')).toMatchObject({ sales: 100, buyers: 1 });
    expect(r.agent('KF03')).toMatchObject({ sales: 150, buyers: 1 });
    expect(r.agent('KF01')).toMatchObject({ sales: 350 });
    expect(r.json.shop.orders).toBe(4);
  });

  test('C35 no payment time (never paid), "-" payment time → not sales, one info for the sheet', () => {
    const wb = withOrderCell(1, PAY_TIME, null);
    setCell(wb, ORDERS_NAME, row(3), PAY_TIME, '-');
    const r = run(wb);
    expectOneIssue(r, {
      code: 'orders-unpaid',
      severity: 'info',
      sheet: ORDERS_NAME,
      column: `${PAY_TIME} (I)`,
      mentions: ['2'],
    });
    expect(r.agent('KF02').sales).toBe(100);
    expect(r.agent('KF03').sales).toBe(150);
    expect(getCell(wb, ORDERS_NAME, row(1), PAY_TIME)).toBeNull();
  });
});
