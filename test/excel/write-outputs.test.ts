/** Output sheets rendered from SheetSpecs: what ends up in the (fake) workbook. */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { GRADE_FILLS, HOSTILE, allSpecs, inputWorkbook, issuesSpec, payrollSpec, scorecardSpec } from './fixtures';

const PERIOD = '2026-10';
/** inputWorkbook's sheets, which stay first and untouched. */
const INPUT_SHEETS = ['花名册', '订单报表', '聊天统计'];

async function generated(variant = 1): Promise<{ fake: FakeExcel; wb: OfficeWorkbook }> {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(50));
  const wb = new OfficeWorkbook(fake.run);
  await wb.writeOutputs(allSpecs(PERIOD, variant), []);
  return { fake, wb };
}

test('sheets appear after the inputs with their final names; nothing temporary is left', async () => {
  const { fake } = await generated();
  expect(fake.sheetNames()).toEqual([
    ...INPUT_SHEETS,
    '绩效 2026-10',
    '工资表 2026-10',
    '工资条 2026-10',
    '数据问题 2026-10',
  ]);
});

test('payroll: values, money formats, SUM totals as formulas, notes, table, freeze, protection, print', async () => {
  const { fake } = await generated();
  const name = '工资表 2026-10';
  const spec = payrollSpec(PERIOD);
  expect(fake.cell(name, 'A1')).toMatchObject({ value: '工号', bold: true });
  expect(fake.cell(name, 'A2')).toMatchObject({ value: '1001', numberFormat: '@' });
  expect(fake.cell(name, 'C2')).toMatchObject({ value: 4000, numberFormat: '"¥"#,##0.00', formula: null });

  // Totals: native SUM formulas whose results equal the engine's values.
  expect(fake.cell(name, 'A8')).toMatchObject({ value: '合计', bold: true });
  ['C', 'D', 'E', 'F'].forEach((col, i) => {
    const cell = fake.cell(name, `${col}8`);
    expect(cell.formula).toBe(`=SUM(${col}2:${col}7)`);
    expect(cell.numberFormat).toBe('"¥"#,##0.00');
    expect(cell.value).toBeCloseTo((spec.totalsRow?.[i + 2] as { value: number }).value, 6);
  });

  // Notes below a blank row; a hostile note is text.
  expect(fake.cell(name, 'A9').value).toBeNull();
  expect(fake.cell(name, 'A10').value).toBe('说明：应发工资 = 底薪 + 提成 − 扣款');
  expect(fake.cell(name, 'A11')).toMatchObject({ value: HOSTILE[0], formula: null, numberFormat: '@' });

  const sheet = fake.sheet(name);
  const table = fake.model.tablesOf(sheet);
  expect(table.map((t) => [t.name, t.rect, t.showFilterButton])).toEqual([
    ['Payroll_2026_10', { r0: 0, c0: 0, rows: 7, cols: 6 }, true],
  ]);
  expect(sheet.frozenRows).toBe(1);
  // Sorting is not claimed: Excel refuses to sort locked cells on a protected sheet (docs/excel-behaviour.md).
  expect(sheet.protection).toEqual({
    protected: true,
    options: expect.objectContaining({ allowAutoFilter: true, allowSort: false }),
  });
  // One page wide, as many pages tall as needed (0).
  expect(sheet.pageLayout).toEqual({
    orientation: 'Landscape',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    centerHeader: '工资表 2026-10',
  });
  expect(sheet.columnWidths.get(5)).toBeCloseTo((14 * 7 + 5) * 0.75);
  expect(sheet.columnWidths.size).toBe(6);
});

