/**
 * cs-kpi lock / unlock on an output workbook, and cs-kpi payroll refusing a
 * locked month, through main() as the command line runs it. The rows written
 * are read back by the pane's own flow (over the Excel fake), so the CLI and
 * the pane agree on what a lock is.
 */
import { existsSync, readFileSync } from 'fs';
import type ExcelJS from 'exceljs';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { readMonthOutputs } from '../../src/taskpane/payrun-flow';
import { scanWorkbook } from '../../src/taskpane/payroll-flow';
import { toWorkbookData } from '../../src/cli/xlsx-read';
import { FakeExcel } from '../excel-fake';
import { baseWorkbook, PERIOD } from '../corpus/builder';
import { cli, makeTempDir, readBack, writeXlsx } from '../corpus/xlsx-files';

const tmp = makeTempDir('cs-kpi-lock-');
afterAll(() => tmp.remove());

const AUDIT = `审计 ${PERIOD}`;
const HOSTILE_NAME = '=HYPERLINK("http://evil","王会计")';
let input = '';
beforeAll(async () => {
  input = await writeXlsx(baseWorkbook(), tmp.file('shop.xlsx'));
});

const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => void rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
};
const lockRowsIn = async (file: string) =>
  rowsOf((await readBack(file)).getWorksheet(AUDIT)!).filter((r) => r[0] === '定稿');

/** The lock state the pane reads from this file's sheets (as if the file were opened in Excel). */
async function paneLockOf(file: string) {
  const port = new OfficeWorkbook(FakeExcel.fromWorkbookData(toWorkbookData(await readBack(file))).run);
  return (await readMonthOutputs(port, await scanWorkbook(port), PERIOD)).lock;
}

