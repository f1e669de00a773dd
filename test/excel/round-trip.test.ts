/** Input sheets written through the adapter read back exactly as given. */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { InputCell, orderRows } from '../excel-fake/sample-orders';
import { HOSTILE, inputWorkbook } from './fixtures';

const asRead = (rows: InputCell[][]): InputCell[][] => rows.map((r) => r.map((v) => (v === '' ? null : v)));

test('a realistic order sheet and roster round-trip through writeInputSheets → readSheets', async () => {
  const fake = FakeExcel.empty();
  const wb = new OfficeWorkbook(fake.run, { maxRowsPerRequest: 200 });
  const input = inputWorkbook(700);
  const progress: number[] = [];
  await wb.writeInputSheets(input.sheets, (p) => p.sheet === '订单报表' && progress.push(p.rowsWritten));
  expect(progress).toEqual([200, 400, 600, 701]);

  const data = await wb.readSheets(['花名册', '订单报表', '聊天统计']);
  expect(data.sheets.map((s) => s.name)).toEqual(['花名册', '订单报表', '聊天统计']);
  data.sheets.forEach((s, i) => expect(s.rows).toEqual(asRead(input.sheets[i].rows)));

  // The order numbers kept all 19 digits and the ="…" wrappers; hostile memos stayed text.
  const orders = data.sheets[1].rows;
  expect(orders[1][0]).toMatch(/^="2026\d{15}"$/);
  expect(orders[2][0]).toMatch(/^2026\d{15}$/);
  const memos = new Set(orders.map((r) => r[10]));
  for (const h of ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)']) expect(memos.has(h)).toBe(true);
  expect(fake.sheet('订单报表').formulaCells.size).toBe(0);
});

test('every kind of tricky value survives', async () => {
  const fake = FakeExcel.empty();
  const wb = new OfficeWorkbook(fake.run);
  const rows: InputCell[][] = [
    ['文本', '数字', '布尔', '空'],
    ...HOSTILE.map((h, i) => [h, i - 1.5, i % 2 === 0, null]),
    ['1,234.50', 0, false, ''],
    ['¥12', 1e21, true, null],
    ['2026-10-01 08:00:00', 45931.5, false, null],
    ['', -0.000001, true, 'x'],
  ];
  await wb.writeInputSheets([{ name: 'Tricky', rows }]);
  const back = await wb.readSheets(['tricky']);
  expect(back.sheets[0].rows).toEqual(asRead(rows));
});

test('a used range not starting at A1 is padded so [0][0] is A1', async () => {
  const fake = FakeExcel.fromWorkbookData({
    sheets: [{ name: 'Offset', rows: [[], [], [null, null, '订单编号', '金额'], [null, null, 'X1', 5]] }],
  });
  const wb = new OfficeWorkbook(fake.run);
  const data = await wb.readSheets(['Offset']);
  expect(data.sheets[0].rows).toEqual([
    [null, null, null, null],
    [null, null, null, null],
    [null, null, '订单编号', '金额'],
    [null, null, 'X1', 5],
  ]);
  expect(await wb.listSheets()).toEqual([{ name: 'Offset', rowCount: 4, columnCount: 4 }]);
});

test('a ="…" formula cell from a CSV import reads as its text value', async () => {
  const fake = FakeExcel.empty();
  await fake.run(async (ctx: Excel.RequestContext) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['="2026100112345678901"', 5]];
    await ctx.sync();
  });
  const data = await new OfficeWorkbook(fake.run).readSheets(['Sheet1']);
  expect(data.sheets[0].rows).toEqual([['2026100112345678901', 5]]);
});

test('listSheets: names in order with sizes; missing names are skipped by readSheets', async () => {
  const fake = FakeExcel.fromWorkbookData({
    sheets: [
      { name: 'Empty', rows: [] },
      { name: 'Orders', rows: orderRows(10) },
    ],
  });
  const wb = new OfficeWorkbook(fake.run);
  expect(await wb.listSheets()).toEqual([
    { name: 'Empty', rowCount: 0, columnCount: 0 },
    { name: 'Orders', rowCount: 11, columnCount: 13 },
  ]);
  expect(fake.stats.syncCalls).toBe(2);
  const data = await wb.readSheets(['orders', 'Missing', 'Empty']);
  expect(data.sheets.map((s) => [s.name, s.rows.length])).toEqual([
    ['Empty', 0],
    ['Orders', 11],
  ]);
});

test('writeInputSheets replaces a sheet of the same name in place and leaves the others alone', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(20));
  const before = fake.snapshot();
  const wb = new OfficeWorkbook(fake.run);
  await wb.writeInputSheets([
    {
      name: '花名册',
      rows: [
        ['工号', '姓名'],
        ['2001', '新人'],
      ],
    },
  ]);
  expect(fake.sheetNames()).toEqual(['花名册', '订单报表', '聊天统计']);
  expect(fake.snapshot().slice(1)).toEqual(before.slice(1));
  expect((await wb.readSheets(['花名册'])).sheets[0].rows).toEqual([
    ['工号', '姓名'],
    ['2001', '新人'],
  ]);
});

test('a chunk Excel refuses as too large is read again in halves', async () => {
  const rows = orderRows(3000);
  const fake = FakeExcel.fromWorkbookData({ sheets: [{ name: 'Orders', rows }] });
  fake.payloadLimit = 150_000; // far below what the adapter aims for
  const wb = new OfficeWorkbook(fake.run);
  const data = await wb.readSheets(['Orders']);
  expect(data.sheets[0].rows).toEqual(asRead(rows));
  const refused = fake.stats.log.filter((s) => s.failed === 'ResponsePayloadSizeLimitExceeded').length;
  expect(refused).toBeGreaterThan(0);
  expect(refused).toBeLessThanOrEqual(4); // the smaller size is kept, not rediscovered each chunk
  expect(fake.stats.syncCalls).toBeLessThanOrEqual(2 + wb.lastRead.chunks + refused);
});

test('selectCell and activateSheet', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  const wb = new OfficeWorkbook(fake.run);
  await wb.selectCell('订单报表', 'C3');
  expect(fake.model.selection?.rect).toEqual({ r0: 2, c0: 2, rows: 1, cols: 1 });
  expect(fake.model.activeSheetId).toBe(fake.sheet('订单报表').id);
  await wb.activateSheet('聊天统计');
  expect(fake.model.activeSheetId).toBe(fake.sheet('聊天统计').id);
  await expect(wb.activateSheet('Nope')).rejects.toMatchObject({ code: 'ItemNotFound' });
});
