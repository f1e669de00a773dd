/**
 * Plan values as a manager types them: percentages written 5%, 0.05 or a bare 5, and a key written twice.
 * One presales junior with 120,000 of sales and a conversion of 53/100; every amount below is worked by hand.
 */
import { runPayroll } from '../../src/engine';
import type { Cell } from '../../src/engine/cell';
import { roster, orders, chat, sheet, workbook, PERIOD, planWithKpis } from './fixture';

const shop = [
  roster([{ id: 'KF01' }]),
  chat([{ account: '店:KF01', inquiries: 100, paid: 53, received: 20 }]),
  orders([{ id: 'A1', paid: 120000, memo: 'KF01' }]),
];
const runWith = (plan: ReturnType<typeof sheet>) => runPayroll(workbook(...shop, plan), { period: PERIOD });
const runPlan = (rows: Cell[][]) => runWith(sheet('方案', [['键', '值'], ...rows]));
const pay = (r: ReturnType<typeof runPlan>) => r.agents[0].pay;
const planIssues = (r: ReturnType<typeof runPlan>) => r.issues.filter((i) => /^(plan|kpi)-/.test(i.code));

// Default marginal commission on 120,000: 50,000 × 0.5 % + 50,000 × 1 % + 20,000 × 1.5 % = 250 + 500 + 300 = 1,050.00.
const DEFAULT_COMMISSION = 105000;
// Default conversion bonus at 53 %: 800 at 50 %, + 400 for one full 2 points = 1,200.00.
const DEFAULT_CONVERSION_BONUS = 120000;

