/**
 * The Audit's generation and lock times are date cells (an Excel serial shown as yyyy-mm-dd hh:mm:ss) in the
 * local time of the run, the zone in the row's label, in the .xlsx file and in the workbook the pane writes;
 * the pay-run control reads them back, and still reads Audits written before (ISO UTC text).
 * Serials by hand: 2026-10-05 is day 46,300 (1900 system), so 2026-11-01 is day 46,327.
 */
import ExcelJS from 'exceljs';
import {
  auditWithLockRow,
  generateDemoWorkbook,
  lockRow,
  lockState,
  outputProps,
  readPreviousRun,
  runPayroll,
  type Cell,
  type SheetData,
} from '../../src/engine';
import { auditSheet } from '../../src/engine/output/audit';
import { xlsxBytes } from '../../src/cli/xlsx-write-package';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { generatePayroll } from '../../src/taskpane/payroll-flow';
import { setMonthLock } from '../../src/taskpane/payrun-flow';
import { FakeExcel } from '../excel-fake';
import { outputsAsSheets } from '../payrun/sheets';

const DEMO = generateDemoWorkbook({ period: '2026-10', agents: 6, orders: 200, seed: 3 });
// 02:03:04 UTC is 10:03:04 in Beijing (UTC+8).
const AT = new Date('2026-11-01T02:03:04Z');
const BEIJING = 46_327 + (10 * 3600 + 3 * 60 + 4) / 86_400;

test('the generation time: a serial of the local time under "生成时间 (UTC+8)", marked as a date cell', () => {
  const r = runPayroll(DEMO, { period: '2026-10', generatedAt: AT, utcOffsetMinutes: 480 });
  const zh = auditSheet(r, 'zh');
  expect(zh.rows[1].slice(1, 3)).toEqual(['生成时间 (UTC+8)', expect.closeTo(BEIJING, 8)]);
  expect(zh.dateCells).toEqual([{ row: 1, column: 2 }]);
  expect(auditSheet(r, 'en').rows[1][1]).toBe('Generated at (UTC+8)');
  // West of UTC, with minutes: 02:03:04 UTC is 22:33:04 the day before at UTC-3:30.
  const west = runPayroll(DEMO, { period: '2026-10', generatedAt: AT, utcOffsetMinutes: -210 });
  expect(auditSheet(west, 'zh').rows[1].slice(1, 3)).toEqual([
    '生成时间 (UTC-3:30)',
    expect.closeTo(46_326 + (22 * 3600 + 33 * 60 + 4) / 86_400, 8),
  ]);
  // The JSON keeps the machine's value: ISO UTC.
  expect(r.generatedAt).toBe('2026-11-01T02:03:04.000Z');
});

