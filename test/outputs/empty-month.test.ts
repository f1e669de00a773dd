/**
 * Months with nothing in them still give finance files that open and add up:
 * no order at all (base pay only), an agent without orders beside one with,
 * and a month in which nobody on the roster was employed (totals 0.00, a CSV
 * of its header alone, no slips). LibreOffice opens every workbook.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { chat, orders, roster } from '../engine/fixture';
import { convert, findSoffice, makeProfile } from '../support/libreoffice';
import { describeWithTool, missingSoffice } from '../support/tools';
import { PAYROLL_HEADERS, readXlsx, SHEET, sheetOf } from './cli-output';
import { parseCsv } from './rfc4180';
import { runHandShop, type HandShopRun } from './hand-shop';

const cents = (v: ExcelJS.CellValue) => {
  if (typeof v === 'number') return Math.round(v * 100);
  const cached = (v as ExcelJS.CellFormulaValue).result;
  return Math.round(((cached as number) ?? 0) * 100); // ExcelJS leaves out a cached 0
};
/** The payroll's totals row: the cents of base … gross (columns G–M). */
async function payrollTotals(run: HandShopRun): Promise<number[]> {
  const ws = sheetOf(await readXlsx(run.output), SHEET.zh.payroll);
  let totals: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === '合计') totals = row;
  });
  return [7, 8, 9, 10, 11, 12, 13].map((c) => cents(totals!.getCell(c).value));
}
const csvRecords = (run: HandShopRun) => parseCsv(readFileSync(run.csvPath, 'utf8')).records;

describe('a month without orders, an agent without orders, a month without agents', () => {
  const runs: Record<string, HandShopRun> = {};
  beforeAll(async () => {
    runs.noOrders = await runHandShop([
      roster([{ id: 'A1', name: '甲' }]),
      orders([]),
      chat([{ account: '店:A1', inquiries: 0, paid: 0 }]),
    ]);
    // A2 has no order; A1 sells 200.00 (commission 0.5 % = 1.00; 业绩之星 200.00).
    runs.oneWithout = await runHandShop([
      roster([
        { id: 'A1', name: '甲' },
        { id: 'A2', name: '乙' },
      ]),
      orders([{ id: 'O1', paid: 200, memo: 'A1' }]),
      chat([{ account: '店:A1', inquiries: 0, paid: 0 }]),
    ]);
    // Hired after the month: nobody is on October's payroll.
    runs.noAgents = await runHandShop([
      roster([{ id: 'A1', name: '甲', hire: '2026-11-05' }]),
      orders([{ id: 'O1', paid: 50, memo: 'A1' }]),
      chat([{ account: '店:A1', inquiries: 0, paid: 0 }]),
    ]);
  });
  afterAll(() => Object.values(runs).forEach((r) => r.cleanup()));

  test('no orders: base pay 3,000.00 and nothing else; the grade fails, so no performance bonus', async () => {
    const run = runs.noOrders;
    expect(await payrollTotals(run)).toEqual([300000, 0, 0, 0, 0, 0, 300000]);
    expect(csvRecords(run).slice(1)).toEqual([
      ['A1', '甲', '售前', '初级', '正式', '31', '3000.00', '0.00', '0.00', '0.00', '0.00', '0.00', '3000.00'],
    ]);
    expect(run.slips).toHaveLength(1);
  });

  test('an agent without orders is paid base pay beside one who sold', async () => {
    const run = runs.oneWithout;
    // A1: 3,000 + 1.00 + 200 = 3,201.00; A2: 3,000.00.
    expect(await payrollTotals(run)).toEqual([600000, 0, 0, 100, 20000, 0, 620100]);
    const gross = csvRecords(run)
      .slice(1)
      .map((r) => [r[0], r[12]]);
    expect(gross).toEqual([
      ['A1', '3201.00'],
      ['A2', '3000.00'],
    ]);
  });

  test('nobody employed: totals 0.00, the CSV is its header alone, no slips, the DingTalk sheet its header', async () => {
    const run = runs.noAgents;
    expect(await payrollTotals(run)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(csvRecords(run)).toEqual([PAYROLL_HEADERS.zh]);
    expect(run.slips).toEqual([]);
    const ding = (await readXlsx(run.dingtalk)).worksheets[0];
    expect(ding.actualRowCount).toBe(1);
  });
});

describeWithTool('the same workbooks opened by LibreOffice', missingSoffice(), () => {
  test('the workbook and the DingTalk sheet of a month without orders or agents convert without a complaint', async () => {
    const run = await runHandShop([
      roster([{ id: 'A1', name: '甲', hire: '2026-11-05' }]),
      orders([]),
      chat([{ account: '店:A1', inquiries: 0, paid: 0 }]),
    ]);
    try {
      const profileDir = await makeProfile(path.join(run.dir, 'profile'), 'always');
      const outDir = path.join(run.dir, 'pdf');
      const result = await convert([run.output, run.dingtalk], {
        soffice: findSoffice().path!,
        to: 'pdf',
        outDir,
        profileDir,
      });
      expect(result.code).toBe(0);
      expect(result.unexpected).toEqual([]);
      for (const name of ['out.pdf', 'dingtalk.pdf'])
        expect(readFileSync(path.join(outDir, name)).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      run.cleanup();
    }
  }, 120_000);
});
