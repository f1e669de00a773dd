/** Plan key period.pay: a week or range is paid, each monthly amount × the share of a month its days make. */
import { runPayroll } from '../../src/engine/run';
import { buildOutputSheets } from '../../src/engine/output/build';
import { periodJson } from '../../src/engine/output/json';
import { monthShare } from '../../src/engine/period-share';
import { serialOf } from '../../src/engine/dates';
import { chat, orders, roster, sheet, workbook } from '../engine/fixture';

// ISO week 2026-W44 runs Monday 26 October to Sunday 1 November: 6 October days (of 31) and 1 November day (of 30),
// so it earns 6/31 + 1/30 = (180 + 31) / 930 = 211/930 of a month.
const wb = (planRows: (string | number)[][]) =>
  workbook(
    roster([{ id: 'KF01' }, { id: 'KF02', hire: '2026-10-29' }]),
    orders([
      { id: 'o1', paid: 20000, pay: '2026-10-27 10:00:00', memo: 'KF01' },
      { id: 'o2', paid: 100, pay: '2026-11-02 00:00:00', memo: 'KF01' }, // Monday of W45: out
    ]),
    chat([
      { account: '店:KF01', date: '2026-10-27', inquiries: 20, paid: 11 },
      { account: '店:KF02', date: '2026-10-30', inquiries: 10, paid: 0 },
    ]),
    sheet('方案', [['键', '值'], ...planRows]),
  );
// Every grade pays the coefficient 1, so the performance bonus does not depend on the score.
const flatGrades = [
  ['pay.gradeCoefficient.gold', 1],
  ['pay.gradeCoefficient.silver', 1],
  ['pay.gradeCoefficient.bronze', 1],
  ['pay.gradeCoefficient.fail', 1],
];

test('the share of a month: days counted against their own month, exact', () => {
  const w44 = monthShare(serialOf(2026, 10, 26), serialOf(2026, 11, 2));
  expect([w44.num, w44.den]).toEqual([BigInt(211), BigInt(930)]);
  expect(w44.parts).toEqual([
    { days: 6, daysInMonth: 31 },
    { days: 1, daysInMonth: 30 },
  ]);
  // A whole month is exactly 1, and a leap February's 29 days too.
  const oct = monthShare(serialOf(2026, 10, 1), serialOf(2026, 11, 1));
  expect([oct.num, oct.den]).toEqual([BigInt(1), BigInt(1)]);
  const feb = monthShare(serialOf(2028, 2, 1), serialOf(2028, 3, 1));
  expect([feb.num, feb.den]).toEqual([BigInt(1), BigInt(1)]);
});

test('without the key a week is an assessment: no pay in JSON or sheets', () => {
  const r = runPayroll(wb(flatGrades), { period: '2026-W44' });
  expect(r.paysPeriod).toBe(false);
  expect(periodJson(r).agents[0]).not.toHaveProperty('grossPay');
  expect(buildOutputSheets(r, 'zh').map((s) => s.kind)).toEqual(['scorecard', 'issues', 'audit']);
});

test('with period.pay = 是, a week is paid: hand-computed base, performance, conversion bonus and commission', () => {
  const r = runPayroll(wb([['period.pay', '是'], ...flatGrades]), { period: '2026-W44' });
  expect(r.paysPeriod).toBe(true);
  const kf01 = r.agents.find((a) => a.agent.agentId === 'KF01')!;
  // Base: junior 3,000.00 × 211/930 = 680.645… → 680.65.
  expect(kf01.pay.basePay).toBe(68065);
  // Performance: junior base 500.00 × coefficient 1 × 211/930 = 113.440… → 113.44.
  expect(kf01.pay.performanceBonus).toBe(11344);
  // Conversion 11/20 = 55 %: 50 % start 800 + 2 steps × 400 = 1,600.00 a month × 211/930 = 363.010… → 363.01.
  expect(kf01.pay.conversionBonus).toBe(36301);
  // Commission on the week's 20,000.00 of sales, tiers 50,000 / 100,000 × 211/930 = 11,344.09 / 22,688.17:
  // 11,344.09 × 0.5 % + (20,000 − 11,344.09) × 1 % = 56.72045 + 86.5591 = 143.27955 → 143.28.
  expect(kf01.pay.commission).toBe(14328);
  expect(kf01.pay.grossPay).toBe(68065 + 11344 + 36301 + 14328 + kf01.pay.awards - kf01.pay.fines);
  const base = r.agents.find((a) => a.agent.agentId === 'KF01')!.statement.find((l) => l.component === 'basePay')!;
  expect(base.explanation.zh).toContain('6/31 + 1/30 个月');
  // KF02, hired Thursday 29 October: employed 29, 30, 31 October and 1 November = 3/31 + 1/30 = 121/930;
  // 3,000.00 × 121/930 = 390.322… → 390.32.
  const kf02 = r.agents.find((a) => a.agent.agentId === 'KF02')!;
  expect(kf02.pay.basePay).toBe(39032);
  // A paid week writes the pay sheets and its JSON has the pay fields.
  expect(buildOutputSheets(r, 'zh').map((s) => s.kind)).toContain('payroll');
  expect(periodJson(r).agents.find((a: { agentId: string }) => a.agentId === 'KF01')).toHaveProperty(
    'grossPay',
    68065 / 100 + 113.44 + 363.01 + 143.28 + (kf01.pay.awards - kf01.pay.fines) / 100,
  );
});

