/**
 * The .xlsx reader stepping over the cells of columns the engine does not read
 * (the CLI's `skipUnusedColumns`): below an order report's or 接待记录's first
 * rows only the columns columnsToRead names are made into values; the others
 * read blank and each row keeps the length the full read gives it, so the
 * engine and the Audit checksum see what the add-in's narrowed read gives.
 * Compared with the full read with those cells blanked (the full read is
 * itself compared with ExcelJS in xlsx-reader-differential.test.ts), and once
 * directly with ExcelJS.
 */
import { writeFileSync } from 'fs';
import fc from 'fast-check';
import { type Cell, columnsToRead, HEADER_ROWS_TO_READ, sheetChecksum, sheetKind } from '../../src/engine';
import { loadWorkbook, toWorkbookData } from '../../src/cli/xlsx-read';
import { readXlsxValues } from '../../src/cli/xlsx/read-values';
import { SharedStrings } from '../../src/cli/xlsx/shared-strings';
import {
  chituPresales,
  TAOBAO_2017,
  TAOBAO_2021,
  taobaoOrders,
  variedChats,
  variedOrders,
} from '../corpus/layout-builder';
import { columnLetters, MAIN_NS, makeTempDir, oneSheetPackage, writeXlsx } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-xlsx-skip-');
afterAll(() => tmp.remove());
let fileNo = 0;

/** Rows as the add-in's narrowed read gives them: below the header, unread columns blank, lengths kept. */
function blanked(name: string, rows: Cell[][]): Cell[][] {
  const choice = columnsToRead(rows.slice(0, HEADER_ROWS_TO_READ), sheetKind(name));
  if (!choice) return rows;
  const keep = new Set(choice.columns);
  return rows.map((row, r) => (r > choice.headerRow ? row.map((v, c) => (keep.has(c) ? v : null)) : row));
}

async function expectNarrowedRead(file: string): Promise<void> {
  const full = await readXlsxValues(file);
  const narrowed = await readXlsxValues(file, { skipUnusedColumns: true });
  expect(narrowed.sheets.map((s) => s.name)).toEqual(full.sheets.map((s) => s.name));
  full.sheets.forEach((s, i) => {
    expect({ sheet: s.name, rows: narrowed.sheets[i].rows }).toEqual({ sheet: s.name, rows: blanked(s.name, s.rows) });
    const choice = columnsToRead(s.rows.slice(0, HEADER_ROWS_TO_READ), sheetKind(s.name));
    const only = choice ? { headerRow: choice.headerRow, columns: new Set(choice.columns) } : undefined;
    expect(sheetChecksum(narrowed.sheets[i].rows, undefined, only)).toBe(sheetChecksum(s.rows, undefined, only));
  });
}

const orders = variedOrders(40);

test("a 46-column and a 71-column order report and a 28-column 赤兔 sheet written by ExcelJS: the narrowed read is ExcelJS's read with the unread cells blank", async () => {
  const file = await writeXlsx(
    {
      sheets: [
        taobaoOrders('订单报表', TAOBAO_2017, orders, { netted: false }),
        taobaoOrders('ExportOrderList', TAOBAO_2021, orders, {
          netted: true,
          memoColumn: (_o, i) => (i % 2 ? '商家备忘' : '订单备注'),
        }),
        chituPresales('接待记录', variedChats(30)),
      ],
    },
    tmp.file(`layouts-${++fileNo}.xlsx`),
  );
  const exceljs = toWorkbookData(await loadWorkbook(file));
  const narrowed = await readXlsxValues(file, { skipUnusedColumns: true });
  exceljs.sheets.forEach((s, i) =>
    expect({ sheet: s.name, rows: narrowed.sheets[i].rows }).toEqual({ sheet: s.name, rows: blanked(s.name, s.rows) }),
  );
  // By hand: 收货地址 (column N of the 2017 layout) is not read, 订单编号 (A) and 退款金额 (AS) are; the header row stays whole.
  const taobao = narrowed.sheets[0].rows;
  expect(taobao[0][13]).toBe('收货地址 ');
  expect(taobao[0].length).toBe(46);
  expect(taobao[30][0]).toBe('="3000202610010000029"');
  expect(taobao[30][13]).toBeNull();
  expect(taobao[30][44]).toBe('0.00');
  expect(taobao[28][44]).toBe('20.00');
  await expectNarrowedRead(file);
});