test('scorecard: percent and integer formats, grade colours as conditional formats, filters via the table', async () => {
  const { fake } = await generated();
  const name = '绩效 2026-10';
  const spec = scorecardSpec(PERIOD);
  expect(fake.cell(name, 'D2').numberFormat).toBe('0.0%');
  expect(fake.cell(name, 'E2').numberFormat).toBe('0.0');
  expect(fake.cell(name, 'G2').numberFormat).toBe('#,##0');
  spec.rows.forEach((row, i) => expect(fake.conditionalFillAt(name, `F${i + 2}`)).toBe(GRADE_FILLS[row[5] as string]));
  expect(fake.conditionalFillAt(name, 'F1')).toBeNull(); // the header is not coloured
  const sheet = fake.sheet(name);
  expect(sheet.conditionalFormats).toHaveLength(4);
  expect(sheet.autoFilter).toBeNull(); // the table carries the filter buttons
  expect(fake.model.tablesOf(sheet)[0]).toMatchObject({ name: 'Scorecard_2026_10', showFilterButton: true });
  expect(sheet.protection.protected).toBe(false);
  expect(sheet.pageLayout.centerHeader).toBe('绩效 2026-10 R&&D');
});

test('statements: bold block titles; a "-" label stays text', async () => {
  const { fake } = await generated();
  const name = '工资条 2026-10';
  expect(fake.cell(name, 'A2')).toMatchObject({ value: '1001 小美', bold: true });
  expect(fake.cell(name, 'A3').bold).toBe(false);
  expect(fake.cell(name, 'A4')).toMatchObject({ value: '-', formula: null });
  expect(fake.cell(name, 'A5').bold).toBe(true);
  expect(fake.sheet(name).frozenRows).toBe(0);
});

test('formula injection: hostile text comes back as text, in a text column and in a money column', async () => {
  const { fake, wb } = await generated();
  const name = '数据问题 2026-10';
  HOSTILE.forEach((h, i) => {
    expect(fake.cell(name, `D${i + 2}`)).toMatchObject({ value: h, formula: null, numberFormat: '@' });
    if (i % 2 === 0) expect(fake.cell(name, `E${i + 2}`)).toMatchObject({ value: h, formula: null, numberFormat: '@' });
    else expect(fake.cell(name, `E${i + 2}`)).toMatchObject({ value: 10 + i, numberFormat: '"¥"#,##0.00' });
  });
  for (const s of fake.model.sheets) {
    if (s.name === '工资表 2026-10')
      expect(s.formulaCells.size).toBe(4); // only the SUM totals
    else expect(s.formulaCells.size).toBe(0);
  }
  const back = await wb.readSheets([name]);
  expect(back.sheets[0].rows.slice(1).map((r) => r[3])).toEqual(HOSTILE);
  expect(fake.sheet(name).autoFilter).toEqual({ r0: 0, c0: 0, rows: HOSTILE.length + 1, cols: 5 });
});

test('values go before formats and tables; calculation is suspended for every write; protection comes last', async () => {
  const { fake } = await generated();
  const log = fake.stats.log;
  const decorating = [
    'addTable',
    'format',
    'columnWidth',
    'addConditionalFormat',
    'freeze',
    'autoFilter',
    'pageLayout',
  ];
  for (const s of log) {
    if (s.writesCells) {
      expect(s.calculationSuspended).toBe(true);
      for (const k of decorating) expect(s.kinds[k]).toBeUndefined(); // never in the same request as values
    }
  }
  const firstValues = log.findIndex((s) => s.writesCells);
  const firstDecoration = log.findIndex((s) => decorating.some((k) => s.kinds[k]));
  expect(firstValues).toBeGreaterThan(0);
  expect(firstDecoration).toBeGreaterThan(firstValues);
  expect(log.map((s, i) => (s.kinds.protect ? i : -1)).filter((i) => i >= 0)).toEqual([log.length - 1]);
});

