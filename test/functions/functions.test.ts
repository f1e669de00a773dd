/**
 * Every CS.* function by worked examples computed by hand, called the way
 * Excel calls them (ranges as 2-D arrays, a single value as [[x]]), with the
 * errors a cell shows: #N/A for not available, #VALUE! with a reason for a bad
 * argument. Reasons are in Chinese here (the default language); messages.test.ts
 * has every reason in Chinese and in English.
 */
import {
  CONVERSION,
  AOV,
  UPT,
  REPLYRATE,
  REFUNDRATE,
  NETSALES,
  MEMOAGENTS,
  SCORE,
  WEIGHTED,
  GRADE,
  TIERBONUS,
  COMMISSION,
  BANDSCORE,
} from '../../src/functions/functions';
import { col, expectError, r, run, v } from '../support/cell';

describe('CS.CONVERSION(inquiries, paidBuyers)', () => {
  it('is paid buyers ÷ inquiries: 106 of 200 → 0.53', () => {
    expect(CONVERSION(v(200), v(106))).toBe(0.53);
  });
  it('sums ranges (two days: 120 + 80 inquiries, 60 + 46 paid → 106/200)', () => {
    expect(CONVERSION(col(120, 80), col(60, 46))).toBe(0.53);
  });
  it('reads counts written as text by exports ("1,000", full-width "５００")', () => {
    expect(CONVERSION(v('1,000'), v('５００'))).toBe(0.5);
  });
  it('counts blank cells as 0 inside a range', () => {
    expect(CONVERSION(col(100, null, ''), col(25, null, null))).toBe(0.25);
  });
  it('CONVERSION(0, 0) is #N/A (not 0, not #DIV/0!)', () => {
    expectError(() => CONVERSION(v(0), v(0)), '#N/A', /询单人数为 0/);
  });
  it('all-blank inputs are #N/A too', () => {
    expectError(() => CONVERSION(v(null), v(null)), '#N/A');
  });
  it('text that is not a number is #VALUE! naming the argument and the text', () => {
    expectError(() => CONVERSION(v('abc'), v(3)), '#VALUE!', /询单人数：“abc” 不是数字/);
  });
  it('names the cell inside a range', () => {
    expectError(() => CONVERSION(col(10, 'x12'), col(1, 1)), '#VALUE!', /（第 2 行第 1 列）：“x12” 不是数字/);
  });
  it('a negative count is #VALUE!', () => {
    expectError(() => CONVERSION(col(10, -2), v(1)), '#VALUE!', /-2 不能为负数/);
    expectError(() => CONVERSION(v(10), v(-1)), '#VALUE!', /询单最终付款人数：-1 不能为负数/);
  });
  it('more paid buyers than inquiries count as given, as the payroll counts them: 11 ÷ 10 = 1.1 (not #VALUE!)', () => {
    expect(CONVERSION(v(10), v(11))).toBeCloseTo(1.1, 12);
    expect(CONVERSION(col(10, 5), col(11, 5))).toBeCloseTo(16 / 15, 12);
  });
  it('a 延迟统计 cell in a sum makes the result not available, never 0', () => {
    expectError(() => CONVERSION(col(100, '延迟统计'), v(50)), '#N/A', /延迟统计.*数据不可用/);
  });
  it('pairs two ranges day by day and leaves a 延迟统计 day out of both sums, as the payroll does: (100 + 100) inquiries, (50 + 56) paid → 0.53', () => {
    expect(CONVERSION(col(100, '延迟统计', 100), col(50, 30, 56))).toBe(0.53);
    expect(CONVERSION(col(100, 80, 100), col(50, '-', 56))).toBe(0.53);
  });
  it('every day not available → #N/A', () => {
    expectError(() => CONVERSION(col('延迟统计', '-'), col(1, 2)), '#N/A');
  });
  it('ranges of different sizes are #VALUE!', () => {
    expectError(
      () => CONVERSION(col(100, 100, 100), col(50, 56)),
      '#VALUE!',
      /区域大小不一致（单元格数：询单人数 3、询单最终付款人数 2）/,
    );
  });
  it('bad text in a paired range is still #VALUE!, not skipped', () => {
    expectError(() => CONVERSION(col(100, 'abc'), col(50, 1)), '#VALUE!', /“abc” 不是数字/);
  });
  it('TRUE is not a count', () => {
    expectError(() => CONVERSION(v(true), v(0)), '#VALUE!', /TRUE 不是数字/);
  });
});

