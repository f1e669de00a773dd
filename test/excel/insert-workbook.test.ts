/**
 * The pane's .xlsx import goes through Excel's own Workbook.insertWorksheetsFromBase64
 * (ExcelApi 1.13). The fake models it (test/excel-fake/insert-workbook.ts): the file
 * is read into sheets, a taken name becomes "Name (2)", the file counts in the
 * request's 5 MB, and the member is refused on a host without ExcelApi 1.13.
 */
import ExcelJS from 'exceljs';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { MAX_WORKBOOK_BASE64 } from '../../src/taskpane/import-files';
import { FakeExcel, PAYLOAD_LIMIT_BYTES } from '../excel-fake';
import { MANIFEST_SETS } from '../excel-fake/requirements';

/** A host with ExcelApi 1.13 (Excel 2021, Microsoft 365, Excel on the web). */
const WITH_1_13 = { ...MANIFEST_SETS, ExcelApi: '1.13' };

const ORDER_ID = '351531314732935790'; // 18 digits: as a number it would lose its last ones

async function exportXlsx(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const orders = book.addWorksheet('ExportOrderList202410');
  orders.addRow(['订单编号', '买家会员名', '买家实际支付金额', '订单付款时间', '订单备注']);
  orders.addRow([ORDER_ID, '=HYPERLINK("x")', 201.12, '2026-10-05 12:00:00', '00123']);
  const chat = book.addWorksheet('聊天统计');
  chat.addRow(['旺旺', '询单人数', '询单->最终付款人数']);
  chat.addRow(['暖阳旗舰店:小美', 10, 2]);
  const hidden = book.addWorksheet('说明');
  hidden.state = 'hidden';
  hidden.addRow(['导出说明']);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

function fakeWith(sheets: string[]): FakeExcel {
  const fake = FakeExcel.fromWorkbookData({ sheets: sheets.map((name) => ({ name, rows: [['工号'], ['KF01']] })) });
  fake.declaredSets = { ...WITH_1_13 };
  return fake;
}

test('every sheet of the file is inserted at the end, cells as the file holds them (text stays text, numbers stay numbers)', async () => {
  const fake = fakeWith(['花名册']);
  const wb = new OfficeWorkbook(fake.run);
  const added = await wb.insertWorkbook(await exportXlsx());
  expect(added).toEqual(['ExportOrderList202410', '聊天统计', '说明']);
  expect((await wb.listSheets()).map((s) => s.name)).toEqual(['花名册', 'ExportOrderList202410', '聊天统计', '说明']);
  const data = await wb.readSheets(['ExportOrderList202410', '聊天统计']);
  expect(data.sheets[0].rows[1]).toEqual([ORDER_ID, '=HYPERLINK("x")', 201.12, '2026-10-05 12:00:00', '00123']);
  expect(data.sheets[1].rows).toEqual([
    ['旺旺', '询单人数', '询单->最终付款人数'],
    ['暖阳旗舰店:小美', 10, 2],
  ]);
  expect(fake.model.findSheet('说明')?.visibility).toBe('Hidden');
});

test('a name already in the workbook: the inserted sheet is named "Name (2)", the existing sheet is untouched', async () => {
  const fake = fakeWith(['聊天统计', '说明', '说明 (2)']);
  const wb = new OfficeWorkbook(fake.run);
  const added = await wb.insertWorkbook(await exportXlsx());
  expect(added).toEqual(['ExportOrderList202410', '聊天统计 (2)', '说明 (3)']);
  expect(fake.cell('聊天统计', 'A2')).toMatchObject({ value: 'KF01' });
  expect(fake.cell('聊天统计 (2)', 'A2')).toMatchObject({ value: '暖阳旗舰店:小美' });
});

test('options: sheetNamesToInsert picks sheets, Before / Beginning place them, the result is the new ids after sync', async () => {
  const fake = fakeWith(['花名册', '方案']);
  const base64 = await exportXlsx();
  await fake.run(async (ctx) => {
    const result = ctx.workbook.insertWorksheetsFromBase64(base64, {
      sheetNamesToInsert: ['聊天统计'],
      positionType: 'Before',
      relativeTo: '方案',
    });
    expect(() => result.value).toThrow(/not available/);
    await ctx.sync();
    expect(result.value).toEqual([fake.model.findSheet('聊天统计')!.id]);
    ctx.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: ['说明'], positionType: 'Beginning' });
    await ctx.sync();
  });
  expect(fake.model.sheets.map((s) => s.name)).toEqual(['说明', '花名册', '聊天统计', '方案']);
});

test('relativeTo a sheet that does not exist, or a sheet name the file lacks, fails the batch and inserts nothing', async () => {
  const fake = fakeWith(['花名册']);
  const base64 = await exportXlsx();
  const insert = (options: Parameters<Excel.Workbook['insertWorksheetsFromBase64']>[1]) =>
    fake.run(async (ctx) => {
      ctx.workbook.insertWorksheetsFromBase64(base64, options);
      await ctx.sync();
    });
  await expect(insert({ positionType: 'After', relativeTo: '没有' })).rejects.toMatchObject({ code: 'ItemNotFound' });
  await expect(insert({ sheetNamesToInsert: ['没有'] })).rejects.toMatchObject({ code: 'InvalidArgument' });
  expect(fake.model.sheets.map((s) => s.name)).toEqual(['花名册']);
});

test('bytes that are not a workbook: InvalidArgument, nothing inserted', async () => {
  const fake = fakeWith(['花名册']);
  await expect(
    new OfficeWorkbook(fake.run).insertWorkbook(Buffer.from('订单编号,金额\n1,2\n').toString('base64')),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  expect(fake.model.sheets).toHaveLength(1);
});

test('the file counts in the request: over 5 MB is refused as Excel on the web refuses it; the pane stops well before', async () => {
  const fake = fakeWith(['花名册']);
  const big = Buffer.alloc(PAYLOAD_LIMIT_BYTES).fill(7).toString('base64'); // 6.7 MB of base64
  await expect(new OfficeWorkbook(fake.run).insertWorkbook(big)).rejects.toMatchObject({
    code: 'RequestPayloadSizeLimitExceeded',
  });
  expect(fake.model.sheets).toHaveLength(1);
  expect(MAX_WORKBOOK_BASE64).toBeLessThan(PAYLOAD_LIMIT_BYTES - 64 * 1024);
});

test('a host without ExcelApi 1.13 has no insertWorksheetsFromBase64 (ApiNotFound); canInsertWorkbook asks Office for the set', async () => {
  const fake = fakeWith(['花名册']);
  fake.declaredSets = { ...MANIFEST_SETS }; // ExcelApi 1.9, what the manifest requires
  const wb = new OfficeWorkbook(fake.run);
  await expect(wb.insertWorkbook(await exportXlsx())).rejects.toMatchObject({ code: 'ApiNotFound' });
  const g = globalThis as unknown as { Office: { context?: unknown } };
  const saved = g.Office.context;
  try {
    for (const [version, expected] of [
      ['1.13', true],
      ['1.12', false],
    ] as const) {
      g.Office.context = {
        requirements: {
          isSetSupported: (name: string, v: string) =>
            name === 'ExcelApi' && Number(v.split('.')[1]) <= Number(version.split('.')[1]),
        },
      };
      expect(wb.canInsertWorkbook()).toBe(expected);
    }
  } finally {
    g.Office.context = saved;
  }
});