test('regenerating the same period replaces the outputs in place; inputs and other periods are untouched', async () => {
  const { fake, wb } = await generated(1);
  await wb.writeOutputs(allSpecs('2026-11', 1), []);
  const inputsBefore = JSON.stringify(fake.snapshot().slice(0, 3));
  const novemberBefore = JSON.stringify(fake.snapshot().filter((s) => s.name.endsWith('2026-11')));
  const names = fake.sheetNames();

  await wb.writeOutputs(
    allSpecs(PERIOD, 2),
    allSpecs(PERIOD, 1).map((s) => s.name),
  );
  expect(fake.sheetNames()).toEqual(names); // same sheets, same order, no duplicates
  expect(JSON.stringify(fake.snapshot().slice(0, 3))).toBe(inputsBefore);
  expect(JSON.stringify(fake.snapshot().filter((s) => s.name.endsWith('2026-11')))).toBe(novemberBefore);
  expect(fake.cell('工资表 2026-10', 'D2').value).toBe(800.5 + 2);
  expect(fake.model.tables.map((t) => t.name).sort()).toEqual([
    'Payroll_2026_10',
    'Payroll_2026_11',
    'Scorecard_2026_10',
    'Scorecard_2026_11',
  ]);
  expect(fake.sheet('工资表 2026-10').protection.protected).toBe(true);
});

test('sheets listed in replace are removed even when not regenerated', async () => {
  const { fake, wb } = await generated();
  await wb.writeOutputs([payrollSpec(PERIOD, 3)], ['数据问题 2026-10', '工资表 2026-10', 'Not there']);
  expect(fake.sheetNames()).toEqual([...INPUT_SHEETS, '绩效 2026-10', '工资表 2026-10', '工资条 2026-10']);
});

test('a table name taken by a sheet that stays gets a suffix instead of failing', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  await fake.run(async (ctx: Excel.RequestContext) => {
    ctx.workbook.worksheets.getItem('花名册').tables.add('A1:G7', true).name = 'Payroll_2026_10';
    await ctx.sync();
  });
  await new OfficeWorkbook(fake.run).writeOutputs([payrollSpec(PERIOD)], []);
  expect(fake.model.tablesOf(fake.sheet('工资表 2026-10'))[0].name).toBe('Payroll_2026_10_2');
  expect(fake.model.tablesOf(fake.sheet('花名册'))[0].name).toBe('Payroll_2026_10');
});

test('invalid names are refused before anything is written', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  const wb = new OfficeWorkbook(fake.run);
  await expect(wb.writeOutputs([{ ...issuesSpec(PERIOD), name: '数据/问题' }], [])).rejects.toThrow(/contains one of/);
  await expect(wb.writeOutputs([{ ...issuesSpec(PERIOD), name: 'x'.repeat(32) }], [])).rejects.toThrow(/31/);
  await expect(wb.writeOutputs([issuesSpec(PERIOD), issuesSpec(PERIOD)], [])).rejects.toThrow(/both named/);
  await expect(wb.writeOutputs([{ ...payrollSpec(PERIOD), tableName: 'A1' }], [])).rejects.toThrow(/Table name/);
  expect(fake.stats.syncCalls).toBe(0);
});

test('a big output sheet is written in chunks under the limits', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  const wb = new OfficeWorkbook(fake.run);
  const spec = issuesSpec(PERIOD);
  spec.rows = Array.from({ length: 45_000 }, (_, i) => [
    '订单报表',
    i + 2,
    '买家实际支付金额',
    i % 1000 === 0 ? '=1+1' : `值 ${i}`,
    i % 7 === 0 ? '延迟统计' : i / 4,
  ]);
  const progress: number[] = [];
  await wb.writeOutputs([spec], [], (p) => progress.push(p.rowsWritten));
  expect(wb.lastWrite.chunks).toBe(3); // 20,000-row limit
  expect(progress).toEqual([20_000, 40_000, 45_001]);
  expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(4_000_000);
  expect(fake.stats.syncCalls).toBeLessThanOrEqual(wb.lastWrite.chunks + 4);
  expect(fake.cell('数据问题 2026-10', 'D1002')).toMatchObject({ value: '=1+1', formula: null });
  expect(fake.cell('数据问题 2026-10', 'E9')).toMatchObject({ value: '延迟统计', numberFormat: '@' });
  expect(fake.cell('数据问题 2026-10', 'E10')).toMatchObject({ value: 2, numberFormat: '"¥"#,##0.00' });
});
