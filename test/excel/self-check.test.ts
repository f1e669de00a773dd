/**
 * The in-Excel self-check, run against the fake: every item passes on a fake
 * that behaves as documented, the scratch sheets are gone afterwards, the
 * report is copyable text, and an item fails (with Excel's message) where the
 * behaviour is missing.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { runSelfCheck, selfCheckText } from '../../src/excel/self-check';
import { CONVERSION } from '../../src/functions/functions';
import { FakeExcel } from '../excel-fake';
import { inputWorkbook } from './fixtures';

const HOST = { version: '16.0.18000.20000', platform: 'PC' };

function fakeWithFunctions(): FakeExcel {
  const fake = FakeExcel.fromWorkbookData(inputWorkbook(5));
  fake.model.customFunctions = { 'CS.CONVERSION': (a, b) => CONVERSION([[a]], [[b]]) };
  return fake;
}

test('every behaviour the adapter relies on passes on the fake, and nothing of the check is left behind', async () => {
  const fake = fakeWithFunctions();
  const before = JSON.stringify(fake.snapshot());
  const report = await new OfficeWorkbook(fake.run, {}, HOST).selfCheck();
  expect(report.items.filter((i) => !i.ok)).toEqual([]);
  expect(report.items.map((i) => i.id).sort()).toEqual(
    [
      'autoFilter',
      'copyKeepsReferences',
      'customFunction',
      'dateSerial',
      'dateSystem',
      'inertText',
      'keepsTable',
      'largeRequest',
      'mergedCells',
      'numberFormatArrays',
      'printFit',
      'protection',
      'renameKeepsReferences',
      'rewriteKeepsReferences',
    ].sort(),
  );
  expect(report.date1904).toBe(false);
  expect(JSON.stringify(fake.snapshot())).toBe(before);
  expect(fake.stats.maxRequestBytes).toBeGreaterThan(3_500_000); // the large request really was large
  expect(fake.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
});

test('the report is text with the Office version, the platform and one line per item', async () => {
  const report = await runSelfCheck(fakeWithFunctions().run, { ...HOST, largeRequestBytes: 10_000 });
  const text = selfCheckText(report, (id) => id);
  const lines = text.split('\n');
  expect(lines[0]).toBe('CS Performance self-check · Office 16.0.18000.20000 · PC');
  expect(lines).toContain('PASS  customFunction — =CS.CONVERSION(200,106): 0.53');
  expect(lines[lines.length - 1]).toBe('All 14 checks passed.');
});

test('a 1904 workbook is detected: DATE(1904,1,1) is 0 there, and the date check expects serials 1,462 lower', async () => {
  const fake = fakeWithFunctions();
  fake.model.date1904 = true;
  const report = await runSelfCheck(fake.run, { ...HOST, largeRequestBytes: 10_000 });
  expect(report.date1904).toBe(true);
  expect(report.items.find((i) => i.id === 'dateSystem')?.detail).toBe('DATE(1904,1,1) = 0: 1904 date system');
  // 2026-10-05: 46,300 days after 1899-12-30; in the 1904 system 46,300 − 1,462 = 44,838.
  expect(report.items.find((i) => i.id === 'dateSerial')).toMatchObject({
    ok: true,
    detail: expect.stringContaining('44838'),
  });
});

test("an item whose behaviour is missing fails with Excel's message; the others still run and the scratch sheets go", async () => {
  const fake = fakeWithFunctions();
  fake.declaredSets = { ExcelApi: '1.8' }; // a host without 1.9: no autoFilter, no pageLayout, no copyFrom
  fake.model.customFunctions = {}; // and the CS functions not registered
  const report = await runSelfCheck(fake.run, { ...HOST, largeRequestBytes: 10_000 });
  const failed = report.items
    .filter((i) => !i.ok)
    .map((i) => i.id)
    .sort();
  expect(failed).toEqual(['autoFilter', 'copyKeepsReferences', 'customFunction', 'printFit']);
  expect(report.items.find((i) => i.id === 'copyKeepsReferences')?.detail).toMatch(
    /^ApiNotFound: Range.copyFrom needs ExcelApi 1.9/,
  );
  expect(report.items.find((i) => i.id === 'printFit')?.detail).toMatch(
    /^ApiNotFound: Worksheet.pageLayout needs ExcelApi 1.9/,
  );
  expect(report.items.find((i) => i.id === 'customFunction')?.detail).toBe(
    '=CS.CONVERSION(200,106): "#NAME?" (expected 0.53)',
  );
  expect(fake.sheetNames().filter((n) => n.includes('selfcheck'))).toEqual([]);
});

test('a custom function still calculating (#BUSY!) is polled until it has a value', async () => {
  const fake = fakeWithFunctions();
  let ready = false; // the function finishes once the check has waited
  fake.model.customFunctions = { 'CS.CONVERSION': (a, b) => (ready ? CONVERSION([[a]], [[b]]) : '#BUSY!') };
  const sleeps: number[] = [];
  const sleep = async (ms: number): Promise<void> => {
    sleeps.push(ms);
    ready = true;
  };
  const report = await runSelfCheck(fake.run, { ...HOST, largeRequestBytes: 10_000, sleep });
  expect(report.items.find((i) => i.id === 'customFunction')?.ok).toBe(true);
  expect(sleeps.length).toBeGreaterThan(0);
  expect(sleeps.every((ms) => ms === 250)).toBe(true);
});

describe('merged cells (ExcelApi 1.13, where the host has it)', () => {
  const g = globalThis as unknown as { Office: { context?: unknown } };
  let saved: unknown;
  beforeEach(() => {
    saved = g.Office.context;
    g.Office.context = { requirements: { isSetSupported: (name: string) => name === 'ExcelApi' } };
  });
  afterEach(() => {
    g.Office.context = saved;
  });

  test('a merge keeps its value in the top-left cell and is listed; the scratch sheet is removed', async () => {
    const fake = fakeWithFunctions();
    fake.declaredSets = { ...fake.declaredSets, ExcelApi: '1.13' };
    const before = JSON.stringify(fake.snapshot());
    const report = await runSelfCheck(fake.run, { ...HOST, largeRequestBytes: 10_000 });
    expect(report.items.find((i) => i.id === 'mergedCells')).toEqual({
      id: 'mergedCells',
      ok: true,
      detail: 'B2:B3 merged: values [["KF01"],[""]]; merged areas [{"row":1,"col":1,"rows":2,"cols":1}]',
    });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  test('a table reshaped as regeneration does keeps its name, takes the new columns, and the reference sums the new cells', async () => {
    const fake = fakeWithFunctions();
    fake.declaredSets = { ...fake.declaredSets, ExcelApi: '1.13' };
    const before = JSON.stringify({ sheets: fake.snapshot(), tables: fake.model.tables.length });
    const report = await runSelfCheck(fake.run, { ...HOST, largeRequestBytes: 10_000 });
    // 金额 10 + 20 + 30 by hand; 底薪 inserted between the kept 工号 and 金额.
    expect(report.items.find((i) => i.id === 'keepsTable')).toEqual({
      id: 'keepsTable',
      ok: true,
      detail: 'table reshaped and overwritten: {"columns":["工号","底薪","金额"],"sum":60}',
    });
    expect(JSON.stringify({ sheets: fake.snapshot(), tables: fake.model.tables.length })).toBe(before);
  });

  test('a host that says 1.13 but lists no merged area fails the item', async () => {
    const fake = fakeWithFunctions(); // the fake keeps the manifest's 1.9: getMergedAreasOrNullObject is refused
    const report = await runSelfCheck(fake.run, { ...HOST, largeRequestBytes: 10_000 });
    expect(report.items.find((i) => i.id === 'mergedCells')).toEqual({
      id: 'mergedCells',
      ok: false,
      detail: 'B2:B3 merged: values [["KF01"],[""]]; merged areas []',
    });
    expect(report.items.find((i) => i.id === 'keepsTable')).toMatchObject({ ok: false });
  });
});
