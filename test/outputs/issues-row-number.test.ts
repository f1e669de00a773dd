/**
 * The Issues sheet names a row as Excel numbers its rows: 1201, not "1,201"
 * (the row column had the thousands format of counts). A clerk types the
 * number into Go To, or looks for it down the row headers.
 */
import { chat, numberedOrders, orders, roster } from '../engine/fixture';
import { readXlsx, SHEET, sheetOf } from './cli-output';
import { runHandShop, type HandShopRun } from './hand-shop';

describe('the Issues sheet row column', () => {
  let run: HandShopRun;
  beforeAll(async () => {
    // 1,200 orders under the header: the last, on row 1201, names 工号 KF99, who is not on the roster.
    const list = numberedOrders(1200, 'N', (i) => ({ paid: 10, memo: i === 1199 ? 'KF99' : 'KF01' }));
    run = await runHandShop([
      roster([{ id: 'KF01', name: '甲' }]),
      orders(list),
      chat([{ account: '店:KF01', inquiries: 0, paid: 0 }]),
    ]);
  });
  afterAll(() => run?.cleanup());

  test('row 1201 is the number 1201 in the plain format 0', async () => {
    const ws = sheetOf(await readXlsx(run.output), SHEET.zh.issues);
    const hits: { row: unknown; format: string; cell: unknown }[] = [];
    ws.eachRow((row) => {
      if (String(row.getCell(7).value).includes('KF99'))
        hits.push({ row: row.getCell(3).value, format: row.getCell(3).numFmt, cell: row.getCell(5).value });
    });
    expect(hits).toEqual([{ row: 1201, format: '0', cell: 'H1201' }]);
  });
});
