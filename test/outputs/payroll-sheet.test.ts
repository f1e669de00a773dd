/**
 * The Payroll sheet (工资表) as finance receives it in cs-kpi's workbook:
 * every row adds up, the native SUM totals cover exactly the agent rows and
 * equal the engine, no formula but SUM anywhere, no buyer or order data.
 */
import ExcelJS from 'exceljs';
import { toWorkbookData } from '../../src/cli/xlsx-read';
import {
  readXlsx,
  runDemoPayroll,
  CliRun,
  MONEY_KEYS,
  MONEY_COLUMN,
  PAYROLL_HEADERS,
  SHEET,
  cents,
  numberOf,
  sheetOf,
  cellTexts,
} from './cli-output';

let run: CliRun;
let wb: ExcelJS.Workbook;
let payroll: ExcelJS.Worksheet;

beforeAll(async () => {
  run = await runDemoPayroll({ agents: 14, orders: 2500 });
  wb = await readXlsx(run.output);
  payroll = sheetOf(wb, SHEET.zh.payroll);
});
afterAll(() => run?.cleanup());

const agentRows = () => Array.from({ length: run.json.agents.length }, (_, i) => payroll.getRow(i + 2));
const totalsRow = () => payroll.getRow(run.json.agents.length + 2);

test('the header is the stable finance header and there is one row per agent, in the engine order', () => {
  expect((payroll.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(PAYROLL_HEADERS.zh);
  expect(run.json.agents.length).toBeGreaterThan(10);
  agentRows().forEach((row, i) => {
    expect(row.getCell(1).value).toBe(run.json.agents[i].agentId);
    expect(row.getCell(2).value).toBe(run.json.agents[i].name);
  });
  expect(totalsRow().getCell(1).value).toBe('合计');
});

test("every row's gross pay is the sum of its components to the cent, and equals the engine", () => {
  for (const [i, row] of agentRows().entries()) {
    const c = Object.fromEntries(
      MONEY_KEYS.map((k) => [k, cents(numberOf(row.getCell(MONEY_COLUMN[k]).value))]),
    ) as Record<(typeof MONEY_KEYS)[number], number>;
    expect(c.grossPay).toBe(c.basePay + c.performanceBonus + c.conversionBonus + c.commission + c.awards - c.fines);
    for (const k of MONEY_KEYS) {
      const cell = numberOf(row.getCell(MONEY_COLUMN[k]).value);
      expect(Math.abs(cell * 100 - Math.round(cell * 100))).toBeLessThan(1e-6); // whole cents
      expect(c[k]).toBe(cents(run.json.agents[i][k]));
    }
  }
});

test('the totals are native SUM formulas over exactly the agent rows, caching Σ rows = the engine total', () => {
  const n = run.json.agents.length;
  for (const k of MONEY_KEYS) {
    const col = MONEY_COLUMN[k];
    const cell = totalsRow().getCell(col);
    const v = cell.value as ExcelJS.CellFormulaValue;
    const L = cell.address.replace(/\d+$/, '');
    expect(v.formula).toBe(`SUM(${L}2:${L}${n + 1})`);
    const sumRows = agentRows().reduce((s, row) => s + cents(numberOf(row.getCell(col).value)), 0);
    expect(cents(v.result as number)).toBe(sumRows);
    expect(sumRows).toBe(run.json.agents.reduce((s, a) => s + cents(a[k]), 0));
  }
  const t = Object.fromEntries(MONEY_KEYS.map((k) => [k, cents(numberOf(totalsRow().getCell(MONEY_COLUMN[k]).value))]));
  expect(t.grossPay).toBe(t.basePay + t.performanceBonus + t.conversionBonus + t.commission + t.awards - t.fines);
});

test('no formula other than SUM anywhere in the written workbook (inputs included)', () => {
  const formulas: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (
          cell.type === ExcelJS.ValueType.Formula ||
          (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v))
        ) {
          const f =
            (v as ExcelJS.CellFormulaValue).formula ?? `shared:${(v as ExcelJS.CellSharedFormulaValue).sharedFormula}`;
          formulas.push(`${ws.name}!${cell.address} =${f}`);
        }
      }),
    );
  }
  const notSum = formulas.filter((f) => !/^工资表 2026-10![A-Z]+\d+ =SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(f));
  expect(notSum).toEqual([]);
  expect(formulas).toHaveLength(MONEY_KEYS.length);
});

test('the sheet is protected, landscape, fitted to one page wide, with a frozen header', () => {
  expect((payroll as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  expect(payroll.pageSetup.orientation).toBe('landscape');
  expect(payroll.pageSetup.fitToWidth).toBe(1);
  expect(payroll.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
});

test('no buyer name or order number from the input appears in the Payroll or Statements sheets, or the finance CSV', async () => {
  const input = toWorkbookData(await readXlsx(run.input));
  const buyers = new Set<string>();
  const orderIds = new Set<string>();
  for (const sheet of input.sheets.filter((s) => s.name.startsWith('订单'))) {
    const header = sheet.rows[0].map((h) => String(h ?? '').trim());
    const b = header.indexOf('买家会员名');
    const o = header.indexOf('订单编号');
    expect(b).toBeGreaterThanOrEqual(0);
    for (const row of sheet.rows.slice(1)) {
      if (typeof row[b] === 'string' && row[b]) buyers.add(row[b] as string);
      if (row[b] && row[o] !== null && row[o] !== undefined) orderIds.add(String(row[o]).replace(/^="?|"$/g, ''));
    }
  }
  expect(buyers.size).toBeGreaterThan(1000);
  const long = [...buyers].filter((b) => b.length >= 5);
  const leaks: string[] = [];
  const check = (where: string, text: string) => {
    if (buyers.has(text) || orderIds.has(text)) leaks.push(`${where}: ${text}`);
    for (const b of long) if (text.includes(b)) leaks.push(`${where}: ${text} contains buyer ${b}`);
  };
  for (const name of [SHEET.zh.payroll, SHEET.zh.statements])
    for (const { address, text } of cellTexts(sheetOf(wb, name))) check(`${name}!${address}`, text);
  const csv = await import('fs').then((fs) => fs.readFileSync(run.csvPath, 'utf8'));
  csv.split(/[,\r\n]+/).forEach((field, i) => check(`csv field ${i}`, field.replace(/^"|"$/g, '')));
  expect(leaks).toEqual([]);
});
