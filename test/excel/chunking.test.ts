/** Request sizing, cell safety rules and the sheet layout plan: pure functions. */
import fc from 'fast-check';
import { cellInput, cellNumberFormat, validateSheetName, validateTableName } from '../../src/excel/cell-safety';
import {
  DEFAULT_LIMITS,
  jsonStringBytes,
  numberJsonBytes,
  packRows,
  rowJsonBytes,
  rowsPerRequest,
} from '../../src/excel/chunking';
import { charsToPoints, headerText, textFormula } from '../../src/excel/decorate';
import { planFromInput, planFromSpec } from '../../src/excel/render-plan';
import { planWrite } from '../../src/excel/write-chunks';
import type { SheetSpec } from '../../src/engine/output/sheet-spec';

const utf8Json = (v: unknown): number => Buffer.byteLength(JSON.stringify(v), 'utf8');

describe('payload estimate', () => {
  test('jsonStringBytes equals the UTF-8 size of JSON.stringify for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => jsonStringBytes(s) === utf8Json(s)),
      { numRuns: 2000 },
    );
    for (const s of ['', '"', '\\', '\t\n\r\b\f\u0001', '订单编号', '😀', '\ud800', '\udc00x', 'a\u2028b']) {
      expect(jsonStringBytes(s)).toBe(utf8Json(s));
    }
  });

  test('rowJsonBytes equals the size of the row as JSON', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 20 }), (row) => rowJsonBytes(row) === utf8Json(row)),
      { numRuns: 1000 },
    );
  });

  test('numberJsonBytes equals the size of JSON.stringify for any number: amounts in cents, counts, serials and the rest', () => {
    const cents = fc.integer({ min: -1e14, max: 1e14 }).map((k) => k / 100);
    const number = fc.oneof(
      cents,
      fc.double(),
      fc.integer(),
      fc.constantFrom(-0, 0.1, 0.07, 1e12, 999999999999.99, 46326.5),
    );
    fc.assert(
      fc.property(number, (v) => numberJsonBytes(v) === utf8Json(v)),
      { numRuns: 5000 },
    );
    // By hand: "128.5", "-3", "0.07", "46326.99" and null.
    expect([128.5, -3, 0.07, 46326.99, NaN].map(numberJsonBytes)).toEqual([5, 2, 4, 8, 4]);
  });

  test('packRows keeps every span within the row and byte limits and covers every row once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 600, max: 5000 }),
        (sizes, maxRows, budget) => {
          const spans = packRows(sizes.length, (i) => sizes[i], maxRows, budget);
          let next = 0;
          for (const s of spans) {
            expect(s.start).toBe(next);
            expect(s.count).toBeGreaterThan(0);
            expect(s.count).toBeLessThanOrEqual(maxRows);
            const bytes = 2 + sizes.slice(s.start, s.start + s.count).reduce((a, b) => a + b + 1, 0);
            expect(bytes).toBeLessThanOrEqual(budget);
            next += s.count;
          }
          expect(next).toBe(sizes.length);
        },
      ),
    );
  });

  test('rowsPerRequest takes the smaller of the row and byte limits', () => {
    expect(rowsPerRequest(10, DEFAULT_LIMITS)).toBe(20_000);
    expect(rowsPerRequest(1000, DEFAULT_LIMITS)).toBe(4000);
    expect(rowsPerRequest(10_000_000, DEFAULT_LIMITS)).toBe(1);
  });
});

