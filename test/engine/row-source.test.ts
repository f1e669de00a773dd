// An order report read as cs-kpi reads it (keepBatches: rows kept as the byte path's batches, each cut when the
// engine asks) gives the engine's result of the same report read by papaparse into plain rows: every issue (text,
// row, cell), every agent's measures, the shop's totals and the input summaries. And the engine's passes never
// make the stored rows all at once (that would undo what the store saves).
import fc from 'fast-check';
import { runPayroll, type SheetData, type WorkbookData } from '../../src/engine';
import { CellView } from '../../src/engine/cell';
import { CsvSheetReader } from '../../src/engine/files';
import type { CsvRowStore } from '../../src/engine/files/csv-row-store';
import { isDataRow, isDataRowAt } from '../../src/engine/sheets/table';
import { encodeGbk } from '../support/gbk';
import { ORDER_HEADER, ORDERS_NAME, PERIOD, baseWorkbook } from '../corpus/builder';

const texts = {
  id: ['="3100000000000000101"', '="3100000000000000102"', '3100000000000000103', '3.1E+18', '', '  '],
  buyer: ['tb_alice', 'tb_bob', '买家一号', '', '合计', 'Total'],
  amount: ['208.00', '150', '0', '-5', '12.5元', '', 'abc', '1,299.00', ' 99.50 '],
  status: ['交易成功', '交易关闭', '等待买家付款', '退款中', ''],
  time: ['2026-10-03 10:15:00', '2026/10/4 11:00', '2026-09-30 23:59:59', '2026-11-01 00:00:00', '', '昨天'],
  qty: ['1', '2', '0', 'x', ''],
  memo: ['KF01', '#KF02', 'KF01/KF03', '客服:KF03 已催付', 'KF09', '', '=KF01', '汇总'],
};
const field = (k: keyof typeof texts) => fc.constantFrom(...texts[k]);
const orderRow = fc.tuple(
  field('id'),
  field('buyer'),
  field('amount'),
  field('amount'),
  field('amount'),
  field('amount'),
  field('status'),
  field('time'),
  field('time'),
  field('qty'),
  field('memo'),
  field('amount'),
);
/** Rows that repeat one order number (duplicates, item lines) and blank lines among the drawn ones. */
const rows = fc.array(
  fc.oneof({ weight: 8, arbitrary: orderRow }, { weight: 1, arbitrary: fc.constant<string[]>([]) }),
  {
    minLength: 1,
    maxLength: 60,
  },
);

/** A filler order, so the file passes the 64 KB the reader sniffs and the drawn rows are read in batches. */
const filler = (i: number) => [
  `="31000000000${String(i).padStart(8, '0')}"`,
  `tb_f${i % 50}`,
  '20.00',
  '0',
  '20.00',
  '20.00',
  '交易成功',
  '2026-10-05 09:00:00',
  '2026-10-05 09:10:00',
  '1',
  `KF0${1 + (i % 3)}`,
  '0',
];

const csvLine = (cells: string[]) => cells.map((c) => (c.startsWith('="') ? c : `"${c}"`)).join(',');

function reportBytes(drawn: string[][]): Uint8Array {
  const lines = [ORDER_HEADER.map(String), ...Array.from({ length: 1200 }, (_, i) => filler(i)), ...drawn];
  return encodeGbk(lines.map(csvLine).join('\r\n') + '\r\n');
}

function readSheet(bytes: Uint8Array, keepBatches: boolean): SheetData {
  const reader = new CsvSheetReader(ORDERS_NAME, 'ExportOrderList.csv', {
    dropUnusedColumns: true,
    keepBatches,
    papaparseOnly: !keepBatches,
  });
  for (let at = 0; at < bytes.length; at += 7_000) reader.push(bytes.subarray(at, at + 7_000));
  const r = reader.finish();
  if (!r.ok) throw new Error(r.problem.code);
  return r.sheet;
}

function withOrders(orders: SheetData): WorkbookData {
  const wb = baseWorkbook();
  return { sheets: wb.sheets.map((s) => (s.name === ORDERS_NAME ? orders : s)) };
}