describe('CS.AOV(sales, buyers) and CS.UPT(units, buyers)', () => {
  it('AOV = sales ÷ buyers: 45,000 over 300 buyers → 150', () => {
    expect(AOV(v(45000), v(300))).toBe(150);
  });
  it('AOV reads "¥45,000.00" and sums ranges', () => {
    expect(AOV(v('¥45,000.00'), v(300))).toBe(150);
    expect(AOV(r([20000, 25000]), r([100, 200]))).toBe(150);
  });
  it('a range of daily sales over one buyer total is summed, not paired', () => {
    expect(AOV(col(20000, 25000), v(300))).toBe(150);
  });
  it('passes a computed ratio through untouched (no rounding to 12 digits)', () => {
    expect(UPT(v(1616), v(1022))).toBe(1616 / 1022);
    expect(AOV(v(305255.73), v(1022))).toBe(305255.73 / 1022);
  });
  it('AOV with no buyers is #N/A', () => {
    expectError(() => AOV(v(100), v(0)), '#N/A', /销售人数为 0/);
  });
  it('UPT = units ÷ buyers: 450 units over 300 buyers → 1.5', () => {
    expect(UPT(v(450), v(300))).toBe(1.5);
  });
  it('UPT with negative units is #VALUE!; with no buyers #N/A', () => {
    expectError(() => UPT(v(-4), v(3)), '#VALUE!', /销售量：-4 不能为负数/);
    expectError(() => UPT(v(4), v(0)), '#N/A');
  });
});

describe('CS.REPLYRATE(received, unreplied) and CS.REFUNDRATE(refunds, paid)', () => {
  it('reply rate = (500 − 10) ÷ 500 = 0.98', () => {
    expect(REPLYRATE(v(500), v(10))).toBe(0.98);
  });
  it('leaves out a day whose 未回复人数 reads "-": (200 + 300 − 4 − 6) ÷ (200 + 300)', () => {
    expect(REPLYRATE(col(200, 300, 100), col(4, 6, '-'))).toBe(0.98);
  });
  it('sums a month of daily rows', () => {
    expect(REPLYRATE(col(200, 300), col(4, 6))).toBe(0.98);
  });
  it('more unreplied than received is #VALUE!; nobody received is #N/A', () => {
    expectError(() => REPLYRATE(v(5), v(6)), '#VALUE!', /未回复人数（6）超过了接待人数（5）/);
    expectError(() => REPLYRATE(v(0), v(0)), '#N/A');
  });
  it('refund rate = 1,200 ÷ 60,000 = 0.02; nothing paid is #N/A', () => {
    expect(REFUNDRATE(v(1200), v(60000))).toBe(0.02);
    expectError(() => REFUNDRATE(v(0), v(0)), '#N/A');
  });
});

describe('CS.NETSALES(paid, postage, refund)', () => {
  it('deducts postage and refund: 268 − 10 − 0 = 258', () => {
    expect(NETSALES(v(268), v(10), v(0))).toBe(258);
  });
  it('never goes below 0 for one order', () => {
    expect(NETSALES(v(50), v(0), v(60))).toBe(0);
  });
  it('pairs ranges order by order and adds the orders (90 + 0 + 30 = 120, not 180 − 10 − 60 = 110)', () => {
    expect(NETSALES(col(100, 50, 30), col(10, 0, 0), col(0, 60, 0))).toBe(120);
  });
  it('applies a single value to every order (no refunds: 0)', () => {
    expect(NETSALES(col(100, 50), col(10, 5), v(0))).toBe(135);
  });
  it('is exact to the cent over many orders (0.1 + 0.2 = 0.3)', () => {
    expect(NETSALES(col(0.1, 0.2), v(0), v(0))).toBe(0.3);
    expect(NETSALES(col(...Array.from({ length: 10 }, () => 19.9)), v(0), v(0))).toBe(199);
  });
  it('ranges of different sizes are #VALUE!', () => {
    expectError(() => NETSALES(col(1, 2, 3), col(0, 0), v(0)), '#VALUE!', /区域大小不一致/);
  });
  it('a negative amount is #VALUE!', () => {
    expectError(() => NETSALES(v(-5), v(0), v(0)), '#VALUE!', /买家实际支付金额：-5 不能为负数/);
  });
  it('an amount that is not available ("-") makes the total #N/A; text is #VALUE!', () => {
    expectError(
      () => NETSALES(col(100, 50), col(0, '-'), v(0)),
      '#N/A',
      /买家应付邮费（第 2 行第 1 列）：“-”数据不可用/,
    );
    expectError(() => NETSALES(v('%'), v(0), v(0)), '#VALUE!', /“%” 不是数字/);
  });
});

