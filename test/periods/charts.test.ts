/** The add-in draws native charts on the scorecard, written with the other outputs in one atomic swap. */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { runPayroll } from '../../src/engine/run';
import { buildOutputSheets } from '../../src/engine/output/build';
import type { Cell } from '../../src/engine/cell';
import { FakeExcel } from '../excel-fake';
import { sheet, workbook } from '../engine/fixture';
import { smallShop } from './small-shop';

function earlier(period: string, score: number, shopSales: number): ReturnType<typeof sheet> {
  const rows: Cell[][] = [
    ['排名', '工号', '姓名', '总分', '等级'],
    [1, 'KF01', '甲', score, '银牌'],
    [1, 'KF03', '丙', score, '银牌'],
  ];
  rows.push([], ['店铺趋势'], ['期间', '店铺销售额', '静默销售占比', '询单转化率'], [period, shopSales, 0.05, 0.4]);
  return sheet(`绩效 ${period}`, rows);
}

const data = () =>
  workbook(
    ...smallShop(),
    earlier('2026-07', 90, 120000),
    earlier('2026-08', 92, 110000),
    earlier('2026-09', 94, 100000),
  );

async function generate(fake: FakeExcel) {
  const specs = buildOutputSheets(runPayroll(data(), { period: '2026-10' }), 'zh');
  await new OfficeWorkbook(fake.run).writeOutputs(specs, []);
}

test('scores by agent within each role, and shop sales with conversion over the months', async () => {
  const fake = FakeExcel.fromWorkbookData(data());
  await generate(fake);
  const name = '绩效 2026-10';
  const charts = fake.charts(name);
  expect(charts.map((c) => c.name)).toEqual(['Scores_presales', 'Scores_aftersales', 'Shop_trend']);

  // Header row: find the name and score columns as a manager would, by their headers.
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const header = Array.from({ length: 26 }, (_, i) => fake.cell(name, `${letters[i]}1`).value);
  const nameCol = letters[header.indexOf('姓名')];
  const scoreCol = letters[header.indexOf('总分')];
  // Presales are rows 2–3 (two agents), aftersales row 4.
  expect(charts[0]).toMatchObject({ type: 'BarClustered', title: '售前总分 2026-10' });
  expect(charts[0].series).toEqual([
    {
      name: '总分',
      values: `'${name}'!${scoreCol}2:${scoreCol}3`,
      xValues: `'${name}'!${nameCol}2:${nameCol}3`,
      chartType: 'BarClustered',
      axisGroup: 'Primary',
    },
  ]);
  expect(charts[1].series[0].values).toBe(`'${name}'!${scoreCol}4`);

  // Shop block: header 1, 3 agents (2–4), blank 5, two notes (6–7), blank 8, title 9, header 10, Jul–Oct in 11–14.
  expect([fake.cell(name, 'A11').value, fake.cell(name, 'A14').value, fake.cell(name, 'B11').value]).toEqual([
    '2026-07',
    '2026-10',
    120000,
  ]);
  expect(fake.cell(name, 'B14').value).toBe(4000); // this month: 1,000 + 3,000 yuan
  const [sales, conversion] = charts[2].series;
  expect(sales).toEqual({
    name: '店铺销售额',
    values: `'${name}'!B11:B14`,
    xValues: `'${name}'!A11:A14`,
    chartType: 'ColumnClustered',
    axisGroup: 'Primary',
  });
  expect(conversion).toEqual({
    name: '询单转化率',
    values: `'${name}'!D11:D14`,
    xValues: `'${name}'!A11:A14`,
    chartType: 'Line',
    axisGroup: 'Secondary',
  });
  // Charts sit below everything, side by side, clear of the cells they plot.
  expect(charts.map((c) => c.position?.from)).toEqual(['A16', 'I16', 'Q16']);
});

test('a failed generation leaves no chart behind; regenerating replaces the charts', async () => {
  const fake = FakeExcel.fromWorkbookData(data());
  const before = fake.snapshot();
  fake.failOnOperation((op) => op.kind === 'chartPosition');
  await expect(generate(fake)).rejects.toThrow();
  expect(fake.snapshot()).toEqual(before);

  const ok = FakeExcel.fromWorkbookData(data());
  await generate(ok);
  const specs = buildOutputSheets(runPayroll(data(), { period: '2026-10' }), 'zh');
  await new OfficeWorkbook(ok.run).writeOutputs(
    specs,
    specs.map((s) => s.name),
  );
  expect(ok.charts('绩效 2026-10')).toHaveLength(3);
});
