/**
 * The workbook cs-kpi writes, opened by another spreadsheet: LibreOffice
 * headless loads it with forced recalculation (private profile,
 * OOXMLRecalcMode = 0) and exports every sheet to CSV. The recalculated SUM
 * totals must equal the engine's totals to the cent, every row must add up,
 * and the file must convert without errors or lost sheets.
 * Without soffice the suite is skipped with the reason, and fails under CI=true.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  CSV_EVERY_SHEET,
  ConvertResult,
  convert,
  findSoffice,
  makeProfile,
  sheetCsvPath,
  sheetsWritten,
} from '../support/libreoffice';
import { parseCsv } from '../outputs/rfc4180';
import { describeWithTool, missingSoffice } from '../support/tools';
import {
  CliRun,
  MONEY_KEYS,
  PAYROLL_HEADERS,
  PERIOD,
  SHEET,
  cents,
  readXlsx,
  runDemoPayroll,
  runPayrollOn,
} from '../outputs/cli-output';

const soffice = findSoffice();

describeWithTool('the CLI workbook recalculated by LibreOffice', missingSoffice(), () => {
  let zh: CliRun;
  let en: CliRun;
  let canary: string;
  let outDir: string;
  let result: ConvertResult;

  beforeAll(async () => {
    zh = await runDemoPayroll({ agents: 12, orders: 2000 });
    en = await runPayrollOn(
      zh.input,
      path.join(zh.dir, `shop-${PERIOD}-en.xlsx`),
      path.join(zh.dir, 'payroll-en.csv'),
      'en',
      zh.dir,
    );
    // A SUM whose cached result is wrong on purpose: its CSV shows 3 only if LibreOffice really recalculated.
    canary = path.join(zh.dir, 'canary.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Canary');
    ws.addRow([1]);
    ws.addRow([2]);
    ws.addRow([{ formula: 'SUM(A1:A2)', result: 999 } as ExcelJS.CellFormulaValue]);
    await wb.xlsx.writeFile(canary);

    outDir = path.join(zh.dir, 'csv');
    const profileDir = await makeProfile(path.join(zh.dir, 'lo-profile'), 'always');
    result = await convert([zh.output, en.output, canary], {
      soffice: soffice.path!,
      to: CSV_EVERY_SHEET,
      outDir,
      profileDir,
      timeoutMs: 240_000,
    });
  }, 300_000);
  afterAll(() => zh?.cleanup());

  const csvOf = (file: string, sheet: string) =>
    parseCsv(readFileSync(sheetCsvPath(outDir, file, sheet), 'utf8')).records;

  test('soffice converts both workbooks without errors, warnings or repair messages', () => {
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
    expect(result.unexpected).toEqual([]);
  });

  test('every sheet of each workbook comes out (none dropped by a repair)', async () => {
    const written = sheetsWritten(result.stdout);
    for (const file of [zh.output, en.output]) {
      const names = (await readXlsx(file)).worksheets.map((w) => w.name);
      expect(names).toEqual(expect.arrayContaining(Object.values(SHEET[file === zh.output ? 'zh' : 'en'])));
      for (const name of names) {
        expect(written).toContain(name);
        expect(existsSync(sheetCsvPath(outDir, file, name))).toBe(true);
      }
    }
  });

  test('recalculation was really forced (a wrong cached SUM result is replaced)', () => {
    expect(csvOf(canary, 'Canary')[2][0]).toBe('3');
  });

  test.each(['zh', 'en'] as const)(
    '%s: recalculated SUM totals equal the engine to the cent; every row adds up',
    (lang) => {
      const run = lang === 'zh' ? zh : en;
      const records = csvOf(run.output, SHEET[lang].payroll);
      expect(records[0]).toEqual(PAYROLL_HEADERS[lang]);
      const agents = run.json.agents;
      const rows = records.slice(1, agents.length + 1);
      const totals = records[agents.length + 1];
      expect(totals[0]).toBe(lang === 'zh' ? '合计' : 'Total');
      rows.forEach((rec, i) => {
        expect(rec[0]).toBe(agents[i].agentId);
        const c = (k: (typeof MONEY_KEYS)[number]) => cents(Number(rec[6 + MONEY_KEYS.indexOf(k)]));
        expect(c('grossPay')).toBe(
          c('basePay') + c('performanceBonus') + c('conversionBonus') + c('commission') + c('awards') - c('fines'),
        );
        for (const k of MONEY_KEYS) expect(c(k)).toBe(cents(agents[i][k]));
      });
      MONEY_KEYS.forEach((k, j) => {
        const field = totals[6 + j];
        expect(field).toMatch(/^-?\d+(\.\d+)?$/);
        expect(cents(Number(field))).toBe(agents.reduce((s, a) => s + cents(a[k]), 0));
      });
    },
  );
});