test('random order reports: the engine over stored rows gives what it gives over plain rows', () => {
  fc.assert(
    fc.property(rows, (drawn) => {
      const bytes = reportBytes(drawn);
      const stored = readSheet(bytes, true);
      const plain = readSheet(bytes, false);
      const source = stored.source as CsvRowStore;
      expect(source).toBeDefined();
      expect(plain.source).toBeUndefined();
      const a = runPayroll(withOrders(stored), { period: PERIOD, checksums: false });
      expect(source.wasMaterialized).toBe(false);
      const b = runPayroll(withOrders(plain), { period: PERIOD, checksums: false });
      expect(a.issues).toEqual(b.issues);
      expect(a.agents.map((x) => x.measures)).toEqual(b.agents.map((x) => x.measures));
      expect(a.shop).toEqual(b.shop);
      expect(a.inputs).toEqual(b.inputs);
    }),
    { numRuns: 40, seed: 16 },
  );
});

test('isDataRowAt over a store decides as isDataRow over the row: blank, summary and data rows', () => {
  const cell = fc.constantFrom(
    '',
    ' ',
    '　',
    '合计',
    '汇总：',
    'Total',
    'total:',
    '均值',
    'tb_t',
    '="1"',
    '12.50',
    '小计x',
    // Long cells, read in place: no summary word is longer than 12 characters.
    '300000000000000007',
    'Total of the month',
    '　　　　　　　　　　　　　　',
    '   padded long value   ',
    '合计合计合计合计合计合计合计',
  );
  // Quoted or not: `="1"` unquoted is unwrapped by the byte reader (a final piece, read in place).
  const field = fc.tuple(cell, fc.boolean()).map(([c, q]) => (q || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c));
  const line = fc.array(field, { minLength: 1, maxLength: 8 });
  // Past the 64 KB sniffed, so the drawn lines are read in batches.
  const head = encodeGbk('"a","b","c","d","e","f","g","h"\r\n' + '"x","1"\r\n'.repeat(9000));
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
      const body = lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
      const reader = new CsvSheetReader('s', 's.csv', { keepBatches: true });
      reader.push(head);
      reader.push(encodeGbk(body));
      const r = reader.finish();
      if (!r.ok) throw new Error(r.problem.code);
      const source = r.sheet.source!;
      // The drawn lines and the last filler rows before them.
      const at = [...Array(source.count).keys()].slice(9000 - 5);
      const rowsAt = at.map((i) => source.row(i)!);
      const expected = rowsAt.map((row) => isDataRow(row));
      expect(at.map((i) => isDataRowAt(r.sheet, i, new CellView()))).toEqual(expected);
      // The same rules over plain rows.
      const plain: SheetData = { name: 's', rows: rowsAt };
      expect(rowsAt.map((_, i) => isDataRowAt(plain, i, new CellView()))).toEqual(expected);
    }),
    { numRuns: 60, seed: 16 },
  );
});

test('more remembered values than the store caches: every row read back as papaparse reads it', () => {
  // In each block of 100 rows, the last 50 repeat the first 50: a value is remembered in one small batch and
  // referred to from the next. 60,000 distinct values, more than the store keeps cut (its cache holds 16,384).
  const value = (i: number) => `k${Math.floor(i / 100) * 100 + (i % 50)}`;
  const lines = Array.from({ length: 120_000 }, (_, i) => `"${value(i)}","${i % 7}"`);
  const bytes = encodeGbk('"a","b"\r\n' + lines.join('\r\n') + '\r\n');
  const read = (options: { keepBatches?: boolean; papaparseOnly?: boolean }) => {
    const reader = new CsvSheetReader('s', 's.csv', options);
    for (let at = 0; at < bytes.length; at += 700) reader.push(bytes.subarray(at, at + 700));
    const r = reader.finish();
    if (!r.ok) throw new Error(r.problem.code);
    return r.sheet;
  };
  const stored = read({ keepBatches: true });
  const expected = read({ papaparseOnly: true }).rows;
  const source = stored.source!;
  expect(source.count).toBe(expected.length);
  // Twice, in two orders: what the cache holds must not change a value.
  for (const order of [[...expected.keys()], [...expected.keys()].reverse()]) {
    const wrong = order.filter((i) => JSON.stringify(source.row(i)) !== JSON.stringify(expected[i]));
    expect(wrong).toEqual([]);
  }
  // Row 0 is the header: row 151 is line 150, which repeats line 100.
  expect(expected[151]).toEqual(['k100', '3']);
});
