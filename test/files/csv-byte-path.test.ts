// The byte path (src/engine/files/csv-bytes.ts) against papaparse alone (`papaparseOnly`, the reference):
// the same result — rows, kept columns, notes, problems — for random GBK/GB18030 and UTF-8 files, whatever
// the chunking. Values mix quoting, `""`, `="…"`, embedded delimiters and line breaks, GBK characters whose
// second byte is ASCII-range (0x40–0x7E), four-byte GB18030, BOMs, invalid bytes and NULs; records end in
// CRLF, LF or CR; files may be cut anywhere. Cut points fall anywhere, inside a character or between CR and LF.
// Read as cs-kpi reads them (keepBatches), the rows kept as batches give the same rows, row by row and cell by cell.
import fc from 'fast-check';
import { CsvSheetReader, type CsvReadOptions, type CsvResult } from '../../src/engine/files';
import { CsvRowStore } from '../../src/engine/files/csv-row-store';
import { CellView, type Cell } from '../../src/engine/cell';
import { encodeGbk, encodeUtf8 } from '../support/gbk';
import { isPlainText } from '../../src/engine/text';

type Enc = 'gbk' | 'utf-8';

/** A piece of a value: text (encoded in the file's encoding) or raw bytes (RAW_PARTS[raw] in that encoding). */
type Part = { text: string } | { raw: number };

const TEXT_PARTS = [
  'a',
  'Z',
  '7',
  '.',
  ':',
  '-',
  ' ',
  '\t',
  ',',
  '"',
  '=',
  '\n',
  '\r\n',
  '\r',
  '订',
  '单',
  '号',
  '丂',
  '昞',
  '亊',
  '狜',
  '焲',
  '癭',
];
const RAW_PARTS: { gbk: number[]; 'utf-8': number[] }[] = [
  { gbk: [0x90, 0x30, 0x81, 0x30], 'utf-8': [0xf0, 0x90, 0x80, 0x80] }, // 𐀀: four bytes either way
  { gbk: [0x84, 0x31, 0x95, 0x33], 'utf-8': [0xef, 0xbb, 0xbf] }, // U+FEFF inside a value
  { gbk: [0x81], 'utf-8': [0xc3] }, // a lead byte with no trail
  { gbk: [0xff], 'utf-8': [0xff] },
  { gbk: [0x80], 'utf-8': [0x80] },
  { gbk: [0x00], 'utf-8': [0x00] },
];

const part: fc.Arbitrary<Part> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...TEXT_PARTS).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.nat({ max: RAW_PARTS.length - 1 }).map((raw) => ({ raw })) },
);

function encodeParts(parts: Part[], enc: Enc): number[] {
  const out: number[] = [];
  for (const p of parts) {
    if ('raw' in p) out.push(...RAW_PARTS[p.raw][enc]);
    else out.push(...(enc === 'gbk' ? encodeGbk(p.text) : encodeUtf8(p.text)));
  }
  return out;
}

type Shape = 'plain' | 'quoted' | 'wrapped' | 'after-quote' | 'spaces-after-quote';
const QUOTE = 0x22;

/** A field's bytes: as the export writes it, or (rarely) in a shape papaparse has rules of its own for. */
function fieldBytes(value: number[], shape: Shape): number[] {
  const doubled = value.flatMap((b) => (b === QUOTE ? [QUOTE, QUOTE] : [b]));
  if (shape === 'plain') return value;
  if (shape === 'quoted') return [QUOTE, ...doubled, QUOTE];
  if (shape === 'wrapped') return [0x3d, QUOTE, ...doubled, QUOTE];
  if (shape === 'after-quote') return [QUOTE, ...doubled, QUOTE, 0x78];
  return [QUOTE, ...doubled, QUOTE, 0x20];
}