describe('CS.MEMOAGENTS(memo, agentIds)', () => {
  const roster = col('KF07', 'KF12', 'KF03', null);
  it('finds the roster ids written in a memo, in the order written, joined with ","', () => {
    expect(MEMOAGENTS('客服:KF12/kf07 已催付', roster)).toBe('KF12,KF07');
  });
  it('matches whole tokens only (KF070 is not KF07) and full-width ＫＦ０３', () => {
    expect(MEMOAGENTS('KF070 #ＫＦ０３', roster)).toBe('KF03');
  });
  it('answers in the roster spelling, once per agent', () => {
    expect(MEMOAGENTS('KF07 kf07 #KF07', col('kf07'))).toBe('kf07');
  });
  it('reads numeric 工号 typed as numbers', () => {
    expect(MEMOAGENTS('工号1001', col(1001, 1002))).toBe('1001');
    expectError(() => MEMOAGENTS('10012', col(1001, 1002)), '#N/A');
  });
  it('#N/A when no roster id is in the memo, or the memo is blank', () => {
    expectError(() => MEMOAGENTS('顾客要求发顺丰', roster), '#N/A', /备注中没有花名册里的工号/);
    expectError(() => MEMOAGENTS('', roster), '#N/A');
  });
  it('#VALUE! when no agentIds are given', () => {
    expectError(() => MEMOAGENTS('KF07', col(null, '')), '#VALUE!', /没有提供工号/);
  });
});

describe('CS.SCORE(actual, target, [lowerIsBetter], [cap])', () => {
  it('higher is better: 0.53 against 0.5 → 106', () => {
    expect(SCORE(v(0.53), v(0.5))).toBeCloseTo(106, 10);
  });
  it('is capped at 1.2 × 100 = 120', () => {
    expect(SCORE(v(200000), v(90000))).toBe(120);
  });
  it('lower is better: 36 s against 30 s → 30/36 × 100 = 83.33…', () => {
    expect(SCORE(v(36), v(30), true)).toBeCloseTo(83.3333333333, 8);
  });
  it('lower is better with actual 0 → 120 (the cap), not a division error', () => {
    expect(SCORE(v(0), v(30), true)).toBe(120);
  });
  it('a custom cap: 0.9 against 0.5 with cap 1.5 → 150', () => {
    expect(SCORE(v(0.9), v(0.5), false, 1.5)).toBe(150);
  });
  it('reads lowerIsBetter as TRUE/FALSE, 1/0 or 是/否', () => {
    expect(SCORE(v(24), v(30), 1)).toBe(120);
    expect(SCORE(v(24), v(30), '是')).toBe(120);
    expect(SCORE(v(24), v(30), 'FALSE')).toBe(80);
  });
  it('reads "53%" as 0.53', () => {
    expect(SCORE(v('53%'), v(0.5))).toBeCloseTo(106, 10);
  });
  it('#N/A when the actual is blank or the target is 0', () => {
    expectError(() => SCORE(v(null), v(0.5)), '#N/A');
    expectError(() => SCORE(v(0.5), v(0)), '#N/A');
  });
  it('#VALUE! for a flag that is not TRUE/FALSE, a cap ≤ 0, or a negative actual', () => {
    expectError(() => SCORE(v(1), v(1), 'maybe'), '#VALUE!', /越低越好：“maybe” 应为 TRUE 或 FALSE/);
    expectError(() => SCORE(v(1), v(1), false, 0), '#VALUE!', /封顶倍数：0 应大于 0/);
    expectError(() => SCORE(v(-1), v(1)), '#VALUE!', /实际值：-1 不能为负数/);
  });
});

