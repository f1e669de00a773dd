/** cs-kpi payroll --whatif <工号>: its own workbook with live CS.* formulas and cached results; the finance workbook keeps none. */
import { mkdirSync, mkdtempSync, existsSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { cli, readBack, writeXlsx } from '../corpus/xlsx-files';
import { baseWorkbook } from '../corpus/builder';
import { whatIfSheetName } from '../../src/engine';

const PERIOD = '2026-10';
let dir: string;

/** `cs-kpi payroll` on the demo shop of this month, writing `out`. */
const payroll = (out: string, ...more: string[]) =>
  cli('payroll', path.join(dir, 'shop.xlsx'), '--period', PERIOD, '--out', out, ...more);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cs-kpi-whatif-'));
  const demo = await cli(
    'demo',
    '--out',
    path.join(dir, 'shop.xlsx'),
    '--period',
    PERIOD,
    '--agents',
    '12',
    '--orders',
    '1500',
    '--seed',
    '4',
  );
  expect(demo.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('writes <工号>-测算-<period>.xlsx beside --out, with CS.* formulas whose cached results are the payroll', async () => {
  const out = path.join(dir, 'out', 'payroll.xlsx');
  mkdirSync(path.dirname(out));
  const run = await payroll(out, '--json', '--whatif', 'kf01');
  expect(run.code).toBe(0);
  const json = JSON.parse(run.out);
  const kf01 = json.agents.find((a: { agentId: string }) => a.agentId === 'KF01');
  const file = path.join(dir, 'out', `KF01-测算-${PERIOD}.xlsx`);
  expect(existsSync(file)).toBe(true);
  const wb = await readBack(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual([`测算 KF01 ${PERIOD}`]);
  const ws = wb.worksheets[0];
  const formulas: { formula: string; result: unknown }[] = [];
  const byItem = new Map<string, ExcelJS.CellValue>();
  ws.eachRow((row) => {
    byItem.set(String(row.getCell(1).value), row.getCell(2).value);
    row.eachCell((c) => {
      if (c.formula) formulas.push({ formula: c.formula, result: c.result });
    });
  });
  expect(formulas.some((f) => f.formula.startsWith('IFNA(CS.SCORE('))).toBe(true);
  expect(formulas.some((f) => f.formula.startsWith('CS.COMMISSION('))).toBe(true);
  const gross = byItem.get('应发工资') as ExcelJS.CellFormulaValue;
  expect(gross.result).toBe(kf01.grossPay);
  expect((byItem.get('提成') as ExcelJS.CellFormulaValue).result).toBe(kf01.commission);
  expect(byItem.get('询单人数')).toBe(kf01.inquiries); // an input: a plain, editable value

  // The finance workbook keeps no CS.* formula.
  const fin = await readBack(out);
  for (const w of fin.worksheets)
    w.eachRow((row) => row.eachCell((c) => expect(String(c.formula ?? '')).not.toMatch(/CS\./)));
});

test('an unknown 工号 is a plain message and exit 1, and nothing is written', async () => {
  const out = path.join(dir, 'x.xlsx');
  const run = await payroll(out, '--whatif', 'KF999');
  expect(run.code).toBe(1);
  expect(run.err).toContain('KF999');
  expect(existsSync(out)).toBe(false);
});

test('a 工号 with / or : in it makes a file name beside --out, as the slips do (KF/01 → KF_01)', async () => {
  const wb = baseWorkbook();
  wb.sheets[0].rows[1][0] = 'KF/01:A'; // 张晓梅's 工号
  const shop = await writeXlsx(wb, path.join(dir, 'slash.xlsx'));
  const out = path.join(dir, 'slash-out.xlsx');
  const run = await cli('payroll', shop, '--period', PERIOD, '--out', out, '--whatif', 'KF/01:A');
  expect(run.code).toBe(0);
  const file = path.join(dir, `KF_01_A-测算-${PERIOD}.xlsx`);
  expect(existsSync(file)).toBe(true);
  // Excel refuses : and / in a sheet name (the workbook needs repair); the sheet was "测算 KF/01:A 2026-10".
  expect((await readBack(file)).worksheets.map((w) => w.name)).toEqual([`测算 KF_01_A ${PERIOD}`]);
});

test('the what-if sheet name: Excel-refused characters and spaces become _, a long 工号 is cut, never the period', () => {
  expect(whatIfSheetName('A[1]/\\?*', '2026-10', 'zh')).toBe('测算 A_1_____ 2026-10');
  expect(whatIfSheetName('K F', '2026-10', 'en')).toBe('What-if K_F 2026-10');
  // "What-if " and " 2026-10" take 16 of the 31 characters, "测算 " and " 2026-10" 11.
  expect(whatIfSheetName('ABCDEFGHIJKLMNOPQRSTUVWX', '2026-10', 'en')).toBe('What-if ABCDEFGHIJKLMNO 2026-10');
  expect(whatIfSheetName('ABCDEFGHIJKLMNOPQRSTUVWX', '2026-10', 'zh')).toBe('测算 ABCDEFGHIJKLMNOPQRST 2026-10');
});

test('a week is an assessment: --whatif is refused (exit 2) as --slips is, and nothing is written', async () => {
  const out = path.join(dir, 'week.xlsx');
  const run = await cli(
    'payroll',
    path.join(dir, 'shop.xlsx'),
    '--period',
    '2026-W43',
    '--out',
    out,
    '--whatif',
    'KF01',
  );
  expect(run.code).toBe(2);
  expect(run.err).toContain('--whatif 是工资测算：2026-W43 是考核期');
  expect(existsSync(out)).toBe(false);
  expect(existsSync(path.join(dir, 'KF01-测算-2026-W43.xlsx'))).toBe(false);
});