const shape = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Shape>('plain', 'quoted', 'quoted', 'wrapped') },
  { weight: 1, arbitrary: fc.constantFrom<Shape>('after-quote', 'spaces-after-quote') },
);
const field = fc.record({ parts: fc.array(part, { maxLength: 6 }), shape });
const record = fc.record({
  fields: fc.array(field, { minLength: 1, maxLength: 7 }),
  eol: fc.constantFrom('\r\n', '\r\n', '\n', '\r'),
});

const ORDER_HEADER = [
  '订单编号',
  '收货地址 ',
  '联系手机',
  '买家实际支付金额',
  '买家支付积分',
  '宝贝标题',
  '订单付款时间 ',
];

const file = fc.record({
  enc: fc.constantFrom<Enc>('gbk', 'utf-8'),
  bom: fc.boolean(),
  delimiter: fc.constantFrom(',', ',', '\t'),
  title: fc.boolean(),
  header: fc.boolean(),
  /** Regular rows first, so the file outgrows the 64 KB the reader sniffs before it starts, and the records after meet chunk boundaries. */
  filler: fc.boolean(),
  records: fc.array(record, { maxLength: 25 }),
  lastEol: fc.boolean(),
  cutAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 }),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
  dropUnusedColumns: fc.boolean(),
});

type FileSpec = typeof file extends fc.Arbitrary<infer T> ? T : never;

function fileBytes(f: FileSpec): Uint8Array {
  const enc = (s: string) => Array.from(f.enc === 'gbk' ? encodeGbk(s) : encodeUtf8(s));
  const out: number[] = [];
  if (f.bom) out.push(...(f.enc === 'gbk' ? [0x84, 0x31, 0x95, 0x33] : [0xef, 0xbb, 0xbf]));
  if (f.title) out.push(...enc('导出时间 2026-11-01\r\n'));
  if (f.header) out.push(...enc(ORDER_HEADER.map((h) => `"${h}"`).join(f.delimiter) + '\r\n'));
  if (f.filler) {
    const row = enc(
      [
        '="3500000000001"',
        '"杭州市 西湖区"',
        '"138****0000"',
        '"12.50"',
        '"0"',
        '"围巾"',
        '"2026-10-05 12:00:00"',
      ].join(f.delimiter) + '\r\n',
    );
    for (let size = 0; size < 70_000; size += row.length) out.push(...row);
  }
  f.records.forEach((r, i) => {
    const d = enc(f.delimiter)[0];
    r.fields.forEach((fl, j) => {
      if (j > 0) out.push(d);
      out.push(...fieldBytes(encodeParts(fl.parts, f.enc), fl.shape));
    });
    if (i < f.records.length - 1 || f.lastEol) out.push(...enc(r.eol));
  });
  const bytes = Uint8Array.from(out);
  return f.cutAt === null ? bytes : bytes.subarray(0, Math.floor(bytes.length * f.cutAt));
}

/** Read `bytes` pushed in chunks cut at the given offsets. */
function read(bytes: Uint8Array, cuts: number[], options: CsvReadOptions): CsvResult {
  const reader = new CsvSheetReader('订单', 'ExportOrderList.csv', options);
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    if (c > at) reader.push(bytes.subarray(at, c));
    at = Math.max(at, c);
  }
  reader.push(bytes.subarray(at));
  return reader.finish();
}

/**
 * A result whose sheet keeps its rows in a store (keepBatches), as a plain one: every row asked for by index, each
 * cell asked for alone agreeing with its row's (undefined past the row's end), and nothing made all at once.
 */