describe('CS.WEIGHTED(scores, weights)', () => {
  it('Σ weight × score ÷ Σ weights: (110·30 + 90·30 + 100·40) / 100 = 100', () => {
    expect(WEIGHTED(r([110, 90, 100]), r([30, 30, 40]))).toBe(100);
  });
  it('drops a KPI that is not available and scales the other weights: (110·30 + 100·40) / 70', () => {
    const expected = (110 * 30 + 100 * 40) / 70;
    expect(WEIGHTED(r([110, null, 100]), r([30, 30, 40]))).toBeCloseTo(expected, 10);
    expect(WEIGHTED(r([110, 'N/A', 100]), r([30, 30, 40]))).toBeCloseTo(expected, 10);
    expect(WEIGHTED(r([110, '延迟统计', 100]), r([30, 30, 40]))).toBeCloseTo(expected, 10);
  });
  it('pairs by position whatever the orientation (row of scores, column of weights)', () => {
    expect(WEIGHTED(r([110, 90, 100]), col(30, 30, 40))).toBe(100);
  });
  it('#N/A when no score is available', () => {
    expectError(() => WEIGHTED(r([null, '']), r([50, 50])), '#N/A', /没有可用的得分/);
  });
  it('ranges of different sizes are #VALUE!', () => {
    expectError(() => WEIGHTED(r([100, 90, 80]), r([50, 50])), '#VALUE!', /区域大小不一致（单元格数：得分 3、权重 2）/);
  });
  it('a negative or non-numeric weight is #VALUE!', () => {
    expectError(() => WEIGHTED(r([100, 90]), r([50, -50])), '#VALUE!', /权重的第 2 项“-50”应为非负数/);
    expectError(() => WEIGHTED(r([100, 90]), r([50, 'half'])), '#VALUE!', /权重（第 1 行第 2 列）：“half” 不是数字/);
  });
  it('a score that is text but not a number is #VALUE!, not silently dropped', () => {
    expectError(() => WEIGHTED(r([100, 'good']), r([50, 50])), '#VALUE!', /“good” 不是数字/);
  });
});

describe('CS.GRADE(score)', () => {
  it.each([
    [120, '金牌'],
    [100, '金牌'],
    [99.99, '银牌'],
    [90, '银牌'],
    [89.99, '铜牌'],
    [80, '铜牌'],
    [79.99, '不达标'],
    [0, '不达标'],
  ])('GRADE(%p) = %s (thresholds 100 / 90 / 80)', (score, grade) => {
    expect(GRADE(score)).toBe(grade);
  });
  it('a blank score grades as the engine grades a missing score: 不达标', () => {
    expect(GRADE(null)).toBe('不达标');
  });
  it('#VALUE! for text or a range of several cells', () => {
    expectError(() => GRADE('good'), '#VALUE!', /总分：“good” 不是数字/);
    expectError(() => GRADE(r([90, 95])), '#VALUE!', /只能是单个值，不能是 2 个单元格的区域/);
  });
});

describe('CS.TIERBONUS(value, start, startAmount, step, stepAmount)', () => {
  // Seed 004: ≥ 50 % → 800, +400 for every further full 2 points.
  const bonus = (value: unknown) => TIERBONUS(value, 0.5, 800, 0.02, 400);
  it('TIERBONUS(0.58, 0.5, 800, 0.02, 400) = 2400 (4 full steps, not 3.999…)', () => {
    expect(bonus(0.58)).toBe(2400);
  });
  it.each([
    [0.4999, 0],
    [0.5, 800],
    [0.52, 1200],
    [0.539, 1200],
    [0.54, 1600],
    [0.599, 2400],
    [0.7, 4800],
  ])('conversion %p → %p', (value, expected) => {
    expect(bonus(value)).toBe(expected);
  });
  it('reads "58%" as 0.58', () => {
    expect(bonus('58%')).toBe(2400);
  });
  it('#VALUE! for a step ≤ 0 or a missing threshold', () => {
    expectError(() => TIERBONUS(0.58, 0.5, 800, 0, 400), '#VALUE!', /阶梯：0 应大于 0/);
    expectError(() => TIERBONUS(0.58, null, 800, 0.02, 400), '#VALUE!', /起点：不能为空/);
  });
  it('#N/A when the value is not available', () => {
    expectError(() => bonus('延迟统计'), '#N/A');
  });
});

