import { runPayroll } from '../../src/engine';
import { roster, orders, chat, sheet, workbook, PERIOD } from './fixture';

const run = (...s: Parameters<typeof workbook>) => runPayroll(workbook(...s), { period: PERIOD });
const agent = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.agent.agentId === id)!;
const noOrders = orders([]);

describe('base pay (docs/rules.md: Pay)', () => {
  test('by level, probation 80 %, prorated by calendar days employed (hire and leave days both count)', () => {
    const r = run(
      roster([
        { id: 'KF01', level: '初级' },
        { id: 'KF02', level: '资深', status: '试用' },
        { id: 'KF03', level: '高级', hire: '2026-10-15' },
        { id: 'KF04', level: '中级', leave: '2026-10-20' },
        { id: 'KF05', level: '中级', leave: '2026-09-30' },
      ]),
      noOrders,
      chat([{ account: 'x', inquiries: 0, paid: 0 }]),
    );
    expect(agent(r, 'KF01').pay.basePay).toBe(300000);
    expect(agent(r, 'KF02').pay.basePay).toBe(360000); // 4,500 × 80 %
    expect(agent(r, 'KF03').pay.basePay).toBe(219355); // 4,000 × 17/31 = 2,193.548… → 2,193.55
    expect(agent(r, 'KF03').pay.daysEmployed).toBe(17); // 15th to 31st
    expect(agent(r, 'KF04').pay.basePay).toBe(225806); // 3,500 × 20/31 = 2,258.064… → 2,258.06
    expect(r.agents.find((a) => a.agent.agentId === 'KF05')).toBeUndefined(); // left before the month
    expect(r.issues.find((i) => i.code === 'agent-not-employed')).toMatchObject({ agentId: 'KF05' });
  });
});

