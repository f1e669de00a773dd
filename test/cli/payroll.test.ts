import { mkdtempSync, readFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { generateDemoWorkbook } from '../../src/engine';
import { addValuesSheet, writeAtomically } from '../../src/cli/xlsx-write';
import { readBack } from '../corpus/xlsx-files';

const sheetNames = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

async function writeWorkbook(file: string, sheets: ReturnType<typeof generateDemoWorkbook>['sheets']) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) addValuesSheet(wb, s);
  await writeAtomically(wb, file);
}

describe('cs-kpi payroll on a generated workbook (README: Command line)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cs-kpi-'));
  const input = path.join(dir, 'shop.xlsx');
  const data = generateDemoWorkbook({ agents: 12, orders: 1500, seed: 7 });

  beforeAll(async () => writeWorkbook(input, data.sheets));

  test('writes the output sheets to a new file and prints the --json object', async () => {
    const before = readFileSync(input);
    const c = capture();
    const code = await main(
      ['payroll', input, '--period', '2026-10', '--json', '--csv', path.join(dir, 'pay.csv')],
      c.io,
    );
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true); // the input is never modified
    const json = JSON.parse(c.out.join('\n'));
    expect(json.period).toBe('2026-10');
    expect(json.agents).toHaveLength(12);
    for (const key of [
      'agentId',
      'name',
      'role',
      'level',
      'sales',
      'buyers',
      'units',
      'inquiries',
      'paidBuyers',
      'conversion',
      'aov',
      'upt',
      'replyRate',
      'avgResponseSec',
      'satisfaction',
      'refundRate',
      'score',
      'grade',
      'rank',
      'stars',
      'basePay',
      'performanceBonus',
      'conversionBonus',
      'commission',
      'awards',
      'fines',
      'grossPay',
    ]) {
      expect(json.agents[0]).toHaveProperty(key);
    }
    expect(json.shop).toHaveProperty('silentSales');
    expect(Array.isArray(json.issues)).toBe(true);

    const out = path.join(dir, 'shop-2026-10.xlsx');
    expect(existsSync(out)).toBe(true);
    const wb = await readBack(out);
    // exactly the output sheets: no order or buyer data travels with the payroll
    expect(sheetNames(wb)).toEqual(['绩效', '工资表', '工资条', '数据问题', '审计'].map((w) => `${w} 2026-10`));
    const payroll = wb.getWorksheet('工资表 2026-10')!;
    // row 1 header, rows 2..13 agents, row 14 totals with native SUM
    const gross = payroll.getRow(14).getCell(13).value as ExcelJS.CellFormulaValue;
    expect(gross.formula).toBe('SUM(M2:M13)');
    const sum = json.agents.reduce((s: number, a: { grossPay: number }) => s + Math.round(a.grossPay * 100), 0);
    expect(Math.round((gross.result as number) * 100)).toBe(sum);
    for (let r = 2; r <= 13; r++) {
      const row = payroll.getRow(r);
      const agent = json.agents.find((a: { agentId: string }) => a.agentId === row.getCell(1).value)!;
      expect(row.getCell(13).value).toBe(agent.grossPay);
    }
    const csv = readFileSync(path.join(dir, 'pay.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  test('running again replaces the output file; --lang en names the sheets in English', async () => {
    const out = path.join(dir, 'again.xlsx');
    expect(await main(['payroll', input, '--period', '2026-10', '--out', out], capture().io)).toBe(0);
    expect(await main(['payroll', input, '--period', '2026-10', '--out', out, '--lang', 'en'], capture().io)).toBe(0);
    expect(sheetNames(await readBack(out))).toEqual(
      ['Scorecard', 'Payroll', 'Statements', 'Issues', 'Audit'].map((w) => `${w} 2026-10`),
    );
  });

  test('--history brings earlier scorecards for consecutive-failure streaks', async () => {
    const bare = path.join(dir, 'bare.xlsx');
    await writeWorkbook(
      bare,
      data.sheets.filter((s) => !s.name.startsWith('绩效')),
    );
    const c = capture();
    expect(
      await main(['payroll', bare, '--period', '2026-10', '--json', '--out', path.join(dir, 'bare-out.xlsx')], c.io),
    ).toBe(0);
    const failing = JSON.parse(c.out.join('')).agents.find((a: { grade: string }) => a.grade === '不达标');
    expect(failing).toBeDefined();
    expect(failing.failureStreak).toBe(1);
    const hist = path.join(dir, 'history.xlsx');
    await writeWorkbook(hist, [
      {
        name: '绩效 2026-09',
        rows: [
          ['工号', '等级'],
          [failing.agentId, '不达标'],
        ],
      },
      {
        name: 'Scorecard 2026-08',
        rows: [
          ['Agent ID', 'Grade'],
          [failing.agentId, '不达标'],
        ],
      },
      { name: '订单报表', rows: [['ignored']] }, // only scorecards are taken from a history file
    ]);
    const c2 = capture();
    expect(
      await main(
        [
          'payroll',
          bare,
          '--period',
          '2026-10',
          '--json',
          '--history',
          hist,
          '--out',
          path.join(dir, 'bare-out2.xlsx'),
        ],
        c2.io,
      ),
    ).toBe(0);
    const again = JSON.parse(c2.out.join('')).agents.find((a: { agentId: string }) => a.agentId === failing.agentId);
    expect(again.failureStreak).toBe(3);
    expect(again.streakFlag).toBe('elimination');
  });

  test('missing required sheet → exit 1 naming it; usage errors → exit 2', async () => {
    const noRoster = path.join(dir, 'no-roster.xlsx');
    await writeWorkbook(
      noRoster,
      data.sheets.filter((s) => s.name !== '花名册'),
    );
    const c = capture();
    expect(await main(['payroll', noRoster, '--period', '2026-10'], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('花名册');

    const noColumn = path.join(dir, 'no-column.xlsx');
    const sheets = data.sheets.map((s) =>
      s.name === '订单报表' ? { ...s, rows: s.rows.map((r) => r.filter((_, i) => i !== 8)) } : s,
    );
    await writeWorkbook(noColumn, sheets);
    const c2 = capture();
    expect(await main(['payroll', noColumn, '--period', '2026-10', '--lang', 'en'], c2.io)).toBe(1);
    expect(c2.err.join('\n')).toMatch(/Sheet "订单报表" is missing the required column "订单付款时间"/);

    expect(await main(['payroll', input], capture().io)).toBe(2);
    expect(await main(['payroll', input, '--period', '2026-13'], capture().io)).toBe(2);
    expect(await main(['payroll', input, '--period', '2026-10', '--out', input], capture().io)).toBe(2);
    expect(await main(['payroll', input, '--period', '2026-10', '--bogus'], capture().io)).toBe(2);
    expect(await main(['frobnicate'], capture().io)).toBe(2);
    const c3 = capture();
    expect(await main(['payroll', path.join(dir, 'nope.xlsx'), '--period', '2026-10'], c3.io)).toBe(1);
  });
});
