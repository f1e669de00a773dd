// Fuzz of the CSV path: random fields (quotes, commas, tabs, line breaks, Chinese), encodings, BOMs,
// CRLF/LF, chunk splits and truncation. It never throws; it gives the sheet written, or a clear message.
import fc from 'fast-check';
import { CsvSheetReader, type CsvResult } from '../../src/engine/files';
import { encodeGbk, encodeUtf16le, encodeUtf8 } from '../support/gbk';
import type { Cell } from '../../src/engine/cell';

const field = fc
  .array(fc.constantFrom('a', 'Z', '1', ' ', '\t', ',', '"', '\n', '\r\n', '订', '单', '号', '—', '.', '='), {
    maxLength: 8,
  })
  .map((p) => p.join(''));
const records = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });
const encodings = ['gbk', 'utf-8', 'utf-8-bom', 'utf-16le-bom'] as const;

function encode(text: string, enc: (typeof encodings)[number]): Uint8Array {
  if (enc === 'gbk') return encodeGbk(text);
  if (enc === 'utf-8') return encodeUtf8(text);
  if (enc === 'utf-8-bom') return encodeUtf8(text, true);
  return encodeUtf16le(text);
}

/** Every field quoted (quotes doubled), as the order report writes them. */
function csvText(rows: string[][], eol: string): string {
  return rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join(eol) + eol;
}

/** What the reader should give, worked out independently: line breaks as LF, trimmed, empty → null. */
function expectedRows(rows: string[][]): Cell[][] {
  const out = rows.map((r) => {
    const cells: Cell[] = r.map((f) => {
      let t = f.replace(/\r\n?/g, '\n').trim();
      if (/^="[^]*"$/.test(t)) t = t.slice(2, -1).replace(/""/g, '"');
      return t === '' ? null : t;
    });
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

function read(bytes: Uint8Array, cuts: number[]): CsvResult {
  const reader = new CsvSheetReader('s', 'f.csv');
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(bytes.length, c);
    if (to > at) reader.push(bytes.subarray(at, to));
    at = Math.max(at, to);
  }
  reader.push(bytes.subarray(at));
  return reader.finish();
}

const cutsArb = fc.array(fc.nat({ max: 2000 }), { maxLength: 5 });

test('whole files read back exactly, whatever the encoding, line ends and chunking', () => {
  fc.assert(
    fc.property(
      records,
      fc.constantFrom(...encodings),
      fc.constantFrom('\r\n', '\n'),
      cutsArb,
      (rows, enc, eol, cuts) => {
        const r = read(encode(csvText(rows, eol), enc), cuts);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.sheet.rows).toEqual(expectedRows(rows));
      },
    ),
    { numRuns: 300 },
  );
});

test('cut anywhere: never throws, always the sheet or a message in both languages', () => {
  fc.assert(
    fc.property(
      records,
      fc.constantFrom(...encodings),
      fc.constantFrom('\r\n', '\n'),
      fc.double({ min: 0, max: 1, noNaN: true }),
      cutsArb,
      (rows, enc, eol, where, cuts) => {
        const bytes = encode(csvText(rows, eol), enc);
        const r = read(bytes.subarray(0, Math.floor(bytes.length * where)), cuts);
        if (r.ok) expect(Array.isArray(r.sheet.rows)).toBe(true);
        else {
          expect(r.problem.code).toBe('file-csv-truncated');
          expect(r.problem.message.zh).toContain('f.csv');
          expect(r.problem.message.en).toContain('f.csv');
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('random bytes never throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), cutsArb, (bytes, cuts) => {
      const r = read(bytes, cuts);
      expect(r.ok || r.problem.message.zh.length > 0).toBe(true);
    }),
    { numRuns: 300 },
  );
});