describe('CS.COMMISSION(sales, bounds, rates, [mode])', () => {
  const bounds = r([50000, 100000]);
  const rates = r([0.005, 0.01, 0.015]);
  it('marginal (default): 120,000 → 50,000×0.5% + 50,000×1% + 20,000×1.5% = 250 + 500 + 300 = 1,050', () => {
    expect(COMMISSION(v(120000), bounds, rates)).toBe(1050);
    expect(COMMISSION(v(120000), bounds, rates, 'marginal')).toBe(1050);
  });
  it('marginal below the first bound: 30,000 × 0.5% = 150', () => {
    expect(COMMISSION(v(30000), bounds, rates)).toBe(150);
  });
  it('flat: the reached tier on everything — 120,000 × 1.5% = 1,800; 80,000 × 1% = 800', () => {
    expect(COMMISSION(v(120000), bounds, rates, 'flat')).toBe(1800);
    expect(COMMISSION(v(80000), bounds, rates, 'FLAT')).toBe(800);
  });
  it('flat at exactly a bound stays in the lower tier: 50,000 × 0.5% = 250', () => {
    expect(COMMISSION(v(50000), bounds, rates, 'flat')).toBe(250);
  });
  it('accepts the Chinese names 全额 / 超额累进', () => {
    expect(COMMISSION(v(120000), bounds, rates, '全额')).toBe(1800);
    expect(COMMISSION(v(120000), bounds, rates, '超额累进')).toBe(1050);
  });
  it('sums a range of sales and rounds half-up once, to the cent: 12,345.67 × 0.5% = 61.72835 → 61.73', () => {
    expect(COMMISSION(col(12000, 345.67), bounds, rates)).toBe(61.73);
  });
  it('skips blank cells in bounds and rates (a selection one row too long)', () => {
    expect(COMMISSION(v(120000), col(50000, 100000, null), col(0.005, 0.01, 0.015, ''))).toBe(1050);
  });
  it('#VALUE! when rates do not have one more entry than bounds, bounds are not ascending, or the mode is unknown', () => {
    expectError(() => COMMISSION(v(1), bounds, r([0.01, 0.02])), '#VALUE!', /提成比例应比分档上限多一项/);
    expectError(() => COMMISSION(v(1), r([100000, 50000]), rates), '#VALUE!', /分档上限应从小到大排列/);
    expectError(
      () => COMMISSION(v(1), bounds, rates, 'progressive'),
      '#VALUE!',
      /计算方式：“progressive” 无效，应为 “marginal” 或 “flat”/,
    );
  });
});

describe('what reaches a cell', () => {
  it('is a value or an Excel error, never a raw exception (run() rethrows anything else)', () => {
    expect(run(() => CONVERSION(v({}), v(1)))).toMatchObject({ error: '#VALUE!' });
    expect(run(() => AOV(v(Number.NaN), v(1)))).toMatchObject({ error: '#VALUE!' });
    expect(run(() => AOV(v(Number.POSITIVE_INFINITY), v(1)))).toMatchObject({ error: '#VALUE!' });
    expect(run(() => AOV(v(1e308), col(1e-308, 0)))).toMatchObject({ error: '#VALUE!' });
  });
});

describe('CS.BANDSCORE(value, bands)', () => {
  const bands = '优 ≥ 90 → 100, 良 ≥ 75 → 85, 中 ≥ 60 → 70, 差 → 0';
  it('gives the first band reached, as written in the plan', () => {
    expect(BANDSCORE(v(95), bands)).toBe(100);
    expect(BANDSCORE(v(90), bands)).toBe(100); // ≥ includes the bound
    expect(BANDSCORE(v(80), bands)).toBe(85);
    expect(BANDSCORE(v(60), bands)).toBe(70);
    expect(BANDSCORE(v(12), bands)).toBe(0);
    expect(BANDSCORE(v(1), '≥ 2 → 100, ≥ 1 → 50')).toBe(50);
    expect(BANDSCORE(v(0.5), '≥ 2 → 100, ≥ 1 → 50')).toBe(0); // below every band, no catch-all
    expect(BANDSCORE(v(0.015), '优 ≤ 2% → 100, 差 → 40')).toBe(100); // lower is better, percent thresholds
  });
  it('#N/A for a blank value, #VALUE! for bands it cannot read', () => {
    expectError(() => BANDSCORE(v(null), bands), '#N/A');
    expectError(() => BANDSCORE(v(80), '优秀就给一百分'), '#VALUE!', /优秀就给一百分/);
  });
});
