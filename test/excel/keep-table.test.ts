/**
 * A manager's structured reference into an output table, `=SUM(Payroll_2026_10[应发工资])` on a sheet of their
 * own, across regeneration. Where the host has ExcelApi 1.13 the table is kept and reshaped (Table.resize), so
 * the reference reads the new rows; a column the new sheet no longer has gives #REF!, as Excel does. Below 1.13
 * the table is deleted and added again, and the reference is lost (#REF!), which docs/excel-behaviour.md says.
 * Columns beyond the new sheet's width go back to the standard width on both.
 */
import type { ColumnSpec, SheetSpec } from '../../src/engine/output/sheet-spec';
import { columnChanges } from '../../src/excel/keep-table';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { MANIFEST_SETS } from '../excel-fake/requirements';
import { stubHostExcelApi } from '../support/office-host';

const PAYROLL = '工资表 2026-10';
const TABLE = 'Payroll_2026_10';
const MINE = '我的汇总';
const FORMULAS = [`=SUM(${TABLE}[应发工资])`, `=SUM(${TABLE}[提成])`];
const BONUS = `=SUM(${TABLE}[奖金])`; // typed once the column exists
const OLD_COLUMNS = ['工号', '姓名', '提成', '应发工资'];

/** Agent i (0-based) earns 1000 + i in 应发工资 and 10 in 提成 and 奖金; other columns are text. */
function payroll(agents: number, headers: string[]): SheetSpec {
  const columns: ColumnSpec[] = headers.map((h, c) => ({
    key: `k${c}`,
    header: h,
    format: ['应发工资', '提成', '奖金'].includes(h) ? 'money' : 'text',
    width: 10 + 2 * c,
  }));
  const cell = (h: string, i: number) =>
    h === '应发工资' ? 1000 + i : h === '提成' || h === '奖金' ? 10 : h === '工号' ? `KF${100 + i}` : `值${i}`;
  return {
    kind: 'payroll',
    name: PAYROLL,
    columns,
    rows: Array.from({ length: agents }, (_, i) => headers.map((h) => cell(h, i))),
    tableName: TABLE,
    freezeHeader: true,
    autoFilter: true,
    protect: true,
    highlights: [{ columnKey: 'k1', equals: '值1', fill: '#FFC7CE' }],
  };
}

const host = stubHostExcelApi('1.13');

/** The payroll generated on a host with `api`, and the manager's sheet of formulas over its table. */
async function generated(api: string, first: SheetSpec): Promise<FakeExcel> {
  host.set(api);
  const fake = FakeExcel.fromWorkbookData({ sheets: [{ name: MINE, rows: [['总工资', '总提成', '总奖金']] }] });
  fake.declaredSets = { ...MANIFEST_SETS, ExcelApi: api };
  await new OfficeWorkbook(fake.run).writeOutputs([first], []);
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(MINE).getRange('A2:B2').formulas = [FORMULAS];
    await ctx.sync();
  });
  return fake;
}

const regenerate = (fake: FakeExcel, next: SheetSpec) => new OfficeWorkbook(fake.run).writeOutputs([next], [PAYROLL]);
const mine = (fake: FakeExcel) => ['A2', 'B2', 'C2'].map((a) => fake.cell(MINE, a).value);
const table = (fake: FakeExcel) => fake.model.findTable(TABLE)!;

/** What a manager sees of the payroll sheet, to compare with a fresh generation. */
function sheetState(fake: FakeExcel): unknown {
  const s = fake.sheet(PAYROLL);
  const t = table(fake);
  return {
    cells: fake.snapshot().find((x) => x.name === PAYROLL),
    table: { name: t.name, rect: t.rect, columns: t.columns, style: t.style, filter: t.showFilterButton },
    formats: s.formats,
    conditionalFormats: s.conditionalFormats,
    columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    frozenRows: s.frozenRows,
    protection: s.protection,
  };
}

async function fresh(api: string, spec: SheetSpec): Promise<unknown> {
  return sheetState(await generated(api, spec));
}

// Σ over i = 0..n−1 of (1000 + i) = 1000 n + n(n−1)/2; 提成 and 奖金: 10 n.
test('more rows: the table is the same one, resized, and the reference sums the new rows', async () => {
  const fake = await generated('1.13', payroll(5, OLD_COLUMNS));
  expect(mine(fake).slice(0, 2)).toEqual([5010, 50]);
  const id = table(fake).id;
  await regenerate(fake, payroll(8, OLD_COLUMNS));
  expect(mine(fake).slice(0, 2)).toEqual([8028, 80]);
  expect(table(fake).id).toBe(id);
  expect(table(fake).rect).toEqual({ r0: 0, c0: 0, rows: 9, cols: 4 });
  expect(fake.cell(MINE, 'A2').formula).toBe(FORMULAS[0]);
  expect(sheetState(fake)).toEqual(await fresh('1.13', payroll(8, OLD_COLUMNS)));
});

test('fewer rows: the table shrinks and nothing of the old rows is left below it', async () => {
  const fake = await generated('1.13', payroll(8, OLD_COLUMNS));
  await regenerate(fake, payroll(3, OLD_COLUMNS));
  expect(mine(fake).slice(0, 2)).toEqual([3003, 30]);
  expect(table(fake).rect).toEqual({ r0: 0, c0: 0, rows: 4, cols: 4 });
  expect(fake.cell(PAYROLL, 'D5').value).toBeNull();
  expect(sheetState(fake)).toEqual(await fresh('1.13', payroll(3, OLD_COLUMNS)));
});