/** One sheet written by hand: the 46-column header as inline strings, then rows of cells of every kind. */
type HandCell =
  | 'shared'
  | 'emptyShared'
  | 'inline'
  | 'emptyInline'
  | 'richInline'
  | 'phoneticOnly'
  | 'number'
  | 'emptyV'
  | 'selfClosing'
  | 'openEmpty'
  | 'formulaOnly'
  | 'str'
  | 'none';
const HAND_CELLS: HandCell[] = [
  'shared',
  'emptyShared',
  'inline',
  'emptyInline',
  'richInline',
  'phoneticOnly',
  'number',
  'emptyV',
  'selfClosing',
  'openEmpty',
  'formulaOnly',
  'str',
  'none',
];

function handPackage(
  name: string,
  header: string[],
  body: HandCell[][],
  opts: { merge?: string; lateRow?: boolean } = {},
): string {
  const strings = ['', '交易成功', '浙江省 杭州市 西湖区 文三路0号', 'KF01 已催付'];
  const cellXml = (kind: HandCell, ref: string, r: number, c: number): string => {
    switch (kind) {
      case 'shared':
        return `<c r="${ref}" t="s"><v>${1 + ((r + c) % 3)}</v></c>`;
      case 'emptyShared':
        return `<c r="${ref}" t="s"><v>0</v></c>`;
      case 'inline':
        return `<c r="${ref}" t="inlineStr"><is><t>地址${r}-${c} &amp; 号</t></is></c>`;
      case 'emptyInline':
        return `<c r="${ref}" t="inlineStr"><is><t></t></is></c>`;
      case 'richInline':
        return `<c r="${ref}" t="inlineStr"><is><r><t></t></r><r><rPr><b/></rPr><t>${c % 2 ? '' : '粗'}</t></r></is></c>`;
      case 'phoneticOnly': // the reading of an empty text is no value
        return `<c r="${ref}" t="inlineStr"><is><t></t><rPh sb="0" eb="0"><t>よみ</t></rPh></is></c>`;
      case 'number':
        return `<c r="${ref}"><v>${r * 100 + c}.5</v></c>`;
      case 'emptyV':
        return `<c r="${ref}"><v></v></c>`;
      case 'selfClosing':
        return `<c r="${ref}" s="0"/>`;
      case 'openEmpty':
        return `<c r="${ref}" s="0"></c>`;
      case 'formulaOnly': // no cached result
        return `<c r="${ref}"><f>B1*2</f></c>`;
      case 'str':
        return `<c r="${ref}" t="str"><f>A1</f><v>x${c}</v></c>`;
      case 'none':
        return '';
    }
  };
  const headerRow = `<row r="1">${header.map((h, c) => `<c r="${columnLetters(c)}1" t="inlineStr"><is><t xml:space="preserve">${h}</t></is></c>`).join('')}</row>`;
  const rows = body.map(
    (cells, i) =>
      `<row r="${i + 2}">${cells.map((k, c) => cellXml(k, `${columnLetters(c)}${i + 2}`, i + 2, c)).join('')}</row>`,
  );
  if (opts.lateRow && rows.length > 22) [rows[2], rows[22]] = [rows[22], rows[2]];
  const merges = opts.merge ? `<mergeCells count="1"><mergeCell ref="${opts.merge}"/></mergeCells>` : '';
  const file = tmp.file(`hand-${++fileNo}.xlsx`);
  writeFileSync(
    file,
    oneSheetPackage({
      name,
      sheetData: headerRow + rows.join(''),
      after: merges,
      sharedStrings: `<sst xmlns="${MAIN_NS}">${strings.map((s) => (s === '' ? '<si><t/></si>' : `<si><t>${s}</t></si>`)).join('')}</sst>`,
    }),
  );
  return file;
}