let stored = 0;
let viewed = 0;
/** Cells shown in place as plain text (plainView), and how many of them not ASCII. */
let plainViewed = 0;
let plainNonAscii = 0;
const view = new CellView();
function viaStore(r: CsvResult): CsvResult {
  // Rows the byte path never read in batches (papaparse read them all) are kept as they are.
  if (!r.ok || !r.sheet.source) return r;
  stored++;
  const source = r.sheet.source as CsvRowStore;
  expect(source).toBeInstanceOf(CsvRowStore);
  const rows: Cell[][] = [];
  for (let i = 0; i < source.count; i++) {
    const row = source.row(i)!;
    for (let c = -1; c <= row.length + 1; c++) {
      expect(source.cell(i, c)).toBe(row[c]);
      // A cell shown in place is exactly that cell.
      if (source.view(i, c, view)) {
        expect(view.text.slice(view.from, view.to)).toBe(row[c]);
        viewed++;
      }
      // One shown as plain text is that cell too, and text that cellText returns as it is.
      if (source.plainView(i, c, view)) {
        const text = view.text.slice(view.from, view.to);
        expect(text).toBe(row[c]);
        expect(isPlainText(text)).toBe(true);
        plainViewed++;
        if ([...text].some((ch) => ch.charCodeAt(0) > 0x7f)) plainNonAscii++;
      }
    }
    rows.push(row);
  }
  expect(source.row(source.count)).toBeUndefined();
  expect(source.wasMaterialized).toBe(false);
  expect(r.sheet.rows).toEqual(rows);
  const { source: _, ...plain } = r.sheet;
  return { ...r, sheet: { ...plain, rows } };
}

test('random files: the byte path gives exactly what papaparse gives, its rows kept as rows or as batches', () => {
  fc.assert(
    fc.property(file, (f) => {
      const bytes = fileBytes(f);
      const options = { dropUnusedColumns: f.dropUnusedColumns };
      const cuts = f.cuts.map((x) => Math.floor(x * bytes.length));
      const expected = read(bytes, cuts, { ...options, papaparseOnly: true });
      expect(read(bytes, cuts, options)).toEqual(expected);
      expect(viaStore(read(bytes, cuts, { ...options, keepBatches: true }))).toEqual(expected);
    }),
    { numRuns: 400 },
  );
  // Files of more than the 64 KB sniffed (filler) are read in batches (about a sixth of them).
  expect(stored).toBeGreaterThan(30);
  expect(viewed).toBeGreaterThan(1000);
  expect(plainViewed).toBeGreaterThan(1000);
  expect(plainNonAscii).toBeGreaterThan(1000);
});

test('cut into chunks at every byte of a tricky region: the same result', () => {
  // Past the 64 KB sniff, so the cut meets the byte path: a CR/LF pair, GBK characters with ASCII-range trail bytes,
  // a four-byte character, a quoted value with "" and a line break, ="…", and an empty record.
  const filler = '="1","昞亊","9.90"\r\n'.repeat(4000);
  const tail = '"丂,""x""\r\n癭","=""7""",="42"\r\n\r\n' + '"焲"\r' + 'z,"订单"\n';
  const bytes = Uint8Array.from([
    ...encodeGbk(filler + tail.slice(0, 20)),
    0x90,
    0x30,
    0x81,
    0x30,
    ...encodeGbk(tail.slice(20)),
  ]);
  const start = encodeGbk(filler).length;
  const expected = read(bytes, [], { papaparseOnly: true });
  for (let cut = start - 2; cut < bytes.length; cut++) expect(read(bytes, [cut], {})).toEqual(expected);
});

test('regular files (quoted fields, no stray bytes) are read by the byte path alone', () => {
  const value = fc.array(fc.constantFrom(...TEXT_PARTS), { maxLength: 6 }).map((p) => p.join(''));
  const rows = fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 });
  fc.assert(
    fc.property(rows, fc.constantFrom<Enc>('gbk', 'utf-8'), fc.constantFrom('\r\n', '\n'), (rs, enc, eol) => {
      const text = rs.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join(eol) + eol;
      const reader = new CsvSheetReader('s', 's.csv');
      reader.push(enc === 'gbk' ? encodeGbk(text) : encodeUtf8(text));
      const r = reader.finish();
      expect(r.ok).toBe(true);
      expect(reader.rowsFromPapaparse).toBe(0);
    }),
    { numRuns: 200 },
  );
});