describe('cell safety', () => {
  test('every string is written as text; numbers keep their column format', () => {
    expect(cellNumberFormat('=HYPERLINK("http://x","y")', 'General')).toBe('@');
    expect(cellNumberFormat('N/A', '"¥"#,##0.00')).toBe('@');
    expect(cellNumberFormat(12.5, '"¥"#,##0.00')).toBe('"¥"#,##0.00');
    expect(cellNumberFormat(12.5, '@')).toBe('General');
    expect(cellNumberFormat({ formula: 'SUM(A1:A2)', value: 3 }, '@')).toBe('General');
    expect(cellNumberFormat(null, '@')).toBe('@');
  });

  test('only SUM totals are ever written as formulas', () => {
    expect(cellInput({ formula: 'SUM(E2:E31)', value: 1 })).toBe('=SUM(E2:E31)');
    expect(cellInput({ formula: '=sum($E$2:$E$31,F2)', value: 1 })).toBe('=sum($E$2:$E$31,F2)');
    expect(() => cellInput({ formula: 'HYPERLINK("http://x")', value: 1 })).toThrow(/only SUM/);
    expect(() => cellInput({ formula: 'SUM(A1)+CS.PAY(1)', value: 1 })).toThrow(/only SUM/);
    expect(() => cellInput(Number.NaN)).toThrow();
    expect(cellInput('=1+1')).toBe('=1+1'); // a string stays a string; its "@" format makes it inert
  });

  test('sheet and table names follow Excel rules', () => {
    expect(() => validateSheetName('工资表 2026-10')).not.toThrow();
    for (const bad of ['', 'a/b', 'a:b', 'a[1]', '?', "'x", 'x'.repeat(32), 'History'])
      expect(() => validateSheetName(bad)).toThrow();
    expect(() => validateTableName('Payroll_2026_10')).not.toThrow();
    for (const bad of ['A1', 'R1C1', '1abc', 'has space', '工资表']) expect(() => validateTableName(bad)).toThrow();
  });

  test('decoration helpers', () => {
    expect(textFormula('A"B')).toBe('="A""B"');
    expect(headerText('R&D 工资')).toBe('R&&D 工资');
    expect(charsToPoints(10)).toBeCloseTo(56.25);
  });
});

describe('sheet plan', () => {
  const spec: SheetSpec = {
    kind: 'payroll',
    name: '工资表 2026-10',
    columns: [
      { key: 'agentId', header: '工号', format: 'text' },
      { key: 'gross', header: '应发工资', format: 'money', width: 14 },
    ],
    rows: [
      ['1001', 5000],
      ['1002', 6000.5],
    ],
    totalsRow: ['合计', { formula: 'SUM(B2:B3)', value: 11000.5 }],
    notes: ['说明一', '说明二'],
    tableName: 'Payroll_2026_10',
    freezeHeader: true,
    autoFilter: true,
    protect: true,
    boldRows: [1],
    highlights: [{ columnKey: 'agentId', equals: '1001', fill: '#FFEB9C' }],
  };

  test('header, data, totals, a blank line, then notes', () => {
    const plan = planFromSpec(spec);
    expect(plan.rows.map((r) => r[0])).toEqual(['工号', '1001', '1002', '合计', undefined, '说明一', '说明二']);
    expect(plan.regions).toEqual([
      { fromRow: 0, formats: ['General', 'General'] },
      { fromRow: 1, formats: ['@', '"¥"#,##0.00'] },
      { fromRow: 4, formats: ['General', 'General'] },
    ]);
    expect(plan.decoration).toMatchObject({
      boldRows: [0, 2, 3],
      freezeRows: 1,
      table: { rows: 3, cols: 2, name: 'Payroll_2026_10', showFilterButton: true },
      autoFilter: null,
      highlights: [{ column: 0, firstRow: 1, rows: 2, equals: '1001', fill: '#FFEB9C' }],
      protect: true,
    });
    expect(plan.decoration?.columnWidths[1]).toBe(14);
  });

  test('chunks of a big plan respect the limits', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [`id${i}`, i * 1.5, i % 3 === 0 ? 'N/A' : i]);
    const write = planWrite(planFromInput('S', rows), { maxRowsPerRequest: 20_000, maxBytesPerRequest: 400_000 });
    expect(write.spans.length).toBeGreaterThan(2);
    for (const s of write.spans) {
      expect(s.count).toBeLessThanOrEqual(20_000);
      expect(utf8Json(rows.slice(s.start, s.start + s.count))).toBeLessThan(400_000);
    }
    expect(write.formats[0]).toEqual(['@', 'General', '@']);
    expect(write.formats[1]).toEqual(['@', 'General', 'General']);
  });
});
