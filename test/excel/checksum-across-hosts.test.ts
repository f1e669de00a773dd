/**
 * One workbook, one checksum: the Audit's input checksums from the add-in's
 * read (the Excel fake) and from cs-kpi's read of the same workbook saved as
 * .xlsx are equal. They are what a pay run's change list compares, so a month
 * locked in Excel and regenerated with cs-kpi (or the other way round) must
 * not list unchanged sheets as changed. Excel gives every row as wide as the
 * used range (blank cells as null); the CLI's rows stop at their last value.
 */
import { generateDemoWorkbook, runPayroll, type InputSheetSummary, type WorkbookData } from '../../src/engine';
import { readXlsxValues } from '../../src/cli/xlsx/read-values';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from '../excel-fake';
import { widenToTaobao71 } from '../excel-fake/taobao-71';
import type { InputCell } from '../excel-fake/sample-orders';
import { makeTempDir, writeXlsx } from '../corpus/xlsx-files';

const PERIOD = '2026-10';
const tmp = makeTempDir('cs-kpi-checksum-hosts-');
afterAll(() => tmp.remove());

/** The demo month, its order report in the 71-column layout (whose last columns the engine does not read). */
function demoWorkbook(): WorkbookData {
  const demo = generateDemoWorkbook({ period: PERIOD, orders: 400 });
  return {
    sheets: demo.sheets.map((s) =>
      s.name === '订单报表' ? { name: s.name, rows: widenToTaobao71(s.rows as InputCell[][]) } : s,
    ),
  };
}

function checksums(wb: WorkbookData): InputSheetSummary[] {
  return runPayroll(wb, { period: PERIOD, lang: 'zh' }).inputs;
}

async function addInRead(wb: WorkbookData, everyColumn: boolean): Promise<WorkbookData> {
  const book = new OfficeWorkbook(FakeExcel.fromWorkbookData(wb).run);
  book.readEveryColumn = everyColumn;
  return book.readSheets(wb.sheets.map((s) => s.name));
}

test('the add-in and cs-kpi give the same checksum for every input sheet of one workbook', async () => {
  const wb = demoWorkbook();
  const inExcel = await addInRead(wb, false);
  const fromFile = await readXlsxValues(await writeXlsx(wb, tmp.file('month.xlsx')));

  // The case this is about: the roster's rows end in a blank 离职日期 in Excel, and stop before it in the CLI.
  const roster = (data: WorkbookData) => data.sheets.find((s) => s.name === '花名册')!.rows[1];
  expect(roster(inExcel)[roster(inExcel).length - 1]).toBeNull();
  expect(roster(fromFile).length).toBeLessThan(roster(inExcel).length);

  const excel = checksums(inExcel);
  const cli = checksums(fromFile);
  expect(excel.map((s) => s.sheet)).toEqual(wb.sheets.map((s) => s.name));
  expect(cli.map((s) => [s.sheet, s.checksum])).toEqual(excel.map((s) => [s.sheet, s.checksum]));
  expect(new Set(excel.map((s) => s.checksum)).size).toBe(excel.length);
});

test('reading every column or only the used ones gives the same checksums', async () => {
  const wb = demoWorkbook();
  const narrow = checksums(await addInRead(wb, false));
  const every = checksums(await addInRead(wb, true));
  expect(every).toEqual(narrow);
});
