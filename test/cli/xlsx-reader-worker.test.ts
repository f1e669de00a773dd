/**
 * The .xlsx reader with its worksheets read by worker threads (the compiled
 * CLI: a worker needs .js files) against the same reader in this thread, the
 * reference the other reader tests check against ExcelJS: the same sheets and
 * rows, cell by cell, full and narrowed (skipUnusedColumns), with the worker
 * narrowing from its first batch on (it waits for the columns) and with the
 * worker reading every column (this thread blanks what it does not keep).
 * Then what happens when a worker cannot start, stops, or finds the sheet damaged.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import fc from 'fast-check';
import type { WorkbookData } from '../../src/engine';
import { readXlsxValues, type XlsxReadOptions } from '../../src/cli/xlsx/read-values';
import { baseWorkbook, CHAT_NAME, ORDERS_NAME } from '../corpus/builder';
import {
  chituPresales,
  TAOBAO_2017,
  TAOBAO_2021,
  taobaoOrders,
  variedChats,
  variedOrders,
} from '../corpus/layout-builder';
import { columnLetters, MAIN_NS, makeTempDir, oneSheetPackage, REL_NS, writeXlsx, zipOf } from '../corpus/xlsx-files';
import { compiledCli } from '../support/compiled-cli';

const lib = compiledCli();
const compiled: typeof import('../../src/cli/xlsx/read-values') = require(path.join(lib, 'cli/xlsx/read-values.js'));
const threads: typeof import('../../src/cli/threads') = require(path.join(lib, 'cli/threads.js'));
const compiledInputs: typeof import('../../src/cli/read-inputs') = require(path.join(lib, 'cli/read-inputs.js'));

const tmp = makeTempDir('cs-kpi-xlsx-worker-');
afterAll(() => tmp.remove());
let fileNo = 0;
const nextFile = () => tmp.file(`book-${++fileNo}.xlsx`);

const WORKER_MODES: { mode: string; workers: XlsxReadOptions['workers'] }[] = [
  { mode: 'the worker narrows from its first batch on', workers: { minBytes: 0, batchCells: 7, awaitColumns: true } },
  { mode: 'the worker reads every column', workers: { minBytes: 0, batchCells: 1 << 20 } },
];

/** Every sheet read by a worker thread (each started, none fell back) gives what this thread's read gives. */
async function expectSameInWorkers(file: string): Promise<void> {
  for (const skipUnusedColumns of [false, true]) {
    const here = await readXlsxValues(file, { skipUnusedColumns });
    for (const { mode, workers } of WORKER_MODES) {
      const start = jest.spyOn(threads, 'startWorker');
      try {
        const there: WorkbookData = await compiled.readXlsxValues(file, { skipUnusedColumns, workers });
        expect(start).toHaveBeenCalledTimes(here.sheets.length);
        for (const r of start.mock.results) expect(r.value).not.toBeNull();
        expect({ mode, skipUnusedColumns, sheets: there.sheets }).toStrictEqual({
          mode,
          skipUnusedColumns,
          sheets: here.sheets,
        });
      } finally {
        start.mockRestore();
      }
    }
  }
}

const orders = variedOrders(45);

test('workbooks ExcelJS writes: the corpus shop with merges, hidden rows, formulas and dates by style; 46- and 71-column order reports and a 赤兔 sheet', async () => {
  await expectSameInWorkers(
    await writeXlsx(baseWorkbook(), nextFile(), (book) => {
      book.getWorksheet(CHAT_NAME)!.mergeCells('A1:M1');
      book.getWorksheet(CHAT_NAME)!.mergeCells('B3:B6');
      const ws = book.getWorksheet(ORDERS_NAME)!;
      ws.mergeCells('K2:K3');
      ws.getRow(3).hidden = true;
      ws.getCell('A2').value = { formula: '="3000000000000000001"', result: '3000000000000000001' };
      ws.getCell('C2').value = { formula: 'SUM(1,2)', result: 3 };
      ws.getCell('I2').value = new Date(Date.UTC(2026, 9, 9, 10, 0, 0));
      ws.getCell('I2').numFmt = 'yyyy-mm-dd hh:mm:ss';
    }),
  );
  const chats = variedChats(30);
  await expectSameInWorkers(
    await writeXlsx(
      {
        sheets: [
          taobaoOrders('订单报表', TAOBAO_2017, orders, { netted: false }),
          taobaoOrders('ExportOrderList', TAOBAO_2021, orders, { netted: true }),
          chituPresales('接待记录', chats),
        ],
      },
      nextFile(),
    ),
  );
});