test('the .xlsx file: the time reads back as a date with a date-time format; the texts beside it stay text', async () => {
  const r = runPayroll(DEMO, { period: '2026-10', generatedAt: AT, utcOffsetMinutes: 480 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsxBytes([auditSheet(r, 'zh')], outputProps(r)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('审计 2026-10')!;
  expect(ws.getCell('B3').value).toBe('生成时间 (UTC+8)');
  expect(ws.getCell('C3').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  // ExcelJS gives a date cell's wall-clock time as a UTC Date.
  expect((ws.getCell('C3').value as Date).toISOString()).toBe('2026-11-01T10:03:04.000Z');
  expect(ws.getCell('C4').numFmt).toBe('@');
});

test('the pane: generated and locked in the workbook, both times are date cells; the lock reads back', async () => {
  const fake = FakeExcel.fromWorkbookData(DEMO);
  const port = new OfficeWorkbook(fake.run);
  // jest runs in UTC (test/setup/utc.ts): the host's zone is UTC.
  await generatePayroll(port, { period: '2026-10', lang: 'zh', now: AT });
  const generated = fake.cell('审计 2026-10', 'C3');
  expect(fake.cell('审计 2026-10', 'B3').value).toBe('生成时间 (UTC)');
  expect(generated.numberFormat).toBe('yyyy-mm-dd hh:mm:ss');
  expect(generated.value).toBeCloseTo(46_327 + (2 * 3600 + 3 * 60 + 4) / 86_400, 8);
  expect(fake.cell('审计 2026-10', 'C4').numberFormat).toBe('@');

  const lock = await setMonthLock(port, '2026-10', 'lock', '王芳', 'zh', new Date('2026-11-05T10:00:00Z'));
  expect(lock).toEqual({ locked: true, by: '王芳', at: '2026-11-05 10:00:00 (UTC)' });
  const audit = fake.snapshot().find((s) => s.name === '审计 2026-10')!;
  const row = audit.values.findIndex((r) => r[0] === '定稿');
  expect(audit.values[row].slice(1, 4)).toEqual(['已定稿 (UTC)', '王芳', expect.closeTo(46_331 + 10 / 24, 8)]);
  expect(audit.numberFormats[row][3]).toBe('yyyy-mm-dd hh:mm:ss');
  // The generation time kept its format through the rewrite of the Audit sheet.
  expect(audit.numberFormats[2][2]).toBe('yyyy-mm-dd hh:mm:ss');
}, 120_000);

describe('reading Audits back', () => {
  const OLD: SheetData = {
    name: '审计 2026-09',
    rows: [
      ['部分', '项目', '值', '说明'],
      ['运行', '期间', '2026-09', null],
      ['运行', '生成时间 (UTC)', '2026-10-01T01:00:00.000Z', null],
      ['定稿', '已定稿', '王芳', '2026-10-05T08:00:00.000Z'],
    ],
  };

  test('an Audit written before, with ISO text: locked, by whom and when as written', () => {
    expect(lockState(OLD)).toEqual({ locked: true, by: '王芳', at: '2026-10-05T08:00:00.000Z' });
  });

  test('a lock row now: "已定稿 (UTC+8)" over a serial, read as the local time with its zone', () => {
    // 08:00 UTC is 16:00 in Beijing: day 46,300 and two thirds.
    const row = lockRow('lock', '王芳', new Date('2026-10-05T08:00:00Z'), 'zh', '', 480);
    expect(row).toEqual(['定稿', '已定稿 (UTC+8)', '王芳', expect.closeTo(46_300 + 16 / 24, 8)]);
    const audit = auditWithLockRow(OLD, row);
    // The old rows stay text; only the new time is a date cell.
    expect(audit.dateCells).toEqual([{ row: 3, column: 3 }]);
    const read = { name: OLD.name, rows: [OLD.rows[0], ...audit.rows] as Cell[][] };
    expect(lockState(read)).toEqual({ locked: true, by: '王芳', at: '2026-10-05 16:00:00 (UTC+8)' });
    const unlocked = [...read.rows, lockRow('unlock', '李店长', new Date('2026-10-06T00:00:00Z'), 'en', 'fix', 480)];
    expect(lockState({ name: OLD.name, rows: unlocked })).toEqual({
      locked: false,
      by: '李店长',
      at: '2026-10-06 08:00:00 (UTC+8)',
      reason: 'fix',
    });
  });

  test('the change list names the earlier run by its time: an old ISO Audit as written, a new one as local time', () => {
    const r = runPayroll(DEMO, { period: '2026-10', generatedAt: AT, utcOffsetMinutes: 480 });
    const sheets = outputsAsSheets(r);
    expect(readPreviousRun(sheets, '2026-10').generatedAt).toBe('2026-11-01 10:03:04 (UTC+8)');
    const audit = sheets.find((s) => s.name === '审计 2026-10')!;
    const old = audit.rows.map((row) =>
      row[1] === '生成时间 (UTC+8)' ? [row[0], '生成时间 (UTC)', '2026-11-01T02:03:04.000Z', null] : row,
    );
    const withOld = sheets.map((s) => (s === audit ? { ...s, rows: old } : s));
    expect(readPreviousRun(withOld, '2026-10').generatedAt).toBe('2026-11-01T02:03:04.000Z');
  });
});