const handBody = fc.array(fc.array(fc.constantFrom(...HAND_CELLS), { minLength: 40, maxLength: 46 }), {
  minLength: 21,
  maxLength: 30,
});

test('random rows of shared, empty shared, inline, empty inline, number, empty and formula cells under a real header: every row keeps its full length, unread cells are blank', async () => {
  await fc.assert(
    fc.asyncProperty(handBody, fc.constantFrom('订单报表', 'Sheet1'), async (body, name) => {
      await expectNarrowedRead(handPackage(name, TAOBAO_2017, body));
    }),
    { numRuns: 25 },
  );
});

test('a row whose only values are in unread columns, or whose last value is an empty shared string, has the length the full read gives it', async () => {
  const body: HandCell[][] = Array.from({ length: 25 }, () => TAOBAO_2017.map(() => 'none' as HandCell));
  body[21] = TAOBAO_2017.map((_h, c) => (c === 13 || c === 45 ? 'inline' : 'none')); // 收货地址, 预约门店: neither read
  body[22] = TAOBAO_2017.map((_h, c) => (c === 0 ? 'number' : c === 45 ? 'emptyShared' : 'none'));
  const file = handPackage('订单报表', TAOBAO_2017, body);
  const rows = (await readXlsxValues(file, { skipUnusedColumns: true })).sheets[0].rows;
  expect(rows[22]).toEqual(new Array(46).fill(null));
  expect(rows[23]).toEqual([2400.5]);
  await expectNarrowedRead(file);
});

test('shared strings used only by unread cells below the first rows are never made into text', async () => {
  const body: HandCell[][] = Array.from({ length: 30 }, (_, i) =>
    TAOBAO_2017.map((_h, c) => (c === 13 && i >= 20 ? 'shared' : c === 0 ? 'number' : 'none')),
  );
  const file = handPackage('订单报表', TAOBAO_2017, body);
  const text = jest.spyOn(SharedStrings.prototype, 'text');
  try {
    const rows = (await readXlsxValues(file, { skipUnusedColumns: true })).sheets[0].rows;
    expect(text).not.toHaveBeenCalled();
    expect(rows[25]).toEqual([2600.5, ...new Array(13).fill(null)]);
  } finally {
    text.mockRestore();
  }
  expect((await readXlsxValues(file)).sheets[0].rows[25][13]).toBe('交易成功'); // strings[(26 + 13) % 3 + 1]
});

test('a merge reaching below the first rows, and a first row written after later ones: the sheet is read again in full, then narrowed', async () => {
  const body: HandCell[][] = Array.from({ length: 28 }, (_, r) =>
    TAOBAO_2017.map((_h, c) => HAND_CELLS[(r * 7 + c) % HAND_CELLS.length]),
  );
  body[23][13] = 'inline';
  // The merge's top-left cell (收货地址, N25) is not read, but it spans 订单备注…宝贝总数量 (X, Y), which are.
  const merged = handPackage('订单报表', TAOBAO_2017, body, { merge: 'N25:Y26' });
  await expectNarrowedRead(merged);
  const full = (await readXlsxValues(merged)).sheets[0].rows;
  const narrowed = (await readXlsxValues(merged, { skipUnusedColumns: true })).sheets[0].rows;
  expect(narrowed[24][23]).toBe(full[24][13]);
  expect(narrowed[24][23]).toBe('地址25-13 & 号');
  await expectNarrowedRead(handPackage('订单报表', TAOBAO_2017, body, { lateRow: true }));
});

test('other sheets (roster, a sheet of no known kind) and small sheets are read whole', async () => {
  const body: HandCell[][] = Array.from({ length: 25 }, (_, r) =>
    ['花名册', 'x', 'y'].map((_h, c) => HAND_CELLS[(r + c) % HAND_CELLS.length]),
  );
  const file = handPackage('花名册', ['工号', '姓名', '岗位'], body);
  expect((await readXlsxValues(file, { skipUnusedColumns: true })).sheets[0].rows).toEqual(
    (await readXlsxValues(file)).sheets[0].rows,
  );
});
