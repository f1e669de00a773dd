/**
 * The scorecard is an Excel table, and Excel refuses a table whose column
 * names repeat: the workbook opens only after "repair", which drops the
 * table. KPI names are the manager's: two KPIs both named 主管评分, or one
 * named 总分, repeated a column name. The later KPI column now carries its key.
 */
import { readFileSync } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import { chat, orders, planWithKpis, roster, sheet } from '../engine/fixture';
import { readXlsx, SHEET, sheetOf } from './cli-output';
import { runHandShop, type HandShopRun } from './hand-shop';

const headerRow = (ws: import('exceljs').Worksheet) =>
  (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v));

describe('KPI columns named like other columns', () => {
  let run: HandShopRun;
  beforeAll(async () => {
    const plan = planWithKpis(
      [],
      [
        { 指标键: 'sales', 度量: '销售额', 目标: 60000, '权重·售前': 50 },
        { 指标键: 'sup1', 指标名称: '主管评分', 度量: '评分:主管评分', 目标: 80, '权重·售前': 20 },
        { 指标键: 'sup2', 指标名称: '主管评分', 度量: '评分:考勤', 目标: 80, '权重·售前': 20 },
        { 指标键: 'overall', 指标名称: '总分', 度量: '评分:总评', 目标: 80, '权重·售前': 10 },
      ],
    );
    run = await runHandShop([
      roster([{ id: 'A1', name: '甲' }]),
      orders([{ id: 'O1', paid: 100, memo: 'A1' }]),
      chat([{ account: '店:A1', inquiries: 0, paid: 0 }]),
      plan,
      sheet('评分', [
        ['工号', '项目', '分数', '日期'],
        ['A1', '主管评分', 90, '2026-10-10'],
        ['A1', '考勤', 100, '2026-10-10'],
        ['A1', '总评', 70, '2026-10-10'],
      ]),
    ]);
  });
  afterAll(() => run?.cleanup());

  test('every header of the scorecard is different; the fixed 总分 keeps its name', async () => {
    const ws = sheetOf(await readXlsx(run.output), SHEET.zh.scorecard);
    const headers = headerRow(ws);
    expect(new Set(headers.map((h) => h.toLowerCase())).size).toBe(headers.length);
    // Value columns of the three rating KPIs, then their score columns, as named by hand.
    for (const h of [
      '主管评分',
      '主管评分 (sup2)',
      '总分 (overall)',
      '主管评分得分',
      '主管评分得分 (sup2)',
      '总分得分',
    ])
      expect(headers).toContain(h);
    expect(headers.filter((h) => h === '总分')).toHaveLength(1);
  });

  test('the table part names the same, different, columns', () => {
    const xml = strFromU8(unzipSync(readFileSync(run.output))['xl/tables/table1.xml']);
    const names = [...xml.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names).size).toBe(names.length);
  });
});
