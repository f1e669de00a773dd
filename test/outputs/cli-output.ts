/**
 * Runs `cs-kpi demo` then `cs-kpi payroll --json --csv` (through main(), as
 * the command line does) in a temporary directory, and hands back what finance
 * receives: the written workbook, the finance CSV and the engine's JSON.
 */
import { mkdtempSync, promises as fs, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { payrollJson } from '../../src/engine/output/json';
import type { Lang } from '../../src/engine/model';

export type PayrollJson = ReturnType<typeof payrollJson>;
export type JsonAgent = PayrollJson['agents'][number];

export const PERIOD = '2026-10';
export const MONEY_KEYS = [
  'basePay',
  'performanceBonus',
  'conversionBonus',
  'commission',
  'awards',
  'fines',
  'grossPay',
] as const;
export type MoneyKey = (typeof MONEY_KEYS)[number];
export const PAYROLL_HEADERS: Record<Lang, string[]> = {
  zh: [
    '工号',
    '姓名',
    '岗位',
    '级别',
    '状态',
    '在岗天数',
    '底薪',
    '绩效奖金',
    '转化奖金',
    '提成',
    '奖励',
    '罚款',
    '应发工资',
  ],
  en: [
    'Agent ID',
    'Name',
    'Role',
    'Level',
    'Status',
    'Days employed',
    'Base pay',
    'Performance bonus',
    'Conversion bonus',
    'Commission',
    'Awards',
    'Fines',
    'Gross pay',
  ],
};
/** Column of each money component in the Payroll sheet (1-based, as ExcelJS counts). */
export const MONEY_COLUMN: Record<MoneyKey, number> = {
  basePay: 7,
  performanceBonus: 8,
  conversionBonus: 9,
  commission: 10,
  awards: 11,
  fines: 12,
  grossPay: 13,
};

export const SHEET = {
  zh: {
    payroll: `工资表 ${PERIOD}`,
    statements: `工资条 ${PERIOD}`,
    scorecard: `绩效 ${PERIOD}`,
    issues: `数据问题 ${PERIOD}`,
    audit: `审计 ${PERIOD}`,
  },
  en: {
    payroll: `Payroll ${PERIOD}`,
    statements: `Statements ${PERIOD}`,
    scorecard: `Scorecard ${PERIOD}`,
    issues: `Issues ${PERIOD}`,
    audit: `Audit ${PERIOD}`,
  },
} as const;

export interface CliRun {
  dir: string;
  input: string;
  output: string;
  csvPath: string;
  json: PayrollJson;
  stderr: string;
  cleanup: () => void;
}

export interface DemoSize {
  agents: number;
  orders: number;
  seed?: number;
  lang?: Lang;
}

/** Yuan as written in a cell (a float with 2 decimals) → integer cents. */
export const cents = (yuan: number): number => Math.round(yuan * 100);

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

export async function runDemoPayroll(
  size: DemoSize,
  dir = mkdtempSync(path.join(os.tmpdir(), 'cs-kpi-out-')),
): Promise<CliRun> {
  const input = path.join(dir, 'shop.xlsx');
  const lang = size.lang ?? 'zh';
  const output = path.join(dir, `shop-${PERIOD}-${lang}.xlsx`);
  const csvPath = path.join(dir, `工资表-${PERIOD}-${lang}.csv`);
  try {
    const demo = await cli([
      'demo',
      '--out',
      input,
      '--period',
      PERIOD,
      '--agents',
      String(size.agents),
      '--orders',
      String(size.orders),
      '--seed',
      String(size.seed ?? 7),
    ]);
    if (demo.code !== 0) throw new Error(`cs-kpi demo failed (${demo.code}): ${demo.err}`);
    return await runPayrollOn(input, output, csvPath, lang, dir);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export async function runPayrollOn(
  input: string,
  output: string,
  csvPath: string,
  lang: Lang,
  dir = path.dirname(output),
): Promise<CliRun> {
  const run = await cli([
    'payroll',
    input,
    '--period',
    PERIOD,
    '--out',
    output,
    '--csv',
    csvPath,
    '--json',
    '--lang',
    lang,
  ]);
  if (run.code !== 0) throw new Error(`cs-kpi payroll failed (${run.code}): ${run.err}`);
  return {
    dir,
    input,
    output,
    csvPath,
    json: JSON.parse(run.out) as PayrollJson,
    stderr: run.err,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet "${name}" missing; sheets: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** A cell's number: the value, or a formula's cached result. */
export function numberOf(v: ExcelJS.CellValue): number {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'formula' in v && typeof (v as ExcelJS.CellFormulaValue).result === 'number')
    return (v as ExcelJS.CellFormulaValue).result as number;
  throw new Error(`not a number: ${JSON.stringify(v)}`);
}

/** Every cell's text as a reader sees it (formula cells: the formula), with its address. */
export function* cellTexts(ws: ExcelJS.Worksheet): Generator<{ address: string; text: string }> {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const v = cell.value;
      if (v === null || v === undefined) continue;
      let text: string;
      if (typeof v === 'object' && 'richText' in v) text = v.richText.map((t) => t.text).join('');
      else if (typeof v === 'object' && 'formula' in v) text = `=${v.formula}`;
      else if (v instanceof Date) text = v.toISOString();
      else text = String(v);
      yield { address: cell.address, text };
    }
  }
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}