describe('bonuses, commission, awards, fines, gross (docs/rules.md: Pay, Stars, Violations)', () => {
  const people = roster([
    { id: 'KF01', account: '店:小美', level: '高级' },
    { id: 'KF02', account: '店:小雅', role: '售后', level: '初级' },
  ]);
  // KF01: 123,456.00 of sales from 400 buyers
  const sales = orders([
    ...Array.from({ length: 399 }, (_, i) => ({ id: `O${i}`, paid: 300, memo: 'KF01', buyer: `b${i}` })),
    { id: 'O399', paid: 3756, memo: 'KF01', buyer: 'b399' },
  ]);
  const stats = chat([
    {
      account: '店:小美',
      received: 300,
      inquiries: 200,
      paid: 106,
      unreplied: 3,
      response: 25,
      counts: [20, 8, 2, 0, 0],
    }, // 53 %
    { account: '店:小雅', received: 300, inquiries: 10, paid: 1, unreplied: 0, response: 25, counts: [30, 9, 1, 0, 0] },
  ]);

  test('worked example for one presales agent', () => {
    const r = run(people, sales, stats);
    const a = agent(r, 'KF01');
    expect(a.measures.sales).toBe(12345600); // 399 × 300 + 3,756 = 123,456.00
    expect(a.pay.basePay).toBe(400000); // senior 4,000
    // sales 120 (capped), conversion 106, AOV 123,456/400 = 308.64 → 120, reply 99/98 → 101.02, response 30/25 → 120, satisfaction (28/30)/0.95 → 98.25
    expect(a.grade).toBe('金牌');
    expect(a.pay.performanceBonus).toBe(120000); // 1,000 × 1.2
    expect(a.pay.conversionBonus).toBe(120000); // 53 % ≥ 52 % → 800 + 400
    expect(a.pay.commission).toBe(110184); // 250 + 500 + 351.84
    const b = agent(r, 'KF02');
    expect(b.pay.conversionBonus).toBe(0); // presales only
    expect(b.statement.find((l) => l.component === 'conversionBonus')!.explanation.zh).toBe('仅售前岗位适用');
  });

  test('stars, rewards, project bonus; fines and escalating violations (10, 30, 30 + dismissal review)', () => {
    const adj = sheet('奖惩', [
      ['工号', '日期', '类型', '金额', '原因'],
      ['KF01', '2026-10-21', '违规', null, '玩游戏'], // 3rd by date
      ['KF01', '2026-10-02', '违规', null, '看视频'], // 1st
      ['KF01', '2026-10-14', '违规', null, '私人旺旺'], // 2nd
      ['KF01', '2026-10-05', '奖励', 10, '发现数据错误'],
      ['KF01', '2026-10-06', '奖励', 30, '建议被采纳'],
      ['KF01', '2026-10-25', '项目奖金', 500, '双十一'],
      ['KF01', '2026-10-18', '罚款', 50, '未交接班'],
    ]);
    const r = run(people, sales, stats, adj);
    const a = agent(r, 'KF01');
    // stars: 业绩之星 (only presales agent with sales) and 客单价之星 (400 buyers ≥ 20); 转化率之星 (200 inquiries ≥ 50)
    expect(a.stars.map((s) => s.key).sort()).toEqual(['aovStar', 'conversionStar', 'salesStar']);
    expect(a.pay.awards).toBe(3 * 20000 + 1000 + 3000 + 50000); // 600 + 10 + 30 + 500
    expect(a.pay.fines).toBe(5000 + 1000 + 3000 + 3000); // 50 + 10 + 30 + 30
    const v = a.adjustments
      .filter((x) => x.type === 'violation')
      .map((x) => [x.date, x.ordinal, x.amount, x.dismissalReview]);
    expect(v).toEqual([
      ['2026-10-21', 3, 3000, true],
      ['2026-10-02', 1, 1000, false],
      ['2026-10-14', 2, 3000, false],
    ]);
    expect(a.flags.map((f) => f.zh)).toContain('本月第 3 次违规：开除审查');
    // gross = Σ rounded components
    const p = a.pay;
    expect(p.grossPay).toBe(p.basePay + p.performanceBonus + p.conversionBonus + p.commission + p.awards - p.fines);
    expect(p.grossPay).toBe(400000 + 120000 + 120000 + 110184 + 114000 - 12000);
    // 服务之星 across roles: KF02 39/40 = 97.5 % with 40 evaluations beats KF01's 28/30
    expect(agent(r, 'KF02').stars.map((s) => s.key)).toEqual(['serviceStar']);
  });

  test('the conversion on the statement is cut to 2 decimals, never rounded up to a tier it has not reached', () => {
    const two = roster([
      { id: 'KF01', account: '店:小美', level: '初级' },
      { id: 'KF02', account: '店:小雅', level: '初级' },
    ]);
    const r = run(
      two,
      noOrders,
      chat([
        { account: '店:小美', received: 1400, inquiries: 1309, paid: 733, unreplied: 0, response: 20 },
        { account: '店:小雅', received: 1000, inquiries: 40000, paid: 19999, unreplied: 0, response: 20 },
      ]),
    );
    const text = (id: string) => agent(r, id).statement.find((l) => l.component === 'conversionBonus')!.explanation;
    // 733 / 1309 = 55.9969…%: two full steps above 50 % (54 %), 1,600.00; rounded it would read 56 %, the next tier.
    expect(text('KF01').zh).toBe('询单转化率 55.99%（733/1309）≥ 54% → 800.00 + 2 × 400.00 = 1,600.00');
    expect(agent(r, 'KF01').pay.conversionBonus).toBe(160000);
    // 19,999 / 40,000 = 49.9975 %: below 50 %, nothing; rounded it would read "50% < 50%".
    expect(text('KF02').zh).toBe('询单转化率 49.99% < 50% → 0');
  });

  test('statement lines explain each component with its numbers', () => {
    const a = agent(run(people, sales, stats), 'KF01');
    const text = Object.fromEntries(a.statement.map((l) => [l.component, l.explanation.zh]));
    expect(text.conversionBonus).toBe('询单转化率 53%（106/200）≥ 52% → 800.00 + 1 × 400.00 = 1,200.00');
    expect(text.commission).toBe('销售额 123,456.00：50,000.00 × 0.5% + 50,000.00 × 1% + 23,456.00 × 1.5% = 1,101.84');
    expect(text.basePay).toBe('高级底薪 4,000.00 = 4,000.00');
    expect(a.statement.map((l) => l.amount)).toEqual([
      a.pay.basePay,
      a.pay.performanceBonus,
      a.pay.conversionBonus,
      a.pay.commission,
      a.pay.awards,
      a.pay.fines,
      a.pay.grossPay,
    ]);
  });
});