/** Cells as Excel, WPS and other writers make them, ExcelJS's not among them. */
const CELL_KINDS = {
  shared: (ref: string, r: number) => `<c r="${ref}" t="s"><v>${1 + (r % 3)}</v></c>`,
  emptyShared: (ref: string) => `<c r="${ref}" t="s"><v>0</v></c>`,
  pastTable: (ref: string) => `<c r="${ref}" t="s"><v>99</v></c>`,
  inline: (ref: string, r: number) => `<c r="${ref}" t="inlineStr"><is><t>地址${r} &amp; 号 =A1</t></is></c>`,
  emptyInline: (ref: string) => `<c r="${ref}" t="inlineStr"><is><t></t></is></c>`,
  richInline: (ref: string) => `<c r="${ref}" t="inlineStr"><is><r><t>KF01 </t></r><r><t>粗</t></r></is></c>`,
  phoneticOnly: (ref: string) => `<c r="${ref}" t="inlineStr"><is><t></t><rPh sb="0" eb="0"><t>よみ</t></rPh></is></c>`,
  number: (ref: string, r: number) => `<c r="${ref}"><v>${r}.25</v></c>`,
  bigNumber: (ref: string) => `<c r="${ref}"><v>3.0000202610010001E+18</v></c>`,
  date: (ref: string, r: number) => `<c r="${ref}" s="1"><v>${46296 + r}.5</v></c>`,
  boolean: (ref: string, r: number) => `<c r="${ref}" t="b"><v>${r % 2}</v></c>`,
  error: (ref: string) => `<c r="${ref}" t="e"><v>#N/A</v></c>`,
  str: (ref: string) => `<c r="${ref}" t="str"><f>A1</f><v>x_x0041_ &lt;</v></c>`,
  emptyV: (ref: string) => `<c r="${ref}"><v></v></c>`,
  selfClosing: (ref: string) => `<c r="${ref}" s="1"/>`,
  formulaOnly: (ref: string) => `<c r="${ref}"><f>B1*2</f></c>`,
  none: () => '',
};
type CellKind = keyof typeof CELL_KINDS;

interface HandSheet {
  name: string;
  /** Cell kinds by row (after the header row), column by column. */
  body: CellKind[][];
  /** Row numbers left out (empty rows between), and two rows swapped in the file (rows out of order). */
  gaps?: number[];
  swap?: [number, number];
  merge?: string;
}

/** A package of hand-written sheets, each under a 46-column order report header (inline strings), with 1904 dates when asked. */
function handPackage(sheets: HandSheet[], date1904 = false): string {
  const sheetXml = (s: HandSheet) => {
    const header = `<row r="1">${TAOBAO_2017.map((h, c) => `<c r="${columnLetters(c)}1" t="inlineStr"><is><t xml:space="preserve">${h}</t></is></c>`).join('')}</row>`;
    let rowNo = 1;
    const rows = s.body.map((cells) => {
      rowNo += 1 + (s.gaps?.includes(rowNo + 1) ? 1 : 0);
      const r = rowNo;
      return `<row r="${r}">${cells.map((k, c) => CELL_KINDS[k](`${columnLetters(c)}${r}`, r)).join('')}</row>`;
    });
    if (s.swap && rows.length > Math.max(...s.swap))
      [rows[s.swap[0]], rows[s.swap[1]]] = [rows[s.swap[1]], rows[s.swap[0]]];
    const merges = s.merge ? `<mergeCells count="1"><mergeCell ref="${s.merge}"/></mergeCells>` : '';
    return `<worksheet xmlns="${MAIN_NS}"><sheetData>${header}${rows.join('')}</sheetData>${merges}</worksheet>`;
  };
  const files: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN_NS}"><si><t/></si><si><t>交易成功</t></si><si><r><t>浙江省 </t></r><r><t>杭州市</t></r></si><si><t xml:space="preserve">KF01 已催付 </t></si></sst>`,
    'xl/styles.xml': `<styleSheet xmlns="${MAIN_NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs></styleSheet>`,
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s)));
  const file = nextFile();
  writeFileSync(file, zipOf(files));
  return file;
}

const KINDS = Object.keys(CELL_KINDS) as CellKind[];
const body = fc.array(fc.array(fc.constantFrom(...KINDS), { minLength: 40, maxLength: 46 }), {
  minLength: 18,
  maxLength: 40,
});

test('hand-written sheets of every cell kind, empty rows between, rows out of order, merges, dates by style in both date systems', async () => {
  await fc.assert(
    fc.asyncProperty(
      body,
      fc.constantFrom('订单报表', '接待记录', 'Sheet1'),
      fc.record({
        gaps: fc.array(fc.integer({ min: 2, max: 40 }), { maxLength: 3 }),
        swap: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), { nil: undefined }),
        merge: fc.constantFrom(undefined, 'A2:B3', 'N25:Y26', 'C30:C31'),
      }),
      fc.boolean(),
      async (rows, name, shape, date1904) => {
        await expectSameInWorkers(handPackage([{ name, body: rows, ...shape }], date1904));
      },
    ),
    { numRuns: 12 },
  );
});

