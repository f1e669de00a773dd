/**
 * Regenerating a period keeps each existing output sheet (same sheet, same
 * name) and replaces its content, so a manager's formulas pointing at it keep
 * working; the result is the sheet a fresh generation makes; and a failure at
 * any sync or any operation leaves the manager's formulas and every sheet as
 * they were (or, once the final request ran in part, the complete new outputs).
 */
import type { SheetSpec } from '../../src/engine/output/sheet-spec';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import type { SheetModel } from '../excel-fake/model';
import { allSpecs, inputWorkbook } from './fixtures';

const PERIOD = '2026-10';
const PAYROLL = `工资表 ${PERIOD}`;
const SCORECARD = `绩效 ${PERIOD}`;
const MINE = '我的汇总'; // the manager's own sheet
const LIMITS = { maxRowsPerRequest: 8 }; // several chunks per sheet
const AGENTS = 38; // header in row 1, agents in rows 2–39, totals in row 40

/** A payroll 13 columns wide (A–M) whose grand total lands in M40, like a real one. */
function widePayroll(variant: number): SheetSpec {
  const letters = 'ABCDEFGHIJKLM';
  const rows = Array.from({ length: AGENTS }, (_, i) => [
    `K${1000 + i}`,
    ...Array.from({ length: 11 }, (_, c) => c * 10 + i),
    5000 + i * 10 + variant,
  ]);
  return {
    kind: 'payroll',
    name: PAYROLL,
    columns: [...letters].map((l, c) => ({ key: `c${c}`, header: `列${l}`, format: c === 0 ? 'text' : 'money' })),
    rows,
    totalsRow: [
      '合计',
      ...Array.from({ length: 12 }, (_, k) => {
        const col = letters[k + 1];
        return {
          formula: `SUM(${col}2:${col}${AGENTS + 1})`,
          value: rows.reduce((a, r) => a + (r[k + 1] as number), 0),
        };
      }),
    ],
    tableName: `Payroll_${PERIOD.replace('-', '_')}`,
    freezeHeader: true,
    autoFilter: true,
    protect: true,
    print: { landscape: true, fitToWidth: true, header: PAYROLL },
  };
}

/** The scorecard with a native chart (score by agent), so a regeneration must not leave the old chart behind. */
function withChart(spec: SheetSpec): SheetSpec {
  const block = (column: number) => ({ area: 'data' as const, column, firstRow: 0, rows: spec.rows.length });
  return {
    ...spec,
    charts: [
      {
        name: 'ScoreChart',
        title: '总分',
        type: 'columnClustered',
        series: [{ name: '总分', values: block(4), categories: block(1) }],
      },
    ],
  };
}

function specs(variant: number): SheetSpec[] {
  const others = allSpecs(PERIOD, variant).filter((s) => s.name !== PAYROLL);
  return [...others.map((s) => (s.name === SCORECARD ? withChart(s) : s)), widePayroll(variant)];
}
const NAMES = specs(1).map((s) => s.name);

// Σ over i = 0..37 of (5000 + 10 i + v) = 38·5000 + 10·(37·38/2) + 38 v = 190000 + 7030 + 38 v.
const totalM40 = (v: number): number => 197030 + 38 * v;
// The scorecard's score (column E) of the first agent is 90 − 0·3 + v.
const scoreE2 = (v: number): number => 90 + v;

async function withManagerFormulas(): Promise<FakeExcel> {
  const data = inputWorkbook(12);
  data.sheets.push({ name: MINE, rows: [['总工资', '小美得分']] });
  const fake = FakeExcel.fromWorkbookData(data);
  await new OfficeWorkbook(fake.run, LIMITS).writeOutputs(specs(1), []);
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(MINE).getRange('A2:B2').formulas = [[`='${PAYROLL}'!M40`, `='${SCORECARD}'!E2`]];
    await ctx.sync();
  });
  fake.resetStats();
  return fake;
}

const regenerate = (fake: FakeExcel): Promise<void> =>
  new OfficeWorkbook(fake.run, LIMITS).writeOutputs(specs(2), NAMES);
const mine = (fake: FakeExcel): [unknown, unknown] => [fake.cell(MINE, 'A2').value, fake.cell(MINE, 'B2').value];
const state = (fake: FakeExcel): string =>
  JSON.stringify({ sheets: fake.snapshot(), tables: fake.model.tables.map((t) => [t.name, t.sheetId, t.rect]) });