test('a changed column set: the kept column still sums, a dropped one gives #REF!, a new one is named by its header', async () => {
  const fake = await generated('1.13', payroll(4, OLD_COLUMNS));
  expect(mine(fake)).toEqual([4006, 40, null]);
  const next = ['工号', '底薪', '应发工资', '奖金', '备注'];
  await regenerate(fake, payroll(6, next));
  expect(table(fake).columns).toEqual(next);
  // 应发工资 kept: 6000 + 15; 提成 dropped: #REF! (the formula says so).
  expect(mine(fake)).toEqual([6015, '#REF!', null]);
  expect(fake.cell(MINE, 'A2').formula).toBe(FORMULAS[0]);
  expect(fake.cell(MINE, 'B2').formula).toBe('=SUM(#REF!)');
  expect(sheetState(fake)).toEqual(await fresh('1.13', payroll(6, next)));
});

test('a reference typed after the new column appears reads it', async () => {
  const fake = await generated('1.13', payroll(4, OLD_COLUMNS));
  await regenerate(fake, payroll(4, ['工号', '奖金', '应发工资']));
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(MINE).getRange('C2').formulas = [[BONUS]];
    await ctx.sync();
  });
  await regenerate(fake, payroll(7, ['工号', '奖金', '应发工资']));
  expect(mine(fake)).toEqual([7021, '#REF!', 70]);
});

test('below ExcelApi 1.13 the table is added again: the reference is lost (#REF!), the sheet is as fresh', async () => {
  const fake = await generated('1.9', payroll(5, OLD_COLUMNS));
  expect(mine(fake).slice(0, 2)).toEqual([5010, 50]);
  const id = table(fake).id;
  await regenerate(fake, payroll(8, OLD_COLUMNS));
  expect(table(fake).id).not.toBe(id);
  expect(mine(fake).slice(0, 2)).toEqual(['#REF!', '#REF!']);
  expect(fake.apiUsed.has('Table.resize')).toBe(false);
  expect(sheetState(fake)).toEqual(await fresh('1.9', payroll(8, OLD_COLUMNS)));
});

test('a table no longer at A1 (a row inserted above it) is added again instead: Table.resize would refuse it', async () => {
  const fake = await generated('1.13', payroll(5, OLD_COLUMNS));
  // A row inserted above: the cells and the table move down one row (this payroll holds no formulas to move).
  const sheet = fake.sheet(PAYROLL);
  for (const grid of [sheet.values, sheet.numberFormats] as unknown[][][]) grid.unshift([]);
  table(fake).rect = { ...table(fake).rect, r0: 1 };
  fake.model.recalc();
  expect(table(fake).columns).toEqual(OLD_COLUMNS);
  await regenerate(fake, payroll(8, OLD_COLUMNS));
  expect(table(fake).rect).toEqual({ r0: 0, c0: 0, rows: 9, cols: 4 });
  expect(fake.apiUsed.has('Table.resize')).toBe(false);
  expect(mine(fake).slice(0, 2)).toEqual(['#REF!', '#REF!']);
  expect(fake.sheetNames().filter((n) => n.includes('~'))).toEqual([]);
});

test.each(['1.9', '1.13'])(
  'on ExcelApi %s the columns beyond a narrower sheet go back to the standard width',
  async (api) => {
    const fake = await generated(api, payroll(3, ['工号', '姓名', '提成', '应发工资', '奖金', '备注']));
    expect([...fake.sheet(PAYROLL).columnWidths.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    await regenerate(fake, payroll(3, ['工号', '应发工资']));
    // A fresh sheet sets widths for its two columns only (fake: columns without a width have the standard one).
    expect([...fake.sheet(PAYROLL).columnWidths.keys()].sort()).toEqual([0, 1]);
  },
);

test('a failure at any operation of the final request on a 1.13 host: the manager’s sums are the old or the new ones', async () => {
  const base = await generated('1.13', payroll(5, OLD_COLUMNS));
  const next = payroll(8, ['工号', '底薪', '应发工资']);
  const copy = () => Object.assign(base.clone(), { declaredSets: base.declaredSets });
  const clean = copy();
  await regenerate(clean, next);
  const last = clean.stats.roundTrips;
  const finalOps = clean.stats.log[last - 1].ops;
  expect(Object.keys(clean.stats.log[last - 1].kinds)).toEqual(
    expect.arrayContaining(['resizeTable', 'deleteTableColumn']),
  );
  for (let j = 1; j <= finalOps; j++) {
    const fake = copy();
    let seen = 0;
    fake.failOnOperation(() => fake.stats.roundTrips === last && ++seen === j);
    const ok = await regenerate(fake, next).then(
      () => true,
      () => false,
    );
    expect([j, mine(fake).slice(0, 2)]).toEqual([j, ok ? [8028, '#REF!'] : [5010, 50]]);
    if (ok) expect(sheetState(fake)).toEqual(sheetState(clean));
  }
});

describe('columnChanges keeps the longest run of old columns in order', () => {
  test.each([
    [['a', 'b', 'c'], ['a', 'b', 'c'], 3, [], []],
    [['a', 'b', 'c'], ['a', 'c'], 2, ['b'], []],
    [['a', 'b'], ['a', 'x', 'b', 'y'], 2, [], [1]], // y comes with the resize
    [['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'y'], 3, ['b'], [1]],
    [['a', 'b', 'c'], ['c', 'a'], 1, ['a', 'b'], []], // a tie: the column first in the new order stays
    [['A', 'b'], ['a', 'B'], 2, [], []], // names compared ignoring case
    [['a'], ['x', 'y'], 0, ['a'], []],
  ])('%j → %j', (old, next, kept, remove, insertAt) => {
    expect(columnChanges(old, next)).toEqual({ kept, remove, insertAt });
  });
});
