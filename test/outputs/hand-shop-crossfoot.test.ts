/**
 * A four-agent shop whose pay is worked out by hand, with the sub-cent cases a
 * clerk checks: one order of 100.00 shared by three agents, commission of
 * 0.5 % on 33.33 (0.16665 → 0.17), proration by days, sub-cent adjustments
 * (33.335 → 33.34, a float that is 33.33499… in binary). Every output finance
 * receives must give the same amounts to the cent: the payroll rows and SUM
 * totals, the statements, the finance CSV, the slips and the DingTalk sheet.
 * Names start with = + - @: they stay text everywhere; no buyer nick anywhere.
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { chat, orders, roster, sheet } from '../engine/fixture';
import { cellTexts, numberOf, readXlsx, SHEET, sheetOf } from './cli-output';
import { parseCsv } from './rfc4180';
import { runHandShop, type HandShopRun } from './hand-shop';

const NAMES = { A1: '+甲', A2: '-乙', A3: '@丙', A4: "=cmd|' /C calc'!A0" };
const BUYER = 'buyerNick77';
const SHOP = [
  roster([
    { id: 'A1', name: NAMES.A1 },
    { id: 'A2', name: NAMES.A2, hire: '2026-10-12' },
    { id: 'A3', name: NAMES.A3, hire: '2026-10-15', status: '试用' },
    { id: 'A4', name: NAMES.A4, role: '售后', level: '中级' },
  ]),
  orders([{ id: 'O1', buyer: BUYER, paid: 100, memo: 'A1 A2 A3', pay: '2026-10-20 12:00:00' }]),
  chat([{ account: '店:A1', date: '2026-10-20', inquiries: 0, paid: 0 }]),
  sheet('奖惩', [
    ['工号', '日期', '类型', '金额', '原因'],
    ['A1', '2026-10-03', '奖励', 0.125, '发现错误'],
    ['A1', '2026-10-04', '违规', null, '迟到'],
    ['A2', '2026-10-05', '罚款', 0.005, '=HYPERLINK("http://x")'],
    ['A3', '2026-10-20', '奖励', 33.335, '建议'],
  ]),
  // Every grade pays the same coefficient, so the performance bonus does not hang on the score.
  sheet('方案', [
    ['键', '值', '说明'],
    ...['gold', 'silver', 'bronze', 'fail'].map((g) => [`pay.gradeCoefficient.${g}`, 1.1, null]),
  ]),
];

// By hand, in cents: base, performance, conversion, commission, awards, fines, gross.
// Base: A1 3,000; A2 3,000 × 20/31 = 1,935.4838 → 1,935.48; A3 3,000 × 80 % × 17/31 = 1,316.129 → 1,316.13; A4 3,500.
// Performance: 500 × 1.1 = 550 (初级), 800 × 1.1 = 880 (中级). No chat data: no conversion bonus.
// Order O1 100.00 split 33.34 / 33.33 / 33.33 (the odd cent to the first on the roster); commission 0.5 % of each:
// 0.1667 → 0.17 and 0.16665 → 0.17. A1 has the highest sales: 业绩之星 200.
// Awards: A1 200 + 0.125 → 0.13 = 200.13; A3 33.335 → 33.34. Fines: A1 first violation 10; A2 0.005 → 0.01.
const PAY: Record<keyof typeof NAMES, number[]> = {
  A1: [300000, 55000, 0, 17, 20013, 1000, 374030],
  A2: [193548, 55000, 0, 17, 0, 1, 248564],
  A3: [131613, 55000, 0, 17, 3334, 0, 189964],
  A4: [350000, 88000, 0, 0, 0, 0, 438000],
};
const TOTALS = [975161, 253000, 0, 51, 23347, 1001, 1250558]; // awards 200.13 + 33.34
const IDS = Object.keys(PAY) as (keyof typeof NAMES)[];
const cents = (yuan: number) => Math.round(yuan * 100);

describe('a shop paid by hand: every output finance receives agrees to the cent', () => {
  let run: HandShopRun;
  let out: ExcelJS.Workbook;
  beforeAll(async () => {
    run = await runHandShop(SHOP);
    out = await readXlsx(run.output);
  });
  afterAll(() => run?.cleanup());

  test('the totals worked out by hand add up', () => {
    for (let k = 0; k < 7; k++) expect(IDS.reduce((s, id) => s + PAY[id][k], 0)).toBe(TOTALS[k]);
    for (const id of IDS) {
      const [base, perf, conv, comm, awards, fines, gross] = PAY[id];
      expect(base + perf + conv + comm + awards - fines).toBe(gross);
    }
  });

  test('payroll: each row, and the SUM totals row, to the cent; names are text', () => {
    const ws = sheetOf(out, SHEET.zh.payroll);
    IDS.forEach((id, i) => {
      const row = ws.getRow(2 + i);
      expect(row.getCell(1).value).toBe(id);
      expect(row.getCell(2).value).toBe(NAMES[id]);
      expect(row.getCell(2).formula).toBeUndefined();
      expect([7, 8, 9, 10, 11, 12, 13].map((c) => cents(row.getCell(c).value as number))).toEqual(PAY[id]);
    });
    const totals = ws.getRow(6);
    [7, 8, 9, 10, 11, 12, 13].forEach((c, k) => {
      const letter = String.fromCharCode(64 + c);
      expect((totals.getCell(c).value as ExcelJS.CellFormulaValue).formula).toBe(`SUM(${letter}2:${letter}5)`);
      if (TOTALS[k] !== 0) expect(cents(numberOf(totals.getCell(c).value))).toBe(TOTALS[k]); // ExcelJS drops a cached 0
    });
  });

  test('the finance CSV: the same amounts as two-decimal text, names behind an apostrophe', () => {
    const { records } = parseCsv(readFileSync(run.csvPath, 'utf8'));
    const body = records.slice(1);
    expect(body.map((r) => r[0])).toEqual(IDS);
    body.forEach((r, i) => {
      const id = IDS[i];
      expect(r[1]).toBe(`'${NAMES[id]}`);
      expect(r.slice(6)).toEqual(PAY[id].map((c) => (c / 100).toFixed(2)));
    });
    expect(records[2].slice(6)).toEqual(['1935.48', '550.00', '0.00', '0.17', '0.00', '0.01', '2485.64']);
    for (let k = 0; k < 7; k++) expect(body.reduce((s, r) => s + cents(Number(r[6 + k])), 0)).toBe(TOTALS[k]);
  });

  test('statements, slips and the DingTalk sheet: each gross pay, and their sums, as the payroll', async () => {
    const grossOf = (ws: ExcelJS.Worksheet) => {
      const found: number[] = [];
      ws.eachRow((row) => {
        if (row.getCell(1).value === '应发工资') found.push(cents(row.getCell(2).value as number));
      });
      return found;
    };
    const gross = IDS.map((id) => PAY[id][6]);
    expect(grossOf(sheetOf(out, SHEET.zh.statements))).toEqual(gross);

    expect(run.slips).toHaveLength(4);
    const slipGross: number[] = [];
    for (const file of run.slips) slipGross.push(...grossOf((await readXlsx(file)).worksheets[0]));
    expect(slipGross.reduce((a, b) => a + b, 0)).toBe(TOTALS[6]);
    expect([...slipGross].sort((a, b) => a - b)).toEqual([...gross].sort((a, b) => a - b));

    const ding = (await readXlsx(run.dingtalk)).worksheets[0];
    IDS.forEach((id, i) => {
      const row = ding.getRow(2 + i);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual([id, NAMES[id], '2026-10']);
      expect([4, 5, 6, 7, 8, 9, 10].map((c) => cents(row.getCell(c).value as number))).toEqual(PAY[id]);
    });
  });

  test('no formula anywhere but the SUM totals, and no buyer nick in any pay output', async () => {
    const books = [out, await readXlsx(run.dingtalk), ...(await Promise.all(run.slips.map(readXlsx)))];
    const formulas: string[] = [];
    for (const wb of books)
      for (const ws of wb.worksheets) {
        ws.eachRow((row) => row.eachCell((cell) => void (cell.formula && formulas.push(`${ws.name}!${cell.formula}`))));
        if (ws.name !== SHEET.zh.issues) for (const { text } of cellTexts(ws)) expect(text).not.toContain(BUYER);
      }
    expect(formulas).toEqual(['G', 'H', 'I', 'J', 'K', 'L', 'M'].map((c) => `${SHEET.zh.payroll}!SUM(${c}2:${c}5)`));
    expect(readFileSync(run.csvPath, 'utf8')).not.toContain(BUYER);
  });
});
