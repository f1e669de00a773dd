/**
 * No amount shows as ##### at the column widths the outputs are written with.
 * A number wider than its column is drawn as ##### by Excel and LibreOffice;
 * the fixed widths suited a small shop, and a total commission of
 * ¥1,079,250.00 in a column 12 wide was ##### in LibreOffice's rendering of
 * the payroll. Expected texts below are worked out by hand.
 */
import ExcelJS from 'exceljs';
import { shownNumberChars } from '../../src/engine/output/column-widths';
import type { ColumnFormat } from '../../src/engine/output/sheet-spec';
import { buildOutputSheets } from '../../src/engine/output/build';
import { runPayroll } from '../../src/engine/run';
import { chat, numberedOrders, orders, roster, workbook } from '../engine/fixture';
import { numberOf, PERIOD, readXlsx, SHEET, sheetOf } from './cli-output';
import { runHandShop, type HandShopRun } from './hand-shop';

describe('characters of a number as its column format shows it', () => {
  test.each<[number, ColumnFormat, string]>([
    [1079250, 'money', '¥1,079,250.00'],
    [-10, 'money', '-¥10.00'],
    [999.5, 'money', '¥999.50'],
    [1234567, 'integer', '1,234,567'],
    [1.105, 'percent', '110.5%'],
    [0.3333, 'decimal1', '0.3'],
    [12.5, 'decimal2', '12.50'],
  ])('%p as %s shows as %s', (n, format, shown) => {
    expect(shownNumberChars(n, format)).toBe(shown.length);
  });

  test('text and General never show #####: they need no width', () => {
    expect(shownNumberChars(123456789012, 'text')).toBe(0);
    expect(shownNumberChars(123456789012, 'general')).toBe(0);
  });
});

// One presales agent selling 80 orders of 900,000.00, each from its own buyer: sales 72,000,000.00, AOV 900,000.00,
// commission (marginal) 50,000 × 0.5 % + 50,000 × 1 % + 71,900,000 × 1.5 % = 250 + 500 + 1,078,500 = 1,079,250.00.
const SHOP = [
  roster([{ id: 'A1', name: '甲' }]),
  orders(numberedOrders(80, 'B', () => ({ paid: 900000, memo: 'A1' }))),
  chat([{ account: '店:A1', inquiries: 0, paid: 0 }]),
];
const COMMISSION = 1079250;
/** A cell fits when its characters and the cell's padding fit the width (Excel's unit: one digit). */
const fits = (width: number | undefined, shown: string) => (width ?? 9) >= shown.length + 1;

function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error(`no column "${header}" in ${ws.name}`);
}

describe('a shop with large amounts: every output is wide enough for them', () => {
  let run: HandShopRun;
  beforeAll(async () => {
    run = await runHandShop(SHOP);
  });
  afterAll(() => run?.cleanup());

  test('payroll: the commission and its total fit their column', async () => {
    const ws = sheetOf(await readXlsx(run.output), SHEET.zh.payroll);
    const c = columnOf(ws, '提成');
    expect(numberOf(ws.getRow(2).getCell(c).value)).toBe(COMMISSION);
    expect(numberOf(ws.getRow(3).getCell(c).value)).toBe(COMMISSION); // the totals row
    expect(fits(ws.getColumn(c).width, '¥1,079,250.00')).toBe(true);
  });

  test('scorecard: sales and AOV fit their columns', async () => {
    const ws = sheetOf(await readXlsx(run.output), SHEET.zh.scorecard);
    const sales = columnOf(ws, '客服销售额');
    const aov = columnOf(ws, '客单价');
    expect(numberOf(ws.getRow(2).getCell(sales).value)).toBe(72000000);
    expect(numberOf(ws.getRow(2).getCell(aov).value)).toBe(900000);
    expect(fits(ws.getColumn(sales).width, '¥72,000,000.00')).toBe(true);
    expect(fits(ws.getColumn(aov).width, '¥900,000.00')).toBe(true);
  });

  test('the slip and the DingTalk sheet: the commission fits', async () => {
    const [slip] = run.slips;
    const slipSheet = (await readXlsx(slip)).worksheets[0];
    const amounts = columnOf(slipSheet, '金额');
    let commissionRow = 0;
    slipSheet.eachRow((row, r) => {
      if (row.getCell(1).value === '提成') commissionRow = r;
    });
    expect(numberOf(slipSheet.getRow(commissionRow).getCell(amounts).value)).toBe(COMMISSION);
    expect(fits(slipSheet.getColumn(amounts).width, '¥1,079,250.00')).toBe(true);

    const ding = (await readXlsx(run.dingtalk)).worksheets[0];
    const c = columnOf(ding, '提成');
    expect(numberOf(ding.getRow(2).getCell(c).value)).toBe(COMMISSION);
    expect(fits(ding.getColumn(c).width, '¥1,079,250.00')).toBe(true);
  });

  test('the sheets the add-in writes carry the same widths (buildOutputSheets)', () => {
    const result = runPayroll(workbook(...SHOP), { period: PERIOD });
    const payroll = buildOutputSheets(result, 'zh').find((s) => s.kind === 'payroll')!;
    const commission = payroll.columns.find((c) => c.key === 'commission')!;
    expect(fits(commission.width, '¥1,079,250.00')).toBe(true);
  });
});

// The next cell cuts text off: an 18-digit 工号 cut to 9 characters names nobody, or someone else.
describe('IDs and names are shown whole', () => {
  const ID = '110101199001011234'; // 18 characters
  const NAME = '欧阳娜娜娜娜'; // 6 CJK characters, 12 wide
  const LONG = 'Alexandra Konstantinopoulou-Smith'; // 33 characters: capped at 30
  let run: HandShopRun;
  beforeAll(async () => {
    run = await runHandShop([
      roster([
        { id: ID, name: NAME, account: '店:x1' },
        { id: 'A2', name: LONG, account: '店:x2' },
      ]),
      orders([{ id: 'O1', paid: 10 }]),
      chat([{ account: '店:x1', inquiries: 0, paid: 0 }]),
    ]);
  });
  afterAll(() => run?.cleanup());

  test('payroll, scorecard and DingTalk sheet: 工号 and 姓名 columns fit them', async () => {
    const out = await readXlsx(run.output);
    const ding = (await readXlsx(run.dingtalk)).worksheets[0];
    for (const ws of [sheetOf(out, SHEET.zh.payroll), sheetOf(out, SHEET.zh.scorecard), ding]) {
      const id = ws.getColumn(columnOf(ws, '工号')).width;
      const name = ws.getColumn(columnOf(ws, '姓名')).width;
      expect([ws.name, id! >= 19, name! >= 30]).toEqual([ws.name, true, true]);
      expect(name).toBeLessThanOrEqual(30);
    }
  });
});
