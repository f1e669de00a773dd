import {
  conversion,
  aov,
  upt,
  replyRate,
  refundRate,
  netSales,
  netSalesCents,
  kpiScore,
  weightedScore,
  grade,
  tierSteps,
  tierBonus,
  commission,
  commissionCents,
  memoAgents,
  ArgumentError,
} from '../../src/engine/formulas';

describe('ratios (docs/rules.md: Measures): denominator 0 → not available, never 0 or NaN', () => {
  test('conversion = paid buyers / inquiries', () => {
    expect(conversion(200, 106)).toBe(0.53);
    expect(conversion(0, 0)).toBeNull();
    expect(conversion(10, 11)).toBeCloseTo(1.1, 12); // paid buyers above inquiries count as given (docs/rules.md)
    expect(() => conversion(-1, 0)).toThrow(ArgumentError);
  });
  test('AOV, UPT, reply rate, refund rate', () => {
    expect(aov(3000, 20)).toBe(150);
    expect(aov(0, 0)).toBeNull();
    expect(upt(30, 20)).toBe(1.5);
    expect(replyRate(400, 8)).toBe(0.98); // (400 − 8) / 400
    expect(replyRate(0, 0)).toBeNull();
    expect(refundRate(50, 1000)).toBe(0.05);
    expect(refundRate(0, 0)).toBeNull();
  });
  test('net sales = max(0, paid − postage − refund), exact to the cent', () => {
    expect(netSales(108.8, 8, 0)).toBe(100.8);
    expect(netSales(100, 10, 30.5)).toBe(59.5);
    expect(netSales(100, 0, 150)).toBe(0); // refund larger than the order
    expect(netSalesCents(10000, 800, 2000, false, true)).toBe(8000); // postage not deducted
    expect(netSalesCents(10000, 800, 2000, true, false)).toBe(9200); // refund not deducted
  });
});

describe('scores (docs/rules.md: Score)', () => {
  test('higher is better: min(actual/target, 1.2) × 100', () => {
    expect(kpiScore(45000, 60000)).toBe(75); // 45,000 / 60,000 = 0.75
    expect(kpiScore(90000, 60000)).toBe(120); // 1.5 capped at 1.2
    expect(kpiScore(0.55, 0.5)).toBeCloseTo(110, 10);
  });
  test('lower is better: min(target/actual, 1.2) × 100; actual 0 → 120', () => {
    expect(kpiScore(40, 30, true)).toBe(75); // 30 / 40
    expect(kpiScore(20, 30, true)).toBe(120); // 1.5 capped
    expect(kpiScore(0, 30, true)).toBe(120);
  });
  test('not available in, not available out', () => {
    expect(kpiScore(null, 30)).toBeNull();
    expect(kpiScore(10, 0)).toBeNull();
  });
  test('a KPI that is not available drops out; the other weights scale to 100', () => {
    // presales weights 30/30/10/10/10/10; conversion N/A:
    // (30×80 + 10×100 + 10×90 + 10×120 + 10×100) / 70 = 6500 / 70 = 92.857…
    expect(weightedScore([80, null, 100, 90, 120, 100], [30, 30, 10, 10, 10, 10])).toBeCloseTo(6500 / 70, 10);
    expect(weightedScore([null, null], [50, 50])).toBeNull();
    expect(() => weightedScore([1], [1, 2])).toThrow(ArgumentError);
  });
});

describe('grade (docs/rules.md: Grade)', () => {
  test.each([
    [100, '金牌'],
    [99.99, '银牌'],
    [90, '银牌'],
    [89.99, '铜牌'],
    [80, '铜牌'],
    [79.99, '不达标'],
    [null, '不达标'],
  ])('%p → %p', (score, g) => expect(grade(score as number | null)).toBe(g));
  test('a fatal QA item fails the month whatever the score', () => expect(grade(118, undefined, true)).toBe('不达标'));
});

describe('conversion bonus tiers (seed 004, docs/rules.md: Pay)', () => {
  test.each([
    [0.4999, 0],
    [0.5, 800],
    [0.5199, 800],
    [0.52, 1200],
    [0.54, 1600],
    [0.58, 2400], // 0.58 − 0.5 = 0.08 = 4 steps (float arithmetic says 3.9999…)
    [0.599, 2400],
    [0.6, 2800],
  ])('conversion %p → %p', (c, amount) => expect(tierBonus(c, 0.5, 800, 0.02, 400)).toBe(amount));
  test('steps are exact decimals', () => {
    expect(tierSteps(0.58, 0.5, 0.02)).toBe(4);
    expect(tierSteps(0.3, 0.1, 0.1)).toBe(2); // 0.3 − 0.1 = 0.19999… in floats
    expect(tierSteps(0.49, 0.5, 0.02)).toBe(-1);
  });
});

describe('commission (docs/rules.md: Pay)', () => {
  const bounds = [50000, 100000];
  const rates = [0.005, 0.01, 0.015];
  test('marginal: 0.5 % to 50,000, 1 % to 100,000, 1.5 % above', () => {
    // 50,000 × 0.5 % = 250; 50,000 × 1 % = 500; 23,456 × 1.5 % = 351.84 → 1,101.84
    expect(commission(123456, bounds, rates)).toBe(1101.84);
    expect(commission(40000, bounds, rates)).toBe(200);
    expect(commission(50000, bounds, rates)).toBe(250);
    expect(commission(0, bounds, rates)).toBe(0);
  });
  test('flat: the reached tier’s rate on all sales', () => {
    expect(commission(123456, bounds, rates, 'flat')).toBe(1851.84); // 123,456 × 1.5 %
    expect(commission(60000, bounds, rates, 'flat')).toBe(600); // 60,000 × 1 %
  });
  test('rounded once, half-up, to the cent', () => {
    // 333.33 × 0.5 % = 1.66665 → 1.67
    expect(commissionCents(33333, bounds, rates)).toBe(167);
  });
  test('bad shapes are argument errors', () => {
    expect(() => commission(1, [1, 2], [0.1])).toThrow(ArgumentError);
    expect(() => commission(1, [2, 1], [0.1, 0.1, 0.1])).toThrow(ArgumentError);
  });
});

describe('memo 工号 tokens (docs/rules.md: Attribution)', () => {
  const ids = new Set(['KF07', 'KF12', 'KF1']);
  test.each([
    ['KF07', ['KF07']],
    ['#KF07', ['KF07']],
    ['客服:KF07', ['KF07']],
    ['KF07/KF12', ['KF07', 'KF12']],
    ['KF12 KF07 KF12', ['KF12', 'KF07']],
    ['kf07 送小样', ['KF07']],
    ['ＫＦ０７', ['KF07']],
    ['KF07-KF12', ['KF07', 'KF12']],
    ['KF070', []], // whole tokens only: KF070 is not KF07
    ['订单KF1发顺丰', ['KF1']],
    ['', []],
  ])('%p → %p', (memo, expected) => expect(memoAgents(memo, ids)).toEqual(expected));
});
