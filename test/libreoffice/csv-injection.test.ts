/**
 * CSV injection, with evidence: a spreadsheet opening a CSV runs a field that
 * starts with = + - @ as a formula (`=cmd|' /C calc'!A0` is the known attack
 * on Excel; OWASP "CSV Injection"). LibreOffice, opening a plain CSV line
 * `=1+1`, makes it a formula too (the control below). The finance CSV writes
 * such text behind an apostrophe (README: Hostile cells), and LibreOffice then
 * keeps it as text, the apostrophe shown, while the amounts stay numbers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { financeCsv } from '../../src/engine/output/csv';
import { runPayroll } from '../../src/engine/run';
import { chat, orders, roster, workbook, PERIOD } from '../engine/fixture';
import { convert, findSoffice, makeProfile } from '../support/libreoffice';
import { describeWithTool, missingSoffice } from '../support/tools';

const NAMES = ['=1+1', '+1+1', '-1+1', '@SUM(1,1)'];
const UTF8_CSV = 'CSV:44,34,76,1';

async function openInLibreOffice(csv: string, dir: string, name: string): Promise<ExcelJS.Worksheet> {
  const file = path.join(dir, `${name}.csv`);
  writeFileSync(file, csv, 'utf8');
  const profileDir = await makeProfile(path.join(dir, `profile-${name}`), 'always');
  const result = await convert([file], {
    soffice: findSoffice().path!,
    to: 'xlsx',
    outDir: dir,
    profileDir,
    infilter: UTF8_CSV,
  });
  expect(result.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, `${name}.xlsx`));
  return wb.worksheets[0];
}

describeWithTool('the finance CSV opened in LibreOffice: formula-like names stay text', missingSoffice(), () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cs-kpi-csv-injection-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('control: a bare =1+1 in a CSV is run as a formula', async () => {
    const ws = await openInLibreOffice('\ufeffa,b\r\n=1+1,x\r\n', dir, 'control');
    expect(ws.getCell('A2').formula).toBe('1+1');
  }, 120_000);

  test('the finance CSV: each name is text with its apostrophe, each amount a number', async () => {
    const result = runPayroll(
      workbook(
        roster(NAMES.map((name, i) => ({ id: `K${i + 1}`, name }))),
        orders([{ id: 'O1', paid: 10 }]),
        chat([{ account: '店:K1', inquiries: 0, paid: 0 }]),
      ),
      { period: PERIOD },
    );
    const ws = await openInLibreOffice(financeCsv(result, 'zh'), dir, 'finance');
    NAMES.forEach((name, i) => {
      const cell = ws.getRow(2 + i).getCell(2);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(`'${name}`);
      expect(ws.getRow(2 + i).getCell(7).value).toBe(3000); // 初级 base pay, a number to sum
    });
  }, 120_000);
});