describe('stars (docs/rules.md: Stars)', () => {
  test('ties all win; thresholds of 50 inquiries, 20 buyers, 30 evaluations', () => {
    const people = roster([
      { id: 'KF01', account: 'a' },
      { id: 'KF02', account: 'b' },
      { id: 'KF03', account: 'c' },
    ]);
    const sales = orders([
      ...Array.from({ length: 10 }, (_, i) => ({ id: `A${i}`, paid: 100, memo: 'KF01', buyer: `a${i}` })),
      ...Array.from({ length: 10 }, (_, i) => ({ id: `B${i}`, paid: 100, memo: 'KF02', buyer: `b${i}` })),
      { id: 'C1', paid: 999, memo: 'KF03', buyer: 'c1' }, // highest AOV but 1 buyer < 20
    ]);
    const stats = chat([
      { account: 'a', received: 100, inquiries: 60, paid: 30, counts: [29, 0, 0, 0, 0] }, // 29 evaluations < 30
      { account: 'b', received: 100, inquiries: 60, paid: 30, counts: [30, 0, 0, 0, 0] },
      { account: 'c', received: 100, inquiries: 40, paid: 39, counts: [30, 0, 0, 0, 0] }, // 40 inquiries < 50
    ]);
    const r = run(people, sales, stats);
    const stars = (id: string) =>
      agent(r, id)
        .stars.map((s) => s.key)
        .sort();
    expect(stars('KF01')).toEqual(['conversionStar', 'salesStar']); // ties with KF02 on sales (1,000) and conversion (50 %)
    expect(stars('KF02')).toEqual(['conversionStar', 'salesStar', 'serviceStar']); // service: tie with KF03 at 100 %
    expect(stars('KF03')).toEqual(['serviceStar']);
  });

  test('each star says the value it won with and the count against its minimum', () => {
    const people = roster([{ id: 'KF01', account: 'a' }]);
    const sales = orders(
      Array.from({ length: 20 }, (_, i) => ({ id: `A${i}`, paid: 150, memo: 'KF01', buyer: `a${i}` })),
    );
    // 50 inquiries, 20 paid → 40 %; 27 of 30 evaluations (very) satisfied → 90 %
    const stats = chat([{ account: 'a', received: 100, inquiries: 50, paid: 20, counts: [24, 3, 3, 0, 0] }]);
    const won = agent(run(people, sales, stats), 'KF01').stars;
    expect(won.map((s) => [s.key, s.amount, s.detail.en])).toEqual([
      ['salesStar', 20000, 'highest presales sales 3000.00'], // 20 × 150
      ['conversionStar', 20000, 'highest presales conversion 40.00% (inquiries 50 ≥ 50)'],
      ['aovStar', 20000, 'highest presales AOV 150.00 (buyers 20 ≥ 20)'], // 3,000 ÷ 20 buyers
      ['serviceStar', 20000, 'highest satisfaction 90.00% (evaluations 30 ≥ 30)'],
    ]);
    expect(won[2].detail.zh).toBe('售前最高客单价 150.00（销售人数 20 ≥ 20）');
  });

  test('optional PK (off by default): ranks 1/2/3 earn 300/200/100', () => {
    const people = roster([
      { id: 'KF01', account: 'a' },
      { id: 'KF02', account: 'b' },
      { id: 'KF03', account: 'c' },
      { id: 'KF04', account: 'd' },
    ]);
    const sales = orders([
      { id: '1', paid: 400, memo: 'KF01' },
      { id: '2', paid: 300, memo: 'KF02' },
      { id: '3', paid: 200, memo: 'KF03' },
      { id: '4', paid: 100, memo: 'KF04' },
    ]);
    const off = run(people, sales, chat([]));
    expect(off.agents.flatMap((a) => a.stars).filter((s) => s.key === 'pk')).toEqual([]);
    const on = run(
      people,
      sales,
      chat([]),
      sheet('方案', [
        ['键', '值'],
        ['pk.enabled', '是'],
      ]),
    );
    const pk = (id: string) =>
      agent(on, id)
        .stars.filter((s) => s.key === 'pk')
        .reduce((s, x) => s + x.amount, 0);
    expect([pk('KF01'), pk('KF02'), pk('KF03'), pk('KF04')]).toEqual([30000, 20000, 10000, 0]);
  });
});