test('lock → payroll onto the file refused (file byte-identical) → unlock with a reason → regenerate carries the history', async () => {
  const out = tmp.file('out.xlsx');
  expect((await cli('payroll', input, '--period', PERIOD, '--out', out)).code).toBe(0);
  const payrollBefore = rowsOf((await readBack(out)).getWorksheet(`工资表 ${PERIOD}`)!);

  const locked = await cli('lock', out, '--period', PERIOD, '--by', HOSTILE_NAME);
  expect(locked.code).toBe(0);
  expect(locked.out).toContain(`${PERIOD} 已定稿`);
  const [row] = await lockRowsIn(out);
  // The name is a plain string, not a formula; the zone of the time (jest runs in UTC) is in the action's label.
  expect(row.slice(0, 3)).toEqual(['定稿', '已定稿 (UTC)', HOSTILE_NAME]);
  // The time is a date cell (ExcelJS reads it back as a Date), of the moment the lock was made.
  expect(row[3]).toBeInstanceOf(Date);
  expect(Date.now() - (row[3] as Date).getTime()).toBeLessThan(60_000);
  const book = await readBack(out);
  expect(rowsOf(book.getWorksheet(`工资表 ${PERIOD}`)!)).toEqual(payrollBefore);
  const protection = (book.getWorksheet(AUDIT) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  expect(protection?.sheet).toBe(true); // still protected after the rewrite
  const at = (d: unknown) => `${(d as Date).toISOString().slice(0, 19).replace('T', ' ')} (UTC)`;
  expect(await paneLockOf(out)).toEqual({ locked: true, by: HOSTILE_NAME, at: at(row[3]) });

  // Regenerating onto the locked file, or against it, is refused before anything is written.
  const bytes = readFileSync(out);
  const onto = await cli('payroll', input, '--period', PERIOD, '--out', out);
  expect(onto.code).toBe(1);
  expect(onto.err).toContain(`${PERIOD} 已由 ${HOSTILE_NAME}`);
  expect(onto.err).toContain(`cs-kpi unlock out.xlsx --period ${PERIOD}`);
  expect(readFileSync(out).equals(bytes)).toBe(true);
  const against = await cli(
    'payroll',
    input,
    '--period',
    PERIOD,
    '--out',
    tmp.file('corrected.xlsx'),
    '--compare',
    out,
    '--lang',
    'en',
  );
  expect(against.code).toBe(1);
  expect(against.err).toContain(`${PERIOD} in out.xlsx (--compare) was locked by ${HOSTILE_NAME}`);
  expect(existsSync(tmp.file('corrected.xlsx'))).toBe(false);

  // Unlocking needs a reason, recorded beside who and when.
  expect((await cli('unlock', out, '--period', PERIOD, '--by', '店长 李')).code).toBe(2);
  const unlocked = await cli('unlock', out, '--period', PERIOD, '--by', '店长 李', '--reason', '补录 KF02 的好评奖励');
  expect(unlocked.code).toBe(0);
  const rows = await lockRowsIn(out);
  expect(rows.map((r) => r.slice(0, 3))).toEqual([
    ['定稿', '已定稿 (UTC)', HOSTILE_NAME],
    ['定稿', '已解锁 (UTC)', '店长 李'],
  ]);
  expect(rows[1][4]).toBe('补录 KF02 的好评奖励');
  expect(await paneLockOf(out)).toEqual({
    locked: false,
    by: '店长 李',
    at: at(rows[1][3]),
    reason: '补录 KF02 的好评奖励',
  });

  // Now the month regenerates in place; the new Audit sheet keeps both lock rows after its change list.
  const again = await cli('payroll', input, '--period', PERIOD, '--out', out, '--compare', out);
  expect(again.code).toBe(0);
  const audit = rowsOf((await readBack(out)).getWorksheet(AUDIT)!);
  expect(audit.filter((r) => r[0] === '定稿')).toEqual(rows);
  expect(audit.find((r) => r[0] === '变更' && r[1] === '结果')?.[2]).toBe('与上次生成相同，没有任何变动');
});

test('locking twice changes nothing; an unlocked month cannot be unlocked', async () => {
  const out = tmp.file('twice.xlsx');
  expect((await cli('payroll', input, '--period', PERIOD, '--out', out, '--lang', 'en')).code).toBe(0);
  expect((await cli('lock', out, '--period', PERIOD, '--by', 'Finance', '--lang', 'en')).code).toBe(0);
  const bytes = readFileSync(out);
  const second = await cli('lock', out, '--period', PERIOD, '--by', 'Someone else', '--lang', 'en');
  expect(second.code).toBe(0);
  expect(second.out).toMatch(/already locked by Finance at .*: the file was not changed/);
  expect(readFileSync(out).equals(bytes)).toBe(true);
  // An English output gets English rows, which the pane reads the same way.
  expect(
    (await readBack(out))
      .getWorksheet(`Audit ${PERIOD}`)!
      .getRow((await readBack(out)).getWorksheet(`Audit ${PERIOD}`)!.rowCount)
      .getCell(2).value,
  ).toBe('Locked (UTC)');

  const fresh = tmp.file('fresh.xlsx');
  expect((await cli('payroll', input, '--period', PERIOD, '--out', fresh)).code).toBe(0);
  const r = await cli('unlock', fresh, '--period', PERIOD, '--by', '李', '--reason', '试试');
  expect(r.code).toBe(0);
  expect(r.out).toContain('本来就没有定稿：文件未改动');
});

test('bad lock requests say what is wrong, in the manager’s words, and write nothing', async () => {
  const out = tmp.file('bad.xlsx');
  expect((await cli('payroll', input, '--period', PERIOD, '--out', out)).code).toBe(0);
  const bytes = readFileSync(out);

  const otherMonth = await cli('lock', out, '--period', '2026-11', '--by', '王');
  expect(otherMonth.code).toBe(1);
  expect(otherMonth.err).toBe('cs-kpi: bad.xlsx 中没有“审计 2026-11”表：请先用 cs-kpi payroll 生成这个月');
  expect((await cli('lock', out, '--period', 'October', '--by', '王')).err).toContain(
    '--period must be the month to lock, as YYYY-MM',
  );
  // A week is a period of its own: this file has none.
  expect((await cli('lock', out, '--period', '2026-W43', '--by', '王')).err).toBe(
    'cs-kpi: bad.xlsx 中没有“审计 2026-W43”表：请先用 cs-kpi payroll 生成这个月',
  );
  expect((await cli('lock', out, '--period', PERIOD)).code).toBe(2);
  expect((await cli('lock', out, '--period', PERIOD, '--by', '  ')).code).toBe(2);
  expect(readFileSync(out).equals(bytes)).toBe(true);

  const missing = await cli('lock', tmp.file('nope.xlsx'), '--period', PERIOD, '--by', '王');
  expect(missing.code).toBe(1);
  expect(missing.err).toContain('nope.xlsx');
  expect(missing.err).not.toMatch(/ENOENT|Error:/);
});

test('locking a month with pending disputes locks it and lists them first, as the pane asks before locking', async () => {
  const wb = baseWorkbook();
  wb.sheets.push({
    name: '申诉',
    rows: [
      ['工号', '项目', '申诉内容', '申诉金额', '状态', '原因'],
      ['KF02', '提成', '10月5日订单漏记', 120, '待处理', ''],
      ['KF01', '奖励', '', 50, '驳回', '不符合'],
    ],
  });
  const shop = await writeXlsx(wb, tmp.file('shop-disputes.xlsx'));
  const out = tmp.file('out-disputes.xlsx');
  expect((await cli('payroll', shop, '--period', PERIOD, '--out', out)).code).toBe(0);
  const locked = await cli('lock', out, '--period', PERIOD, '--by', '王会计');
  expect(locked.code).toBe(0);
  // One pending (KF02 李丽, 提成); the rejected one is not listed.
  expect(locked.err).toContain('1 条待处理申诉');
  expect(locked.err).toContain('KF02 李丽');
  expect(locked.err).toContain('提成');
  expect(locked.err).not.toContain('KF01');
  expect((await lockRowsIn(out)).map((r) => r[1])).toEqual(['已定稿 (UTC)']);
  // Without pending disputes the lock says nothing on stderr.
  const plain = tmp.file('out-plain.xlsx');
  expect((await cli('payroll', input, '--period', PERIOD, '--out', plain)).code).toBe(0);
  expect((await cli('lock', plain, '--period', PERIOD, '--by', '王会计')).err).toBe('');
});
