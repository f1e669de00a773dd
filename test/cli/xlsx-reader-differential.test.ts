/**
 * The values-only .xlsx reader (src/cli/xlsx) against ExcelJS's full reader,
 * the reference it replaces: the same sheets, names, rows and values on the
 * corpus workbooks, the demo shop, every real export layout, the CLI's own
 * output, and random workbooks ExcelJS writes (fast-check).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Cell, WorkbookData } from '../../src/engine';
import { loadWorkbook, toWorkbookData } from '../../src/cli/xlsx-read';
import { readXlsxValues } from '../../src/cli/xlsx/read-values';
import { baseWorkbook, CHAT_NAME, ORDERS_NAME, ROSTER_NAME } from '../corpus/builder';
import {
  chituDaily,
  chituPresales,
  jdOrders,
  pddOrders,
  plainChat,
  qianniuReception,
  SHOP,
  TAOBAO_2017,
  TAOBAO_2021,
  taobaoOrders,
  type ChatSpec,
  type OrderSpec,
} from '../corpus/layout-builder';
import { cli, makeTempDir, writeXlsx } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-xlsx-reader-');
afterAll(() => tmp.remove());
let fileNo = 0;
const nextFile = () => tmp.file(`book-${++fileNo}.xlsx`);

async function bothReaders(file: string): Promise<{ ours: WorkbookData; exceljs: WorkbookData }> {
  return { ours: await readXlsxValues(file), exceljs: toWorkbookData(await loadWorkbook(file)) };
}

async function expectSameAsExcelJs(file: string): Promise<void> {
  const { ours, exceljs } = await bothReaders(file);
  expect(ours.sheets.map((s) => s.name)).toEqual(exceljs.sheets.map((s) => s.name));
  for (let i = 0; i < exceljs.sheets.length; i++)
    expect({ sheet: ours.sheets[i].name, rows: ours.sheets[i].rows }).toEqual({
      sheet: exceljs.sheets[i].name,
      rows: exceljs.sheets[i].rows,
    });
}

describe('the corpus workbooks', () => {
  test('the base shop (roster, orders, chat) as the corpus writes it', async () => {
    await expectSameAsExcelJs(await writeXlsx(baseWorkbook(), nextFile()));
  });

  test('merged title, merged dates down a column, merged memo cells: every cell of a merge reads the top-left value', async () => {
    const file = await writeXlsx(baseWorkbook(), nextFile(), (book) => {
      book.getWorksheet(CHAT_NAME)!.mergeCells('A1:M1');
      book.getWorksheet(CHAT_NAME)!.mergeCells('B3:B6');
      book.getWorksheet(ORDERS_NAME)!.mergeCells('K2:K3');
    });
    await expectSameAsExcelJs(file);
    const orders = (await readXlsxValues(file)).sheets.find((s) => s.name === ORDERS_NAME)!;
    expect(orders.rows[2][10]).toBe(orders.rows[1][10]);
  });

  test('hidden rows, formula cells with cached results (="…" order numbers, a SUM), real dates and times by style', async () => {
    const file = await writeXlsx(baseWorkbook(), nextFile(), (book) => {
      const ws = book.getWorksheet(ORDERS_NAME)!;
      ws.getRow(3).hidden = true;
      ws.getCell('A2').value = { formula: '="3000000000000000001"', result: '3000000000000000001' };
      ws.getCell('C2').value = { formula: 'SUM(1,2)', result: 3 };
      ws.getCell('I2').value = new Date(Date.UTC(2026, 9, 9, 10, 0, 0));
      ws.getCell('I2').numFmt = 'yyyy-mm-dd hh:mm:ss';
      ws.getCell('H2').value = 46304.5;
      ws.getCell('H2').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('H3').value = 46304.25;
      ws.getCell('H3').numFmt = '[$-804]0.00'; // a locale tag, no date letters outside it: a plain number
      book.getWorksheet(ROSTER_NAME)!.getRow(3).hidden = true;
    });
    await expectSameAsExcelJs(file);
  });
});

describe('workbooks made by the CLI', () => {
  test('the demo shop (cs-kpi demo) and the payroll output written from it (styles, tables, formulas, totals)', async () => {
    const demo = nextFile();
    expect((await cli('demo', '--out', demo, '--agents', '12', '--orders', '1500')).code).toBe(0);
    await expectSameAsExcelJs(demo);
    const out = nextFile();
    expect((await cli('payroll', demo, '--period', '2026-10', '--out', out)).code).toBe(0);
    await expectSameAsExcelJs(out);
  });
});

describe('every real export layout', () => {
  const orders: OrderSpec[] = [
    {
      id: '3000202610010000001',
      buyer: '阳光小鱼',
      paid: 199.5,
      postage: 10,
      refund: 0,
      qty: 2,
      memo: 'KF01 已核对',
      payTime: '2026-10-02 09:15:00',
    },
    {
      id: '3000202610010000002',
      buyer: 'tb_=cmd',
      paid: 88,
      postage: 0,
      refund: 20.5,
      qty: 1,
      memo: null,
      payTime: '2026-10-03 21:40:12',
    },
  ];
  const chats: ChatSpec[] = [
    { nick: '小美', date: '2026-10-02', received: 30, inquiries: 12, paidBuyers: 5, unreplied: 1, avgResponse: 18 },
  ];
  test.each([
    ['taobao 2017 (46 columns)', () => taobaoOrders('ExportOrderList', TAOBAO_2017, orders, { netted: false })],
    ['taobao 2021 (71 columns)', () => taobaoOrders('ExportOrderList', TAOBAO_2021, orders, { netted: true })],
    ['JD', () => jdOrders('京东订单', orders)],
    ['PDD', () => pddOrders('拼多多订单', orders)],
    ['chitu presales', () => chituPresales('赤兔售前', chats)],
    ['chitu daily', () => chituDaily('赤兔每日', chats)],
    ['qianniu reception', () => qianniuReception('千牛接待', chats)],
    ['plain chat', () => plainChat('聊天统计', chats)],
  ])('%s', async (_name, sheet) => {
    await expectSameAsExcelJs(await writeXlsx({ sheets: [sheet()] }, nextFile()));
  });
  test('shop name in the layouts is CJK text', () => expect(SHOP).toMatch(/[\u4e00-\u9fff]/));
});

/** Cells ExcelJS writes in every way the reader must follow. */
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '=SUM(A1:A9)',
    '=HYPERLINK("http://x","y")',
    '  leading and trailing  ',
    'line\nbreak',
    'tab\there',
    'a & b < c > d " e \' f',
    '_x000D_ literal',
    '订单 KF01 已核对',
    '¥202.47',
    '阳光53622',
    '1.23457E+18',
    '0012',
  ),
);
const numberArb = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
  fc.constantFrom(1.23457e18, 0.1 + 0.2, 190.47, -0.0000123, 3000202610020123000, 2 ** 53 + 2),
);
const dateArb = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms));
type ArbCell =
  | { kind: 'text'; v: string }
  | { kind: 'number'; v: number }
  | { kind: 'bool'; v: boolean }
  | { kind: 'date'; v: Date; fmt: string }
  | { kind: 'rich'; v: string[] }
  | { kind: 'formula'; v: string | number | boolean }
  | { kind: 'error'; v: string }
  | { kind: 'empty' };