test('a row whose last value is an empty shared string or one past the table, in columns not read: the length the full read gives it', async () => {
  const row = (last: CellKind): CellKind[] =>
    TAOBAO_2017.map((_h, c) => (c === 0 ? 'number' : c === 45 ? last : 'none'));
  const rows: CellKind[][] = Array.from({ length: 30 }, (_, i) =>
    row(i % 3 === 0 ? 'emptyShared' : i % 3 === 1 ? 'pastTable' : 'shared'),
  );
  await expectSameInWorkers(handPackage([{ name: '订单报表', body: rows }]));
});

test('a row whose last cells are empty shared strings in a column that is read (退款金额, 44): cut back to the length the full read gives it', async () => {
  // Rows from a worker are made at one past their last cell at once, then cut back when those cells turn out empty.
  const tails: CellKind[][] = [
    ['emptyShared'],
    ['pastTable'],
    ['emptyShared', 'emptyShared'],
    ['shared', 'emptyShared'],
    ['emptyShared', 'number'],
  ];
  const rows: CellKind[][] = Array.from({ length: 30 }, (_, i) =>
    TAOBAO_2017.map((_h, c) => (c === 0 ? 'number' : c >= 44 ? (tails[i % tails.length][c - 44] ?? 'none') : 'none')),
  );
  await expectSameInWorkers(handPackage([{ name: '订单报表', body: rows }]));
});

describe('when the worker does not read the sheet', () => {
  const file = () =>
    handPackage([{ name: '订单报表', body: Array.from({ length: 25 }, () => ['number', 'shared', 'inline']) }]);
  const inWorker = { skipUnusedColumns: true, workers: { minBytes: 0 } };

  test('a worker that cannot start, or stops before it is done: the sheet is read in this thread, with the same rows', async () => {
    const book = file();
    const here = await readXlsxValues(book, { skipUnusedColumns: true });
    const none = jest.spyOn(threads, 'startWorker').mockReturnValue(null);
    try {
      expect(await compiled.readXlsxValues(book, inWorker)).toStrictEqual(here);
    } finally {
      none.mockRestore();
    }
    const stops = jest
      .spyOn(threads, 'startWorker')
      .mockImplementation(() => new Worker('process.exit(3)', { eval: true }));
    try {
      expect(await compiled.readXlsxValues(book, inWorker)).toStrictEqual(here);
    } finally {
      stops.mockRestore();
    }
  });

  test('a worker that finds the sheet damaged: the read fails as it does in this thread', async () => {
    const damaged = jest
      .spyOn(threads, 'startWorker')
      .mockImplementation(
        () => new Worker("require('worker_threads').parentPort.postMessage({ type: 'failed' })", { eval: true }),
      );
    try {
      await expect(compiled.readXlsxValues(file(), inWorker)).rejects.toThrow();
    } finally {
      damaged.mockRestore();
    }
  });
});

test("through the CLI's reader (no options): a sheet over the size for a worker is read by one, with what this thread reads", async () => {
  // Styled empty cells (no value, no memory) make the XML big enough.
  const blanks = Array.from({ length: 40 }, (_, c) => `<c r="${String.fromCharCode(67 + (c % 20))}" s="0"/>`).join('');
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>x</t></is></c>${blanks}</row>`;
  const rows = Array.from({ length: 110_000 }, (_, i) => row(i + 2)).join('');
  expect(rows.length).toBeGreaterThan(compiled.WORKER_MIN_BYTES);
  const big = nextFile();
  writeFileSync(
    big,
    oneSheetPackage({ name: '订单报表', sheetData: `${rows}<row r="1"><c r="A1"><v>1</v></c></row>` }),
  );
  const start = jest.spyOn(threads, 'startWorker');
  let inWorker: Awaited<ReturnType<typeof compiledInputs.readInputFiles>>;
  try {
    inWorker = await compiledInputs.readInputFiles([big]);
    expect(start.mock.results.map((x) => x.value !== null)).toEqual([true]);
    expect(inWorker.ok && inWorker.data.sheets[0].rows.length).toBe(110_001);
  } finally {
    start.mockRestore();
  }
  const before = process.env.CS_KPI_THREADS;
  process.env.CS_KPI_THREADS = '0';
  try {
    expect(inWorker).toStrictEqual(await compiledInputs.readInputFiles([big]));
  } finally {
    if (before === undefined) delete process.env.CS_KPI_THREADS;
    else process.env.CS_KPI_THREADS = before;
  }
});
