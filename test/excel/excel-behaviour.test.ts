/**
 * The adapter against what real Excel does, as the stricter fake models it
 * (docs/excel-behaviour.md). Each test here failed on the adapter before it
 * was fixed: formulas sent for a whole totals chunk, one numberFormat string
 * for many cells, a very hidden sheet deleted as is, no retry of a write
 * Excel refuses as too large, allowSort claimed over locked cells, and a fit
 * to one page wide that left the height at one page.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import type { SheetSpec } from '../../src/engine/output/sheet-spec';
import { FakeExcel } from '../excel-fake';
import { allSpecs, inputWorkbook, payrollSpec } from './fixtures';

type Ctx = Excel.RequestContext;
const PERIOD = '2026-10';
const PAYROLL = `工资表 ${PERIOD}`;

function payrollWithNames(names: string[]): SheetSpec {
  const spec = payrollSpec(PERIOD);
  names.forEach((n, i) => (spec.rows[i][1] = n));
  return spec;
}

test('text in the chunk that holds the SUM totals stays text; only the SUM cells are formulas', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  await new OfficeWorkbook(fake.run).writeOutputs([payrollWithNames(['=1+1', '+1', '@SUM(A1)', '-x'])], []);
  expect(fake.cell(PAYROLL, 'B2')).toMatchObject({ value: '=1+1', formula: null, numberFormat: '@' });
  expect(fake.cell(PAYROLL, 'B3')).toMatchObject({ value: '+1', formula: null });
  expect(fake.cell(PAYROLL, 'B4')).toMatchObject({ value: '@SUM(A1)', formula: null });
  expect(fake.cell(PAYROLL, 'B5')).toMatchObject({ value: '-x', formula: null });
  // Totals row 8: C..F are SUMs, A is the text 合计.
  expect(fake.cell(PAYROLL, 'A8')).toMatchObject({ value: '合计', formula: null });
  expect(fake.cell(PAYROLL, 'C8').formula).toBe('=SUM(C2:C7)');
  const formulaCells = fake.sheet(PAYROLL).formulaCells.size;
  expect(formulaCells).toBe(4);
  expect(fake.stats.log.some((s) => s.kinds.setFormulas && s.kinds.setFormulas > 4)).toBe(false);
});

test('one numberFormat string for a range of several cells is refused; the adapter sends 2-D arrays', async () => {
  const fake = FakeExcel.empty();
  await expect(
    fake.run(async (ctx: Ctx) => {
      (
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2') as unknown as { numberFormat: string }
      ).numberFormat = '@';
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  const wb = new OfficeWorkbook(fake.run);
  await wb.writeOutputs(allSpecs(PERIOD), []);
  expect(fake.cell(`绩效 ${PERIOD}`, 'D2').numberFormat).toBe('0.0%');
});

test('regenerating a very hidden output sheet: replaced in place, so it stays very hidden', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  const wb = new OfficeWorkbook(fake.run);
  await wb.writeOutputs(allSpecs(PERIOD, 1), []);
  fake.sheet(PAYROLL).visibility = 'VeryHidden';
  await wb.writeOutputs(allSpecs(PERIOD, 2), []);
  expect(fake.sheet(PAYROLL).visibility).toBe('VeryHidden');
  expect(fake.sheetNames().filter((n) => n.includes('~'))).toEqual([]);
  expect(fake.cell(PAYROLL, 'D2').value).toBe(800.5 + 2); // variant 2: 800.5 + i + variant, i = 0
});

test('a very hidden sheet that leaves (replaced, not regenerated) is made visible to be deleted', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  const wb = new OfficeWorkbook(fake.run);
  await wb.writeOutputs(allSpecs(PERIOD, 1), []);
  fake.sheet(PAYROLL).visibility = 'VeryHidden';
  await wb.writeOutputs(
    allSpecs(PERIOD, 2).filter((s) => s.name !== PAYROLL),
    [PAYROLL],
  );
  expect(fake.sheetNames()).not.toContain(PAYROLL);
});

test('a very hidden sheet is restored, name and visibility, when the regeneration fails at its delete', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  const wb = new OfficeWorkbook(fake.run);
  await wb.writeOutputs(allSpecs(PERIOD, 1), []);
  fake.sheet(PAYROLL).visibility = 'VeryHidden';
  const before = JSON.stringify(fake.snapshot());
  fake.failOnOperation((op) => op.kind === 'deleteSheet' && op.sheet?.startsWith('~old') === true);
  // The next period's sheets are all new, so the delete is the finish request's first operation: nothing ran, all rolls back.
  await expect(wb.writeOutputs(allSpecs('2026-11', 2), [PAYROLL])).rejects.toThrow('Injected');
  expect(JSON.stringify(fake.snapshot())).toBe(before);
});

test('a chunk Excel refuses as too large is split in halves and sent again', async () => {
  const fake = FakeExcel.empty();
  fake.payloadLimit = 60_000; // a small limit, so the planned chunk (~200 KB) is refused
  const rows = Array.from({ length: 2000 }, (_, i) => [`KF${i}`, '客服绩效'.repeat(5), i]);
  const wb = new OfficeWorkbook(fake.run, { maxBytesPerRequest: 1e9 });
  await wb.writeInputSheets([{ name: 'Orders', rows }]);
  expect(wb.lastWrite.retries).toBeGreaterThan(0);
  expect(wb.lastWrite.rows).toBe(2000);
  expect(fake.sheet('Orders').valueAt(1999, 0)).toBe('KF1999');
  expect(fake.stats.maxRequestBytes).toBeGreaterThan(60_000); // the refused ones were measured too
});

test('every permission a protected output sheet claims works: no allowSort over locked cells', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  await new OfficeWorkbook(fake.run).writeOutputs([payrollSpec(PERIOD)], []);
  const sheet = fake.sheet(PAYROLL);
  expect(sheet.protection.protected).toBe(true);
  if (sheet.protection.options.allowSort) {
    // A claimed sort must go through on the data body (rows 2-7).
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets
        .getItem(PAYROLL)
        .getRange('A2:F7')
        .sort.apply([{ key: 5, ascending: false }]);
      await ctx.sync();
    });
  }
  expect(sheet.protection.options.allowAutoFilter).toBe(true);
  // The amounts stay locked: an edit is refused.
  await expect(
    fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem(PAYROLL).getRange('F2').values = [[99999]];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
});

test('fit to one page wide sets the height to "as many pages as needed" and reads it back', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  const wb = new OfficeWorkbook(fake.run);
  await wb.writeOutputs([payrollSpec(PERIOD)], []);
  expect(fake.sheet(PAYROLL).pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect(wb.lastWrite.printFitNotApplied).toEqual([]);
});

test('a host that ignores the fit height is reported by name, not hidden', async () => {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  fake.ignoresFitHeight = true;
  const wb = new OfficeWorkbook(fake.run);
  await wb.writeOutputs([payrollSpec(PERIOD)], []);
  expect(wb.lastWrite.printFitNotApplied).toEqual([PAYROLL]);
});