const cellArb: fc.Arbitrary<ArbCell> = fc.oneof(
  { weight: 4, arbitrary: textArb.map((v) => ({ kind: 'text' as const, v })) },
  { weight: 4, arbitrary: numberArb.map((v) => ({ kind: 'number' as const, v })) },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ kind: 'bool' as const, v })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(dateArb, fc.constantFrom('yyyy-mm-dd', 'yyyy-mm-dd hh:mm:ss', 'h:mm', 'mm-dd-yy', '[$-409]d-mmm-yy;@'))
      .map(([v, fmt]) => ({ kind: 'date' as const, v, fmt })),
  },
  {
    weight: 1,
    arbitrary: fc.array(textArb, { minLength: 1, maxLength: 3 }).map((v) => ({ kind: 'rich' as const, v })),
  },
  // ExcelJS reads a cached 0 or FALSE as no result at all (see the test below): those are compared by hand, not with it.
  {
    weight: 1,
    arbitrary: fc
      .oneof(textArb, numberArb, fc.boolean())
      .filter((v) => v !== 0 && v !== false)
      .map((v) => ({ kind: 'formula' as const, v })),
  },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!').map((v) => ({ kind: 'error' as const, v })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'empty' as const }) },
);
const sheetArb = fc.record({
  name: fc.constantFrom('订单报表', 'Sheet & <1>', '聊天 统计', "O'Brien", '花名册'),
  rows: fc.array(fc.option(fc.array(cellArb, { maxLength: 8 }), { nil: null, freq: 4 }), { maxLength: 12 }),
  merge: fc.option(
    fc.tuple(
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
    ),
  ),
});

function setCell(cell: ExcelJS.Cell, c: ArbCell): void {
  switch (c.kind) {
    case 'text':
    case 'number':
    case 'bool':
      cell.value = c.v;
      return;
    case 'date':
      cell.value = c.v;
      cell.numFmt = c.fmt;
      return;
    case 'rich':
      cell.value = { richText: c.v.map((text, i) => ({ text, font: i % 2 ? { bold: true } : undefined })) };
      return;
    case 'formula':
      cell.value = { formula: 'A1', result: c.v } as ExcelJS.CellFormulaValue;
      return;
    case 'error':
      cell.value = { error: c.v } as ExcelJS.CellErrorValue;
      return;
    case 'empty':
      return;
  }
}

test('random workbooks written by ExcelJS read the same as ExcelJS reads them', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(sheetArb, { minLength: 1, maxLength: 3, selector: (s) => s.name }),
      async (sheets) => {
        const book = new ExcelJS.Workbook();
        for (const s of sheets) {
          const ws = book.addWorksheet(s.name);
          s.rows.forEach((row, r) => row?.forEach((c, col) => setCell(ws.getCell(r + 1, col + 1), c)));
          if (s.merge) {
            const [top, left, down, right] = s.merge;
            ws.mergeCells(top, left, top + down, left + right);
          }
        }
        const file = nextFile();
        await book.xlsx.writeFile(file);
        await expectSameAsExcelJs(file);
      },
    ),
    { numRuns: 60 },
  );
});

test('a number cell keeps every digit ExcelJS keeps (plain decimals read without parseFloat)', async () => {
  const values: Cell[] = [190.47, 0.1 + 0.2, 123456789012345, 1234567890123456, 1.23457e18, -0.5, 5e-7, 99999.99999];
  const file = await writeXlsx({ sheets: [{ name: 'n', rows: [values] }] }, nextFile());
  const { ours } = await bothReaders(file);
  expect(ours.sheets[0].rows[0]).toEqual(values);
});

test('a formula whose cached result is 0 or FALSE reads as 0 or FALSE, as Excel shows it (ExcelJS reads it as empty)', async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('公式');
  ws.getCell('A1').value = { formula: 'B1-B1', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('B1').value = { formula: '1>2', result: false } as ExcelJS.CellFormulaValue;
  ws.getCell('C1').value = { formula: '1<2', result: true } as ExcelJS.CellFormulaValue;
  const file = nextFile();
  await book.xlsx.writeFile(file);
  expect((await readXlsxValues(file)).sheets[0].rows).toEqual([[0, false, true]]);
});
