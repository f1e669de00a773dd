// The CLI's CSV read on two cores (src/cli/csv-split.ts) with REAL worker threads (the compiled CLI): whatever
// the file, the result is the one-thread read's (the source CsvSheetReader fed the same bytes), cell by cell,
// with the same notes and problems; where the worker's rows could be used they were ('used'), and where its
// start was not a record's (inside a quoted field with line breaks) or its part needs papaparse, they were not.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { CsvSheetReader, type CsvResult } from '../../src/engine';
import { encodeGbk, encodeUtf8 } from '../support/gbk';
import { compiledCli } from '../support/compiled-cli';
import { orderRow, TAOBAO_46 } from '../../bench/order-csv';

type SplitModule = typeof import('../../src/cli/csv-split');
type EngineModule = typeof import('../../src/engine');

jest.setTimeout(180_000);

let dir: string;
let split: SplitModule;
let engine: EngineModule;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'csv-split-'));
  const compiled = compiledCli();
  split = require(path.join(compiled, 'cli', 'csv-split.js'));
  engine = require(path.join(compiled, 'engine', 'index.js'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LABEL = 'ExportOrderList.csv';
let files = 0;

/**
 * The CLI's read of these bytes, split at the first line start at or after fraction `at`, on a real worker. As
 * the CLI reads, the rows are kept as batches (keepBatches); the result has them as plain rows, to compare, and
 * `stored` says whether a store held them.
 */
async function splitRead(
  bytes: Uint8Array,
  at: number,
  chunkBytes?: number,
): Promise<{ result: CsvResult; split: string; stored: boolean }> {
  const file = path.join(dir, `${files++}.csv`);
  writeFileSync(file, bytes);
  const reader = new engine.CsvSheetReader('订单报表', LABEL, { dropUnusedColumns: true, keepBatches: true });
  const r = await split.readCsvFile(file, bytes.length, reader, { minBytes: 0, minCores: 2, at, chunkBytes });
  if (!r.result.ok || !r.result.sheet.source) return { ...r, stored: false };
  // Spread, the sheet's rows are made (its `rows` getter), and the store is left out.
  const { source: _source, ...sheet } = r.result.sheet;
  return { split: r.split, result: { ...r.result, sheet }, stored: true };
}

/** The one-thread read of the same bytes, in the CLI's chunk size. */
function sequentialRead(bytes: Uint8Array): { result: CsvResult; fromPapaparse: number } {
  const reader = new CsvSheetReader('订单报表', LABEL, { dropUnusedColumns: true });
  for (let at = 0; at < bytes.length; at += 1 << 20) reader.push(bytes.subarray(at, at + (1 << 20)));
  return { result: reader.finish(), fromPapaparse: reader.rowsFromPapaparse };
}

const options = { rows: 8000, agentIds: ['KF01', 'KF02', 'KF03'], year: 2026, month: 10 };
const quoted = (c: string) => (c.startsWith('="') ? c : `"${c.replace(/"/g, '""')}"`);
/** The export's layout: every field quoted but the ="…" order numbers. */
function reportText(rows: string[][], lineBreak: string): string {
  return [TAOBAO_46, ...rows].map((cells) => cells.map(quoted).join(',')).join(lineBreak) + lineBreak;
}
const orderRows = (n: number) => Array.from({ length: n }, (_, i) => orderRow(i, options).cells);

/** The file columns the engine reads of the 46 (see test/files/csv-order-report.test.ts). */
const KEPT = [0, 1, 2, 3, 4, 6, 8, 10, 17, 18, 23, 24, 44];
/** A row as the engine should get it, written independently of the reader: ="…" unwrapped, empty → null, trailing nulls cut. */
function expectedRow(cells: string[]): (string | null)[] {
  const out = KEPT.map((c) => {
    const v = cells[c].startsWith('="') ? cells[c].slice(2, -1) : cells[c].trim();
    return v === '' ? null : v;
  });
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

describe.each([
  ['GBK, CRLF', '\r\n', encodeGbk],
  ['GBK, LF', '\n', encodeGbk],
  ['GBK, CR', '\r', encodeGbk],
  ['UTF-8 with BOM, CRLF', '\r\n', (t: string) => encodeUtf8('\ufeff' + t)],
])('%s: the worker reads the second half', (_name, lineBreak, encode) => {
  test('its rows are used, and every row is the file row', async () => {
    const rows = orderRows(options.rows);
    const bytes = encode(reportText(rows, lineBreak));
    const r = await splitRead(bytes, 0.5);
    expect(r.split).toBe('used');
    expect(r.stored).toBe(true);
    if (!r.result.ok) throw new Error(r.result.problem.code);
    expect(r.result.sheet.columns).toEqual(KEPT);
    expect(r.result.sheet.rows).toHaveLength(options.rows + 1);
    expect(r.result.sheet.rows[0]).toEqual(expectedRow(TAOBAO_46));
    r.result.sheet.rows.slice(1).forEach((row, i) => expect(row).toEqual(expectedRow(rows[i])));
    expect(r.result.notes).toEqual([]);
    expect(r.result).toEqual(sequentialRead(bytes).result);
  });
});

test('fewer cores than asked: no worker, the same rows', async () => {
  const bytes = encodeGbk(reportText(orderRows(3000), '\r\n'));
  const file = path.join(dir, 'few-cores.csv');
  writeFileSync(file, bytes);
  const reader = new engine.CsvSheetReader('订单报表', LABEL, { dropUnusedColumns: true });
  const r = await split.readCsvFile(file, bytes.length, reader, {
    minBytes: 0,
    minCores: os.availableParallelism() + 1,
  });
  expect(r.split).toBe('none');
  expect(r.result).toEqual(sequentialRead(bytes).result);
});

test('a line start inside a quoted field with line breaks: the worker is not used, the rows are still the file rows', async () => {
  const rows = orderRows(6000);
  // 订单备注 (kept) of order 3000 holds two line breaks.
  rows[3000][23] = '客服:KF01 已催付\r\n第二行 备注\r\n第三行';
  const text = reportText(rows, '\r\n');
  const bytes = encodeGbk(text);
  // The worker would start just after the first line break inside that value.
  const inside = encodeGbk(text.slice(0, text.indexOf('已催付\r\n第二行'))).length;
  const r = await splitRead(bytes, inside / bytes.length);
  expect(r.split).toBe('discarded');
  if (!r.result.ok) throw new Error(r.result.problem.code);
  expect(r.result.sheet.rows).toHaveLength(6001);
  expect(r.result.sheet.rows[3001][10]).toBe('客服:KF01 已催付\n第二行 备注\n第三行');
  rows[3000][23] = '客服:KF01 已催付\n第二行 备注\n第三行';
  r.result.sheet.rows.slice(1).forEach((row, i) => expect(row).toEqual(expectedRow(rows[i])));
  expect(r.result).toEqual(sequentialRead(bytes).result);
});

test('a second half that papaparse must read (text after a closing quote): read on this thread, as one thread reads it', async () => {
  const rows = orderRows(6000);
  const text = reportText(rows, '\r\n').replace('"tb_buyer4500"', '"tb_buyer4500" x');
  const bytes = encodeGbk(text);
  const r = await splitRead(bytes, 0.5);
  expect(r.split).toBe('discarded');
  const sequential = sequentialRead(bytes);
  expect(sequential.fromPapaparse).toBeGreaterThan(0);
  expect(r.result).toEqual(sequential.result);
});

test('a byte that does not decode in the second half: read on this thread, as one thread reads it', async () => {
  const bytes = encodeGbk(reportText(orderRows(6000), '\r\n'));
  const at = encodeGbk(reportText(orderRows(4500), '\r\n')).length + 3;
  const broken = bytes.slice();
  broken[at] = 0xff;
  const r = await splitRead(broken, 0.5);
  expect(r.split).toBe('discarded');
  expect(r.result).toEqual(sequentialRead(broken).result);
});

test('a last record cut off inside quotes: the file is reported truncated after its complete rows, as one thread reads it', async () => {
  const text = reportText(orderRows(6000), '\r\n') + '="399",' + '"tb_buyer 未完';
  const bytes = encodeGbk(text);
  const r = await splitRead(bytes, 0.5);
  expect(r.split).toBe('used');
  expect(r.result.ok).toBe(false);
  if (r.result.ok) return;
  expect(r.result.problem.code).toBe('file-csv-truncated');
  // Record 1 is the header, 2–6001 the orders: 6002 is the one cut off.
  expect(r.result.problem.row).toBe(6002);
  expect(r.result).toEqual(sequentialRead(bytes).result);
});

test('a short last row without a line break: the note names it, as one thread reads it', async () => {
  const rows = orderRows(6000);
  const text = reportText(rows, '\r\n') + rows[5].slice(0, 20).map(quoted).join(',');
  const bytes = encodeGbk(text);
  const r = await splitRead(bytes, 0.5);
  expect(r.split).toBe('used');
  if (!r.result.ok) throw new Error(r.result.problem.code);
  expect(r.result.sheet.rows).toHaveLength(6002);
  expect(r.result.notes.map((n) => [n.code, n.row])).toEqual([['file-csv-short-last-row', 6002]]);
  expect(r.result).toEqual(sequentialRead(bytes).result);
});

// Random files split anywhere, read in small chunks on both threads: plain, quoted and ="…" fields with commas,
// quotes and line breaks inside, GBK text, CRLF / LF / CR records, sometimes a field papaparse must read; a header
// that is no order report (every column kept) or the 46 columns. Each record ends in a long plain field, so the
// files pass the 64 KB the reader looks at before it starts.
const FIELD_TEXT = ['a', '7', '.', ' ', ',', '"', '\n', '\r\n', '订单', '客服:KF01', '丂亊'];
const fieldArb = fc.tuple(
  fc.array(fc.constantFrom(...FIELD_TEXT), { maxLength: 4 }).map((p) => p.join('')),
  fc.constantFrom('plain', 'quoted', 'quoted', 'wrapped', 'after-quote'),
);
function fieldText([value, shape]: [string, string]): string {
  const doubled = value.replace(/"/g, '""');
  if (shape === 'plain') return value.replace(/[",\r\n]/g, '');
  if (shape === 'quoted') return `"${doubled}"`;
  // The export's ="…" hold order numbers: no quote, delimiter or line break.
  if (shape === 'wrapped') return `="${value.replace(/[",\r\n]/g, '')}"`;
  return `"${doubled}"x`;
}

test('random files split anywhere read as one thread reads them', async () => {
  const uses = new Set<string>();
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 6 }), { minLength: 200, maxLength: 500 }),
      fc.constantFrom('\r\n', '\n', '\r'),
      fc.boolean(),
      fc.integer({ min: 0, max: 90 }).map((percent) => percent / 100),
      fc.constantFrom(4096, 65536),
      async (records, lineBreak, orderHeader, at, chunkBytes) => {
        const header = orderHeader ? TAOBAO_46.map(quoted).join(',') : 'a,b,c';
        // Rare fields papaparse must read: one record in 150 keeps its 'after-quote' field.
        const body = records.map(
          (fields, r) =>
            fields.map(([v, s]) => fieldText([v, s === 'after-quote' && r % 150 !== 7 ? 'quoted' : s])).join(',') +
            ',' +
            'x'.repeat(400),
        );
        const bytes = encodeGbk([header, ...body].join(lineBreak));
        const r = await splitRead(bytes, at, chunkBytes);
        uses.add(r.split);
        expect(r.result).toEqual(sequentialRead(bytes).result);
      },
    ),
    // A fixed seed: which way a file's read goes depends only on its bytes, and an unlucky draw of 30 files
    // (seen once in CI) took no split that was used, failing the check below for no fault of the reader.
    { numRuns: 30, seed: 1 },
  );
  // Both ways were taken: the worker's rows used, and discarded.
  expect([...uses].sort()).toEqual(expect.arrayContaining(['discarded', 'used']));
});