describe('percentages in the Plan sheet', () => {
  test('"5%" and 0.05 are both five percent', () => {
    // Conversion bonus from 5 %: 53 % is 48 points above, 24 full steps of 2 → 800 + 24 × 400 = 10,400.00.
    for (const v of ['5%', 0.05, '５％']) {
      const r = runPlan([['bonus.conversion.start', v]]);
      expect(pay(r).conversionBonus).toBe(1040000);
      expect(planIssues(r)).toEqual([]);
    }
  });

  test('a bare number above 1 is not guessed: reported on its cell in zh and en, the default kept', () => {
    // Read as 50, 100 and 150 (times the sales), "0.5,1,1.5" would have paid 105,000.00 of commission on 120,000.
    const r = runPlan([
      ['commission.rates', '0.5,1,1.5'],
      ['bonus.conversion.start', 50],
      ['target.conversion', '5'],
    ]);
    expect(pay(r).commission).toBe(DEFAULT_COMMISSION);
    expect(pay(r).conversionBonus).toBe(DEFAULT_CONVERSION_BONUS);
    // Conversion 53 % against the default 50 % target: min(0.53 / 0.5, 1.2) × 100 = 106.
    expect(r.agents[0].kpis.find((k) => k.key === 'conversion')!.score).toBeCloseTo(106, 9);
    const issues = planIssues(r);
    expect(issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([
      ['plan-bad-value', '方案', 2, '值 (B)'],
      ['plan-bad-value', '方案', 3, '值 (B)'],
      ['plan-bad-value', '方案', 4, '值 (B)'],
    ]);
    expect(issues[1].message.zh).toContain('5%');
    expect(issues[1].message.zh).toContain('0.05');
    expect(issues[1].message.en).toContain('a fraction up to 1');
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  test('a rate of exactly 1 is 100 %: probation paid in full', () => {
    const r = runWith(
      sheet('方案', [
        ['键', '值'],
        ['pay.probationRate', 1],
      ]),
    );
    expect(planIssues(r)).toEqual([]);
    expect(r.plan.probationRate).toBe(1);
  });

  test('a KPI table target of a rate written as a bare 50 leaves that KPI out, saying how to write it', () => {
    const plan = planWithKpis(
      [],
      [
        { 指标键: 'sales', 度量: '销售额', 目标: 60000, '权重·售前': 50 },
        { 指标键: 'conversion', 度量: '询单转化率', 目标: 50, '权重·售前': 50 },
      ],
    );
    const r = runWith(plan);
    const bad = planIssues(r).find((i) => i.code === 'kpi-bad-target')!;
    expect(bad).toMatchObject({ sheet: '方案', value: '50' });
    expect(bad.message.zh).toContain('5%');
    expect(bad.message.en).toContain('a fraction up to 1');
    // Only sales is left: min(120,000 / 60,000, 1.2) × 100 = 120.
    expect(r.agents[0].kpis.map((k) => k.key)).toEqual(['sales']);
    expect(r.agents[0].score).toBe(120);
  });
});

describe('a Plan key written twice', () => {
  test('with two values: the first row stands, the second is reported with the first row named', () => {
    // First rates 5 %, 1 %, 1.5 %: 50,000 × 5 % + 50,000 × 1 % + 20,000 × 1.5 % = 2,500 + 500 + 300 = 3,300.00.
    const r = runPlan([
      ['commission.rates', '5%,1%,1.5%'],
      ['commission.rates', '0.5%,1%,2%'],
    ]);
    expect(pay(r).commission).toBe(330000);
    const dup = planIssues(r);
    expect(dup.map((i) => [i.code, i.sheet, i.row, i.column, i.value])).toEqual([
      ['plan-duplicate-key', '方案', 3, '值 (B)', '0.5%,1%,2%'],
    ]);
    expect(dup[0].message.zh).toContain('第 2 行');
    expect(dup[0].message.en).toContain('row 2');
  });

  test('with the same value written twice (even as 1.5% and 0.015): no issue', () => {
    // Flat: the reached tier's rate on all, 120,000 × 1.5 % = 1,800.00.
    const r = runPlan([
      ['commission.mode', 'flat'],
      ['Commission.Mode', 'FLAT'],
    ]);
    expect(pay(r).commission).toBe(180000);
    const same = runPlan([
      ['bonus.conversion.start', '1.5%'],
      ['bonus.conversion.start', 0.015],
    ]);
    expect(planIssues(same)).toEqual([]);
  });

  test('a first row that was rejected does not hold the key: the next valid row applies', () => {
    const r = runPlan([
      ['commission.mode', 'flatt'],
      ['commission.mode', 'flat'],
    ]);
    expect(pay(r).commission).toBe(180000);
    expect(planIssues(r).map((i) => i.code)).toEqual(['plan-bad-value']);
  });
});

describe('rules across keys name the row the manager wrote', () => {
  test('commission rates that do not fit the bounds, a conversion step of 0: reported on their rows, defaults kept', () => {
    const r = runPlan([
      ['commission.bounds', '50000,100000'],
      ['commission.rates', '1%,2%'],
      ['bonus.conversion.step', 0],
    ]);
    expect(pay(r).commission).toBe(DEFAULT_COMMISSION);
    expect(pay(r).conversionBonus).toBe(DEFAULT_CONVERSION_BONUS);
    expect(planIssues(r).map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([
      ['plan-commission-shape', '方案', 3, '值 (B)'],
      ['plan-step-zero', '方案', 4, '值 (B)'],
    ]);
  });
});

describe('weights written with a percent sign (SPEC lists the default weights in %)', () => {
  // Sales 120,000 against the junior target 60,000: min(2, 1.2) × 100 = 120; conversion 53 % against 50 %: 106.
  test('in the KPI table: "50%" is 50 points, the KPIs stay in the plan', () => {
    const plan = planWithKpis(
      [],
      [
        { 指标键: 'sales', 度量: '销售额', 目标: 60000, '权重·售前': '50%', '权重·售中': '50%', '权重·售后': '50%' },
        {
          指标键: 'conversion',
          度量: '询单转化率',
          目标: '50%',
          '权重·售前': '50 ％',
          '权重·售中': 50,
          '权重·售后': 50,
        },
      ],
    );
    const r = runWith(plan);
    expect(planIssues(r)).toEqual([]);
    expect(r.agents[0].kpis.map((k) => k.key)).toEqual(['sales', 'conversion']);
    expect(r.agents[0].score).toBe(113); // (120 × 50 + 106 × 50) / 100
  });

  test('as Plan keys: "60%" and "40%" are 60 and 40; the other presales weights set to "0%"', () => {
    const r = runPlan([
      ['weight.presales.sales', '60%'],
      ['weight.presales.conversion', '40%'],
      ['weight.presales.aov', '0%'],
      ['weight.presales.replyRate', '0%'],
      ['weight.presales.avgResponse', '0%'],
      ['weight.presales.satisfaction', '0%'],
    ]);
    expect(planIssues(r)).toEqual([]);
    expect(r.agents[0].score).toBe(114.4); // (120 × 60 + 106 × 40) / 100
  });
});

describe('a copied Plan sheet (方案 (2)) beside the first', () => {
  test('a key set again with another value is reported on the copy, naming the first sheet; the first stands', () => {
    const r = runPayroll(
      workbook(
        ...shop,
        sheet('方案', [
          ['键', '值'],
          ['commission.mode', 'flat'],
        ]),
        sheet('方案 (2)', [
          ['键', '值'],
          ['commission.mode', 'marginal'],
          ['bonus.conversion.start', '5%'],
        ]),
      ),
      { period: PERIOD },
    );
    // Flat from the first sheet: 120,000 × 1.5 % = 1,800.00; the copy's other key applies: 800 + 24 × 400 = 10,400.00.
    expect(pay(r).commission).toBe(180000);
    expect(pay(r).conversionBonus).toBe(1040000);
    const dup = planIssues(r);
    expect(dup.map((i) => [i.code, i.sheet, i.row, i.value])).toEqual([
      ['plan-duplicate-key', '方案 (2)', 2, 'marginal'],
    ]);
    expect(dup[0].message.zh).toBe('方案键“commission.mode”重复且值不同（“方案”第 2 行已有）');
  });

  test('a second KPI table is not read, and says where the first is', () => {
    const first = planWithKpis(
      [],
      [{ 指标键: 'sales', 度量: '销售额', 目标: 60000, '权重·售前': 100, '权重·售中': 100, '权重·售后': 100 }],
    );
    const second = {
      ...planWithKpis([], [{ 指标键: 'conversion', 度量: '询单转化率', 目标: '50%', '权重·售前': 100 }]),
      name: '方案 (2)',
    };
    const r = runPayroll(workbook(...shop, first, second), { period: PERIOD });
    expect(r.agents[0].kpis.map((k) => k.key)).toEqual(['sales']);
    expect(r.agents[0].score).toBe(120); // min(120,000 / 60,000, 1.2) × 100
    const twice = planIssues(r);
    expect(twice.map((i) => [i.code, i.sheet, i.row])).toEqual([['plan-kpi-table-twice', '方案 (2)', 3]]);
    expect(twice[0].message.en).toBe('A KPI table is already in "方案": this one is not read');
  });
});
