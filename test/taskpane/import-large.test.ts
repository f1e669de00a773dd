/**
 * 导入文件 with a 200,000-row order report as downloaded (GBK, 46 columns,
 * every field quoted, ="…" order numbers): read with progress, then written
 * through the Office.js adapter into the Excel fake with every request ≤ 4 MB.
 * The whole file is written, as downloaded (README: Performance); the
 * add-in's read later fetches only the columns the engine uses.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { insertSheets } from '../../src/taskpane/payroll-flow';
import { planImport } from '../../src/taskpane/import-files';
import { orderRow, TAOBAO_46 } from '../../bench/order-csv';
import { FakeExcel } from '../excel-fake';
import { encodeGbk } from '../support/gbk';

const ROWS = 200_000;
const FOUR_MB = 4 * 1024 * 1024;

function reportCsv(): Uint8Array {
  const quote = (c: string) => (c.startsWith('="') ? c : `"${c.replace(/"/g, '""')}"`);
  const lines = [TAOBAO_46.map(quote).join(',')];
  const o = { rows: ROWS, agentIds: ['KF01', 'KF02', 'KF03'], year: 2026, month: 10 };
  for (let i = 0; i < ROWS; i++) lines.push(orderRow(i, o).cells.map(quote).join(','));
  return encodeGbk(lines.join('\r\n') + '\r\n');
}

test('a 200,000-row report is imported whole, with progress, every request ≤ 4 MB', async () => {
  const bytes = reportCsv();
  const readSeen: number[] = [];
  const plan = await planImport([{ name: 'ExportOrderList202610.csv', bytes: async () => bytes }], false, (f) =>
    readSeen.push(f),
  );
  expect(plan.sheets.map((s) => s.name)).toEqual(['订单报表']);
  expect(plan.sheets[0].rows).toHaveLength(ROWS + 1);
  expect(readSeen.length).toBeGreaterThan(10); // 2 MB slices of a ~60 MB file

  const fake = FakeExcel.empty();
  const writeSeen: number[] = [];
  await insertSheets(new OfficeWorkbook(fake.run), plan.sheets, (f) => writeSeen.push(f));
  expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
  expect(fake.stats.log.every((s) => s.requestBytes <= FOUR_MB && s.responseBytes <= FOUR_MB)).toBe(true);
  expect(writeSeen.length).toBeGreaterThanOrEqual(10); // at most 20,000 rows a request
  expect(writeSeen[writeSeen.length - 1]).toBe(1);

  // Row 200,000 as the export has it, by column (orderRow(199999) by hand: paid 1000 + 199999 × 7919 mod 50000 cents).
  const last = ROWS; // 0-based row of the last order
  const paid = (1000 + ((199_999 * 7919) % 50000)) / 100;
  expect(fake.cell('订单报表', `A${last + 1}`).value).toBe(String(300000000000000000n + 199_999n * 7n));
  expect(fake.cell('订单报表', `I${last + 1}`).value).toBe(paid); // 买家实际支付金额
  expect(fake.cell('订单报表', 'N1').value).toBe('收货地址'); // header trimmed
  expect(fake.cell('订单报表', `N${last + 1}`).value).toBe('四川省 成都市 武侯区 天府大道199号'); // CITIES[199999 % 4] + (199999 % 300)号
  expect(fake.cell('订单报表', `AU${last + 1}`).value).toBeNull(); // past the 46 columns: nothing
}, 900_000);
