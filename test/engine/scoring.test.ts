import { runPayroll } from '../../src/engine';
import { rankWithin } from '../../src/engine/scoring';
import { roster, orders, chat, sheet, workbook, PERIOD } from './fixture';

const run = (...s: Parameters<typeof workbook>) => runPayroll(workbook(...s), { period: PERIOD });
const agent = (r: ReturnType<typeof run>, id: string) => r.agents.find((a) => a.agent.agentId === id)!;

describe('score and grade (docs/rules.md: Score, Grade)', () => {
  // A junior presales agent: target sales 60,000, conversion 50 %, AOV 150, reply 98 %, response 30 s, satisfaction 95 %.
  const people = roster([{ id: 'KF01', account: '店:小美', level: '初级' }]);
  // 300 orders of 150.00 = 45,000 sales from 300 buyers → AOV 150
  const sales = orders(
    Array.from({ length: 300 }, (_, i) => ({ id: `O${i}`, paid: 150, memo: 'KF01', buyer: `b${i}` })),
  );
  // conversion 55/100 = 55 %, reply (200 − 2)/200 = 99 %, response 24 s, satisfaction 19/20 = 95 %
  const stats = chat([
    {
      account: '店:小美',
      received: 200,
      inquiries: 100,
      paid: 55,
      unreplied: 2,
      response: 24,
      counts: [15, 4, 1, 0, 0],
    },
  ]);

  test('worked example', () => {
    const a = agent(run(people, sales, stats), 'KF01');
    const scores = Object.fromEntries(a.kpis.map((k) => [k.key, k.score]));
    expect(scores.sales).toBeCloseTo(75, 10); // 45,000 / 60,000
    expect(scores.conversion).toBeCloseTo(110, 10); // 0.55 / 0.50
    expect(scores.aov).toBeCloseTo(100, 10); // 150 / 150
    expect(scores.replyRate).toBeCloseTo(101.0204, 3); // 0.99 / 0.98
    expect(scores.avgResponse).toBeCloseTo(120, 10); // 30 / 24 = 1.25 → capped 1.2
    expect(scores.satisfaction).toBeCloseTo(100, 10); // 0.95 / 0.95
    // (30×75 + 30×110 + 10×100 + 10×101.0204 + 10×120 + 10×100) / 100 = 97.602…
    expect(a.score).toBe(97.6);
    expect(a.grade).toBe('银牌');
  });

  test('QA points are deducted from the total; a fatal item fails the month', () => {
    const qa = sheet('质检', [
      ['工号', '日期', '质检项目', '扣分', '致命项'],
      ['KF01', '2026-10-03', '回复少于5个字', 2, '否'],
      ['KF01', '2026-10-04', '解答错误', 3.5, '否'],
    ]);
    const a = agent(run(people, sales, stats, qa), 'KF01');
    expect(a.score).toBe(92.1); // 97.602… − 5.5 = 92.102 → 92.10
    expect(a.grade).toBe('银牌');
    const fatal = sheet('质检', [
      ['工号', '日期', '质检项目', '扣分', '致命项'],
      ['KF01', '2026-10-03', '泄露买家信息', 0, '是'],
    ]);
    const b = agent(run(people, sales, stats, fatal), 'KF01');
    expect(b.score).toBe(97.6);
    expect(b.grade).toBe('不达标');
    expect(b.pay.performanceBonus).toBe(0);
  });

  test('a KPI not available drops out and the rest scale to 100', () => {
    const noChat = chat([{ account: '店:其他', inquiries: 1, paid: 0 }]);
    const a = agent(run(people, sales, noChat), 'KF01');
    // only sales (75) and AOV (100) remain: (30×75 + 10×100) / 40 = 81.25
    expect(a.score).toBe(81.25);
    expect(a.grade).toBe('铜牌');
  });

  test('personal targets from the Targets sheet override the defaults', () => {
    const targets = sheet('目标', [
      ['工号', '指标', '目标'],
      ['KF01', '询单转化率', '55%'],
      ['KF01', '销售额', 45000],
    ]);
    const a = agent(run(people, sales, stats, targets), 'KF01');
    expect(a.kpis.find((k) => k.key === 'conversion')!.score).toBeCloseTo(100, 10);
    expect(a.kpis.find((k) => k.key === 'sales')!.score).toBeCloseTo(100, 10);
  });
});

describe('rank within role (docs/rules.md: Rank)', () => {
  test('score desc, then sales desc, then agentId; equal score and sales share a rank (1, 2, 2, 4)', () => {
    const ranks = rankWithin([
      { agentId: 'KF04', score: 90, sales: 100 },
      { agentId: 'KF02', score: 95, sales: 100 },
      { agentId: 'KF03', score: 95, sales: 100 },
      { agentId: 'KF01', score: 99, sales: 5 },
      { agentId: 'KF05', score: 90, sales: 200 },
      { agentId: 'KF06', score: null, sales: 999 },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ KF01: 1, KF02: 2, KF03: 2, KF05: 4, KF04: 5, KF06: 6 });
  });
});