describe('consecutive failure (docs/rules.md: Consecutive failure)', () => {
  test('2 failed months in a row → warning, 3 → elimination review', () => {
    const people = roster([
      { id: 'KF01', account: 'a' },
      { id: 'KF02', account: 'b' },
      { id: 'KF03', account: 'c' },
    ]);
    const history = (p: string, rows: [string, string][]) => sheet(`绩效 ${p}`, [['工号', '等级'], ...rows]);
    const r = run(
      people,
      orders([]),
      chat([]),
      history('2026-08', [
        ['KF01', '不达标'],
        ['KF02', '银牌'],
        ['KF03', '不达标'],
      ]),
      history('2026-09', [
        ['KF01', '不达标'],
        ['KF02', '不达标'],
        ['KF03', '金牌'],
      ]),
    );
    // nobody has sales or chat this month: all fail
    expect(agent(r, 'KF01').failureStreak).toBe(3);
    expect(agent(r, 'KF01').streakFlag).toBe('elimination');
    expect(agent(r, 'KF02').failureStreak).toBe(2);
    expect(agent(r, 'KF02').streakFlag).toBe('warning');
    expect(agent(r, 'KF03').failureStreak).toBe(1);
    expect(agent(r, 'KF03').streakFlag).toBe('none');
  });
});

describe('plan overrides (docs/rules.md: Plan defaults)', () => {
  test('any number of the plan can be changed; bad rows are reported and the default kept', () => {
    const plan = sheet('方案', [
      ['键', '值'],
      ['commission.mode', 'flat'],
      ['pay.base.junior', 3200],
      ['weight.presales.sales', 'abc'],
      ['weight.aftersales.replyRate', 0],
      ['weight.aftersales.avgResponse', 0],
      ['weight.aftersales.satisfaction', 0],
      ['no.such.key', 1],
    ]);
    const r = run(
      roster([{ id: 'KF01', account: 'a' }]),
      orders([{ id: '1', paid: 60000, memo: 'KF01' }]),
      chat([]),
      plan,
    );
    const a = agent(r, 'KF01');
    expect(a.pay.basePay).toBe(320000);
    expect(a.pay.commission).toBe(60000); // flat: 60,000 × 1 %
    expect(r.plan.kpis.find((k) => k.key === 'sales')!.weights.presales).toBe(30);
    expect(Object.fromEntries(r.plan.kpis.map((k) => [k.key, k.weights.aftersales]))).toEqual({
      sales: 0,
      conversion: 0,
      aov: 0,
      replyRate: 25,
      avgResponse: 25,
      satisfaction: 50,
    });
    expect(r.issues.filter((i) => i.code.startsWith('plan-')).map((i) => [i.code, i.row])).toEqual([
      ['plan-bad-value', 4],
      ['plan-unknown-key', 8],
      ['plan-weights-zero', null],
    ]);
  });
});
