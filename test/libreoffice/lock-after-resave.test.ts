/**
 * Finance opens the payroll workbook in LibreOffice and saves it (as .xlsx) before the manager
 * locks the month. LibreOffice writes its tables without a style element; `cs-kpi lock` used to
 * stop there with ExcelJS's "Cannot read properties of null (reading 'theme')". The re-saved file
 * must lock, refuse regeneration, unlock, and still hold the payroll LibreOffice recalculates.
 * Without soffice the suite is skipped with the reason, and fails under CI=true.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { convert, findSoffice, makeProfile } from '../support/libreoffice';
import { describeWithTool, missingSoffice } from '../support/tools';
import { baseWorkbook, PERIOD } from '../corpus/builder';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';

const AUDIT = `审计 ${PERIOD}`;
const PAYROLL = `工资表 ${PERIOD}`;
const soffice = findSoffice();

describeWithTool('an output workbook re-saved by LibreOffice', missingSoffice(), () => {
  const tmp = makeTempDir('cs-kpi-resave-');
  let resaved = '';
  let payrollBefore: ExcelJS.CellValue[][] = [];
  const rowsOf = (ws: ExcelJS.Worksheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow((row) => void rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    return rows;
  };

  beforeAll(async () => {
    const input = await writeXlsx(baseWorkbook(), tmp.file('shop.xlsx'));
    const out = tmp.file('payroll.xlsx');
    expect((await cli('payroll', input, '--period', PERIOD, '--out', out)).code).toBe(0);
    const outDir = tmp.file('resaved');
    const r = await convert([out], {
      soffice: soffice.path!,
      to: 'xlsx:Calc MS Excel 2007 XML',
      outDir,
      profileDir: await makeProfile(tmp.file('lo-profile'), 'never'),
      timeoutMs: 120_000,
    });
    expect(r.code).toBe(0);
    resaved = path.join(outDir, 'payroll.xlsx');
    // As LibreOffice saved it (it writes some text cells as rich text): the lock must leave this as it is.
    payrollBefore = rowsOf((await readBack(resaved)).getWorksheet(PAYROLL)!);
  }, 180_000);
  afterAll(() => tmp.remove());

  test('LibreOffice really dropped the table styles (the case being tested)', async () => {
    const tables = (await readBack(resaved)).getWorksheet(PAYROLL)!.getTables() as unknown as {
      table: { style?: unknown };
    }[];
    expect(tables.length).toBe(1);
    expect(tables[0].table.style ?? null).toBeNull();
  });

  test('lock, regeneration refused, unlock: each exits cleanly and the payroll is unchanged', async () => {
    const locked = await cli('lock', resaved, '--period', PERIOD, '--by', '王会计');
    expect({ code: locked.code, err: locked.err }).toEqual({ code: 0, err: '' });
    const book = await readBack(resaved);
    const lockRows = rowsOf(book.getWorksheet(AUDIT)!).filter((r) => r[0] === '定稿');
    expect(lockRows.map((r) => r.slice(0, 3))).toEqual([['定稿', '已定稿 (UTC)', '王会计']]); // jest runs in UTC
    expect(rowsOf(book.getWorksheet(PAYROLL)!)).toEqual(payrollBefore);

    const onto = await cli('payroll', tmp.file('shop.xlsx'), '--period', PERIOD, '--out', resaved);
    expect(onto.code).toBe(1);
    expect(onto.err).toContain('王会计');

    const unlocked = await cli('unlock', resaved, '--period', PERIOD, '--by', '李店长', '--reason', '补录');
    expect({ code: unlocked.code, err: unlocked.err }).toEqual({ code: 0, err: '' });
  });
});