test("the manager's formulas on the payroll's M40 and a scorecard cell show the new values after regeneration", async () => {
  const fake = await withManagerFormulas();
  expect(mine(fake)).toEqual([totalM40(1), scoreE2(1)]); // 197068, 91
  const ids = NAMES.map((n) => fake.sheet(n).id);
  await regenerate(fake);
  expect(mine(fake)).toEqual([totalM40(2), scoreE2(2)]); // 197106, 92
  expect(fake.cell(MINE, 'A2').formula).toBe(`='${PAYROLL}'!M40`);
  expect(NAMES.map((n) => fake.sheet(n).id)).toEqual(ids); // the same sheets, not new ones
  expect(fake.sheetNames().filter((n) => n.includes('~'))).toEqual([]);
});

/** Everything the fake keeps about a sheet, except its id. */
function sheetState(fake: FakeExcel, name: string): unknown {
  const s: SheetModel = fake.sheet(name);
  const tables = fake.model
    .tablesOf(s)
    .map((t) => ({ name: t.name, rect: t.rect, style: t.style, showFilterButton: t.showFilterButton }));
  return {
    snapshot: fake.snapshot().find((x) => x.name === name),
    formats: s.formats,
    columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    frozenRows: s.frozenRows,
    protection: s.protection,
    autoFilter: s.autoFilter,
    conditionalFormats: s.conditionalFormats,
    pageLayout: s.pageLayout,
    visibility: s.visibility,
    tables,
    charts: JSON.stringify(s.charts.map((c) => ({ ...c, id: undefined })))
      .split(s.id)
      .join('SELF'),
  };
}

test('a sheet regenerated in place ends up exactly as a fresh generation makes it (tables, formats, protection, panes, print)', async () => {
  const regenerated = await withManagerFormulas();
  await regenerate(regenerated);
  const fresh = FakeExcel.fromWorkbookData(inputWorkbook(12));
  await new OfficeWorkbook(fresh.run, LIMITS).writeOutputs(specs(2), []);
  for (const name of NAMES) expect(sheetState(regenerated, name)).toEqual(sheetState(fresh, name));
  expect(regenerated.sheet(PAYROLL).protection.protected).toBe(true);
  expect(regenerated.sheet(SCORECARD).charts.map((c) => c.name)).toEqual(['ScoreChart']); // one, not the old one beside the new
  expect(regenerated.model.findTable('Payroll_2026_10')?.sheetId).toBe(regenerated.sheet(PAYROLL).id); // the real name, no "_2"
});

test("a failure at every sync of a regeneration leaves every sheet and the manager's formulas as they were", async () => {
  const base = await withManagerFormulas();
  const before = state(base);
  const clean = base.clone();
  await regenerate(clean);
  const syncs = clean.stats.roundTrips;
  expect(syncs).toBeGreaterThanOrEqual(10);
  for (let k = 1; k <= syncs; k++) {
    const fake = base.clone();
    fake.failOnSync(k);
    await expect(regenerate(fake)).rejects.toThrow(`Injected failure on sync ${k}`);
    expect(state(fake)).toBe(before);
    expect(mine(fake)).toEqual([totalM40(1), scoreE2(1)]);
  }
});

test("a failure at any operation of the final request: the new outputs are completed and the manager's formulas never see #REF!", async () => {
  const base = await withManagerFormulas();
  const clean = base.clone();
  await regenerate(clean);
  const after = state(clean);
  // The final request is the last round trip; fail each of its operations in turn.
  const finalOps = clean.stats.log[clean.stats.log.length - 1].ops;
  const last = clean.stats.roundTrips;
  expect(finalOps).toBeGreaterThan(20);
  for (let j = 1; j <= finalOps; j++) {
    const fake = base.clone();
    let seen = 0;
    fake.failOnOperation(() => fake.stats.roundTrips === last && ++seen === j);
    const outcome = await regenerate(fake).then(
      () => 'ok',
      (e: Error) => e.message,
    );
    if (outcome === 'ok') {
      expect(state(fake)).toBe(after);
      expect(mine(fake)).toEqual([totalM40(2), scoreE2(2)]);
    } else {
      // Only a failure before the first marker rename took effect (op 1 finds the sheet, op 2 renames it) means nothing ran.
      expect(j).toBeLessThanOrEqual(2);
      expect(state(fake)).toBe(state(base));
      expect(mine(fake)).toEqual([totalM40(1), scoreE2(1)]);
    }
    expect(fake.sheetNames().filter((n) => n.includes('~'))).toEqual([]);
  }
});