test('a month is unchanged by the key', () => {
  const off = runPayroll(wb(flatGrades), { period: '2026-10' });
  const on = runPayroll(wb([['period.pay', '是'], ...flatGrades]), { period: '2026-10' });
  expect(on.agents.map((a) => a.pay)).toEqual(off.agents.map((a) => a.pay));
  expect(on.agents.map((a) => a.statement)).toEqual(off.agents.map((a) => a.statement));
});

describe('cs-kpi payroll for a week: the finance CSV only when the plan pays weeks', () => {
  const { mkdtempSync, existsSync, readFileSync } = jest.requireActual<typeof import('fs')>('fs');
  const path = jest.requireActual<typeof import('path')>('path');
  const dir = mkdtempSync(path.join(jest.requireActual<typeof import('os')>('os').tmpdir(), 'cs-week-pay-'));
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
  };
  const write = async (file: string, planRows: (string | number)[][]) => {
    const ExcelJS = (await import('exceljs')).default;
    const { addValuesSheet, writeAtomically } = await import('../../src/cli/xlsx-write');
    const book = new ExcelJS.Workbook();
    for (const s of wb(planRows).sheets) addValuesSheet(book, s);
    await writeAtomically(book, file);
  };

  test('refused (exit 2, nothing written) for an assessment week, written for a paid one', async () => {
    const { main } = await import('../../src/cli/main');
    const assessed = path.join(dir, 'assessed.xlsx');
    await write(assessed, flatGrades);
    const c1 = capture();
    const csv1 = path.join(dir, 'assessed.csv');
    expect(await main(['payroll', assessed, '--period', '2026-W44', '--csv', csv1], c1.io)).toBe(2);
    expect(c1.err.join('\n')).toContain('period.pay');
    expect(existsSync(csv1)).toBe(false);
    expect(existsSync(path.join(dir, 'assessed-2026-W44.xlsx'))).toBe(false);

    const paid = path.join(dir, 'paid.xlsx');
    await write(paid, [['period.pay', '是'], ...flatGrades]);
    const c2 = capture();
    const csv2 = path.join(dir, 'paid.csv');
    expect(await main(['payroll', paid, '--period', '2026-W44', '--csv', csv2, '--json'], c2.io)).toBe(0);
    const kf01 = JSON.parse(c2.out.join('\n')).agents.find((a: { agentId: string }) => a.agentId === 'KF01');
    expect(kf01.basePay).toBe(680.65);
    expect(readFileSync(csv2, 'utf8')).toContain('680.65');
  });

  test('a paid week has a change list: --compare against the earlier run of the same week', async () => {
    const { main } = await import('../../src/cli/main');
    const first = path.join(dir, 'w1.xlsx');
    await write(first, [['period.pay', '是'], ...flatGrades]);
    const out1 = path.join(dir, 'w1-out.xlsx');
    expect(await main(['payroll', first, '--period', '2026-W44', '--out', out1], capture().io)).toBe(0);
    // Junior base pay 3,000 → 3,100 a month: KF01's week base 3,100 × 211/930 = 703.333… → 703.33 (was 680.65);
    // KF02's 3,100 × 121/930 = 403.333… → 403.33 (was 390.32).
    const second = path.join(dir, 'w2.xlsx');
    await write(second, [['period.pay', '是'], ['pay.base.junior', 3100], ...flatGrades]);
    const c = capture();
    expect(
      await main(
        [
          'payroll',
          second,
          '--period',
          '2026-W44',
          '--out',
          path.join(dir, 'w2-out.xlsx'),
          '--compare',
          out1,
          '--json',
        ],
        c.io,
      ),
    ).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    const byId = Object.fromEntries(json.changes.map((x: { agentId: string }) => [x.agentId, x]));
    expect(byId.KF01.components.basePay).toEqual([680.65, 703.33]);
    expect(byId.KF02.components.basePay).toEqual([390.32, 403.33]);
    expect(byId.KF01.grossPayAfter - byId.KF01.grossPayBefore).toBeCloseTo(22.68, 2);
    expect(JSON.stringify(json.planChanged)).toContain('pay.base.junior');
  });
});
