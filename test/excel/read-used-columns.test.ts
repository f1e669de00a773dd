/**
 * The adapter reads only the columns the engine uses: the engine's results
 * are the same as from reading every column, messages still name the right
 * column letters, and far fewer bytes cross to Excel.
 */
import { generateDemoWorkbook, runPayroll, validateWorkbook, type WorkbookData } from '../../src/engine';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { measureColumnRead } from '../excel-fake/measure-columns';
import { widenToTaobao71 } from '../excel-fake/taobao-71';
import type { InputCell } from '../excel-fake/sample-orders';

const PERIOD = '2026-10';
const AT = new Date('2026-11-02T09:00:00Z');

/** The demo month with its order report in the 71-column layout, a bad payment time and a 合计 row. */
function wideDemo(): { wb: WorkbookData; badRow: number } {
  const demo = generateDemoWorkbook({ period: PERIOD, orders: 3000 });
  const sheets = demo.sheets.map((s) => {
    if (s.name !== '订单报表') return s;
    const rows = widenToTaobao71(s.rows as InputCell[][]);
    const bad = rows[rows.length - 1].slice();
    bad[0] = '="9999000011112222"';
    bad[21] = '十月三日'; // 订单付款时间 is the 22nd column of the layout: V
    rows.push(bad, ['合计', ...rows[0].slice(1).map(() => null)]);
    return { name: s.name, rows };
  });
  const orders = sheets.find((s) => s.name === '订单报表')!;
  return { wb: { sheets }, badRow: orders.rows.length - 2 }; // 0-based: the row before 合计
}

async function readBoth(wb: WorkbookData) {
  const names = wb.sheets.map((s) => s.name);
  const fake = FakeExcel.fromWorkbookData(wb);
  const every = new OfficeWorkbook(fake.run);
  every.readEveryColumn = true;
  const full = await every.readSheets(names);
  const used = new OfficeWorkbook(fake.run);
  const narrow = await used.readSheets(names);
  return { full, narrow, fullCells: every.lastRead.cells, narrowCells: used.lastRead.cells };
}

test('the engine gives the same payroll and the same problems from the used columns as from every column', async () => {
  const { wb, badRow } = wideDemo();
  const { full, narrow, fullCells, narrowCells } = await readBoth(wb);
  expect(narrowCells).toBeLessThan(fullCells * 0.4);

  const fromFull = runPayroll(full, { period: PERIOD, lang: 'zh', generatedAt: AT });
  const fromNarrow = runPayroll(narrow, { period: PERIOD, lang: 'zh', generatedAt: AT });
  expect(fromNarrow.agents).toEqual(fromFull.agents);
  expect(fromNarrow.shop).toEqual(fromFull.shop);
  expect(fromNarrow.issues).toEqual(fromFull.issues);
  expect(fromNarrow.agents.length).toBeGreaterThan(20);
  expect(validateWorkbook(narrow, PERIOD)).toEqual(validateWorkbook(full, PERIOD));

  // The bad payment time is reported at its own cell, V on its row, with the header's text.
  const bad = fromNarrow.issues.find((i) => i.code === 'order-bad-paytime');
  expect(bad).toMatchObject({
    sheet: '订单报表',
    row: badRow + 1,
    cell: `V${badRow + 1}`,
    column: '订单付款时间 (V)',
    value: '十月三日',
  });
});

test('a sheet the engine reads whole (the roster) comes back exactly, and the order sheet keeps its width and header', async () => {
  const { wb } = wideDemo();
  const { narrow } = await readBoth(wb);
  const roster = wb.sheets.find((s) => s.name === '花名册')!;
  expect(narrow.sheets.find((s) => s.name === '花名册')!.rows).toEqual(
    roster.rows.map((r) => r.map((v) => (v === '' ? null : v))),
  );
  const orders = narrow.sheets.find((s) => s.name === '订单报表')!;
  const source = wb.sheets.find((s) => s.name === '订单报表')!;
  expect(orders.rows[0]).toEqual(source.rows[0]);
  expect(orders.rows.every((r) => r.length === source.rows[0].length)).toBe(true);
  // 收货地址 (P, index 15) is left in Excel; 买家实际支付金额 (K, index 10) is read.
  expect(orders.rows.slice(1).every((r) => r[15] === null)).toBe(true);
  expect(orders.rows.slice(1, 50).map((r) => r[10])).toEqual(source.rows.slice(1, 50).map((r) => r[10]));
});

test('on the 71-column report, bytes fall to under 30 % and syncs do not grow', async () => {
  const m = await measureColumnRead(6000);
  expect(m.columnsRead).toBe(15);
  expect(m.usedColumns.bytes).toBeLessThanOrEqual(0.3 * m.everyColumn.bytes);
  expect(m.usedColumns.syncs).toBeLessThanOrEqual(m.everyColumn.syncs);
  expect(m.usedColumns.maxResponseBytes).toBeLessThanOrEqual(4_000_000 * 1.05);
}, 120_000);
