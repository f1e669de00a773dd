/**
 * The sheet checksum writes each row's JSON bytes itself (JsonRowBytes)
 * instead of JSON.stringify per row. Locked months and change lists compare
 * checksums made by older versions, so the bytes must be exactly
 * JSON.stringify's, of the row without its trailing nulls (and without the
 * sheet's trailing blank rows): checked here against that plain definition
 * on random sheets of every kind of cell.
 */
import { createHash } from 'crypto';
import fc from 'fast-check';
import { JsonRowBytes } from '../../src/engine/json-bytes';
import { Sha256, sheetChecksum, type Hasher, type ReadColumns } from '../../src/engine/sha256';

/** JSON.stringify of the row as JSON.parse reads it back, its trailing nulls dropped. */
function trimmedJson(row: unknown[]): string {
  const values = JSON.parse(JSON.stringify(row)) as unknown[];
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return JSON.stringify(values);
}

/** The plain definition: each row's trimmed JSON and a newline, blank rows at the end left out, hashed by Node. */
function plainChecksum(rows: unknown[][], only?: ReadColumns): string {
  const lines = rows.map((row = [], r) =>
    trimmedJson(only && r > only.headerRow ? row.map((v, c) => (only.columns.has(c) ? v : null)) : row),
  );
  while (lines.length > 0 && lines[lines.length - 1] === '[]') lines.pop();
  const h = createHash('sha256');
  for (const line of lines) h.update(line + '\n', 'utf8');
  return h.digest('hex');
}

const nodeHasher = (): Hasher => {
  const h = createHash('sha256');
  return {
    update: (d) => void (typeof d === 'string' ? h.update(d, 'utf8') : h.update(d)),
    hex: () => h.digest('hex'),
  };
};

/** Any UTF-16 unit, lone surrogates included, and the characters JSON escapes. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(
    '"',
    '\\',
    '\n',
    '\r',
    '\t',
    '\b',
    '\f',
    '\u0000',
    '\u001f',
    '\u007f',
    '\u2028',
    '\ud800',
    '\udfff',
    '😀',
    '客',
    'é',
    '/',
    '=',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const text = fc.string({ unit, maxLength: 24 });
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e14, max: 1e14 }).map((k) => k / 100),
  fc.integer(),
  fc.constantFrom(
    -0,
    0,
    1e21,
    -1e21,
    1e-7,
    1e-6,
    0.1 + 0.2,
    1e12,
    1e12 - 0.01,
    -1e12 + 0.01,
    999999999999.99,
    -0.01,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    123.45,
    -128.5,
  ),
);
const cell = fc.oneof(
  text,
  number,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom('="4012345678901234567"', '交易成功', '=SUM(A1)', ''),
);
/** Ragged rows, some with holes (a sparse array writes null there, as JSON.stringify does). */
const row = fc
  .tuple(fc.array(cell, { maxLength: 14 }), fc.array(fc.nat(20), { maxLength: 3 }))
  .map(([cells, holes]) => {
    const r: unknown[] = [...cells];
    for (const h of holes) if (h < r.length) delete r[h];
    return r;
  });
const sheet = fc.array(row, { maxLength: 25 });

describe('sheet checksum without a JSON string per row', () => {
  test('equals SHA-256 of JSON.stringify per row, with Node crypto and with the built-in SHA-256', () => {
    fc.assert(
      fc.property(sheet, (rows) => {
        const plain = plainChecksum(rows);
        expect(sheetChecksum(rows, nodeHasher)).toBe(plain);
        expect(sheetChecksum(rows)).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });

  test('with only the read columns counting below the header, equals the plain definition that maps the others to null', () => {
    fc.assert(
      fc.property(sheet, fc.nat(4), fc.uniqueArray(fc.nat(15), { maxLength: 8 }), (rows, headerRow, columns) => {
        const only = { headerRow, columns: new Set(columns) };
        expect(sheetChecksum(rows, () => new Sha256(), only)).toBe(plainChecksum(rows, only));
      }),
      { numRuns: 300 },
    );
  });

  test('the bytes are exactly the UTF-8 of JSON.stringify(row without trailing nulls) + newline, also when values outgrow a small buffer', () => {
    const long = fc.string({ unit, minLength: 30, maxLength: 300 });
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(cell, long), { maxLength: 8 }), { maxLength: 10 }),
        fc.integer({ min: 16, max: 96 }),
        (rows, size) => {
          const pieces: Uint8Array[] = [];
          const json = new JsonRowBytes((b) => pieces.push(b.slice()), size);
          for (const r of rows) json.row(r);
          json.end();
          const expected = Buffer.from(rows.map((r) => trimmedJson(r) + '\n').join(''), 'utf8');
          expect(Buffer.concat(pieces).equals(expected)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('known rows: an order row, escapes, lone surrogates, -0, exponents, trailing blanks', () => {
    const rows = [
      ['="3000202610047196853"', 'tb17334731', 284.07, 12, -0, 1e21, 1e-7, true, null, null],
      [null, null],
      ['a"b\\c\n\u0001', '\ud83d', '\ude00x', '😀', null, NaN],
      [],
      [null],
    ];
    const text =
      '["=\\"3000202610047196853\\"","tb17334731",284.07,12,0,1e+21,1e-7,true]\n[]\n["a\\"b\\\\c\\n\\u0001","\\ud83d","\\ude00x","😀"]\n';
    expect(sheetChecksum(rows)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
