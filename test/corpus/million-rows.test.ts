/**
 * C62: an order sheet filled to Excel's last row (1,048,576 rows: header +
 * 1,048,574 orders + a 合计 row), as WorkbookData through runPayroll only.
 * Rows share their strings and numbers, so the sheet costs little beyond the
 * row arrays and the order numbers; every order is credited, so the issues
 * list stays small.
 */
import { createHash } from 'crypto';
import type { Cell } from '../../src/engine';
import { runPayroll } from '../../src/engine';
import { ORDER_HEADER, ORDERS_NAME, PERIOD, baseWorkbook, sheetOf } from './builder';

const EXCEL_MAX_ROWS = 1_048_576;
const nodeHasher = () => {
  const h = createHash('sha256');
  return { update: (s: string) => void h.update(s, 'utf8'), hex: () => h.digest('hex') };
};

test('C62 1,048,576-row order sheet → completes, every order counted and credited to the cent', () => {
  const wb = baseWorkbook();
  const rows: Cell[][] = new Array(EXCEL_MAX_ROWS);
  rows[0] = [...ORDER_HEADER];
  const pay = ['2026-10-03 10:15:00', '2026/10/4 11:00', '2026-10-31 23:59:59'];
  // memo by i % 4: 0 → KF01, 1 → #KF02, 2 → KF01/KF03 (split), 3 → "KF03 送小样".
  const memos = ['KF01', '#KF02', 'KF01/KF03', 'KF03 送小样'];
  for (let i = 1; i < EXCEL_MAX_ROWS - 1; i++) {
    const paid = i % 2 ? 10 : 20;
    rows[i] = [`31${i}`, 'tb_same_buyer', paid, 0, paid, paid, '交易成功', null, pay[i % 3], 1, memos[i % 4], 0];
  }
  rows[EXCEL_MAX_ROWS - 1] = ['合计', null, null, null, null, 1e9];
  sheetOf(wb, ORDERS_NAME).rows = rows;

  const r = runPayroll(wb, { period: PERIOD, makeHasher: nodeHasher });

  const orders = EXCEL_MAX_ROWS - 2; // header and the summary row
  expect(r.shop.orders).toBe(orders);
  expect(r.inputs.find((s) => s.kind === 'orders')).toMatchObject({ headerRow: 1, dataRows: orders });
  // Rows i = 1 … 1,048,574: odd → 10 yuan, even → 20 yuan (all in cents).
  const countMod = (k: number) => Math.floor((orders - k) / 4) + 1; // how many i in 1…orders have i % 4 === k (k = 1, 2, 3)
  const n0 = Math.floor(orders / 4),
    n1 = countMod(1),
    n2 = countMod(2),
    n3 = countMod(3);
  expect(n0 + n1 + n2 + n3).toBe(orders);
  expect(r.shop.sales).toBe((n1 + n3) * 1000 + (n0 + n2) * 2000);
  const m = new Map(r.agents.map((a) => [a.agent.agentId, a.measures]));
  expect(m.get('KF01')!.sales).toBe(n0 * 2000 + n2 * 1000);
  expect(m.get('KF02')!.sales).toBe(n1 * 1000);
  expect(m.get('KF03')!.sales).toBe(n2 * 1000 + n3 * 1000);
  expect(m.get('KF01')!.units).toBe(n0 + n2 / 2);
  expect(m.get('KF01')!.buyers).toBe(1);
  expect(r.shop.silentSales).toBe(0);
  expect(r.issues.filter((i) => i.sheet === ORDERS_NAME)).toEqual([]);
});
