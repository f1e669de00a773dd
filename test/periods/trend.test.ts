/** Trends from earlier scorecards: agents' scores, the shop's figures, a score falling twice, streaks kept. */
import { runPayroll } from '../../src/engine/run';
import { periodJson } from '../../src/engine/output/json';
import { scorecardSheet } from '../../src/engine/output/scorecard';
import { readShopTrendBlock } from '../../src/engine/output/shop-trend-block';
import type { Cell } from '../../src/engine/cell';
import { sheet, workbook } from '../engine/fixture';
import { smallShop } from './small-shop';

/** An earlier scorecard as this version writes it: agent rows, then the shop-trend block. */
function earlier(
  period: string,
  rows: [string, number, string, number, number][],
  shop: [number, number, number],
): ReturnType<typeof sheet> {
  const out: Cell[][] = [['排名', '工号', '姓名', '客服销售额', '询单转化率', '总分', '等级']];
  rows.forEach(([id, score, grade, sales, conv], i) => out.push([i + 1, id, id, sales, conv, score, grade]));
  out.push(
    [],
    ['店铺趋势（本期及往期，供图表和以后的趋势读取）'],
    ['期间', '店铺销售额', '静默销售占比', '询单转化率'],
    [period, shop[0], shop[1], shop[2]],
  );
  return sheet(`绩效 ${period}`, out);
}

// KF01 and KF02 (presales) with two orders and chat; KF03 (aftersales) has neither and is in no trend below.
const inputs = smallShop;

const history = () => [
  earlier(
    '2026-07',
    [
      ['KF01', 101, '金牌', 90000, 0.52],
      ['KF02', 70, '不达标', 1000, 0.2],
    ],
    [120000, 0.05, 0.41],
  ),
  earlier(
    '2026-08',
    [
      ['KF01', 95.5, '银牌', 80000, 0.5],
      ['KF02', 75, '不达标', 1200, 0.25],
    ],
    [110000, 0.06, 0.4],
  ),
  earlier(
    '2026-09',
    [
      ['KF01', 88, '铜牌', 70000, 0.45],
      ['KF02', 79.99, '不达标', 1500, 0.3],
    ],
    [100000, 0.07, 0.39],
  ),
];

test('each agent gets the last periods of the same kind, oldest first, this one last', () => {
  const r = runPayroll(workbook(...inputs(), ...history()), { period: '2026-10' });
  const kf01 = r.agents.find((a) => a.agent.agentId === 'KF01')!;
  expect(kf01.trend.map((p) => p.period)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
  expect(kf01.trend.slice(0, 3)).toEqual([
    { period: '2026-07', score: 101, grade: '金牌', sales: 90000, conversion: 0.52 },
    { period: '2026-08', score: 95.5, grade: '银牌', sales: 80000, conversion: 0.5 },
    { period: '2026-09', score: 88, grade: '铜牌', sales: 70000, conversion: 0.45 },
  ]);
  expect(kf01.trend[3]).toMatchObject({ period: '2026-10', score: kf01.score, sales: 1000, conversion: 0.2 }); // 20 / 100
  const shop = periodJson(r).shop.trend;
  expect(shop.slice(0, 3)).toEqual([
    { period: '2026-07', sales: 120000, silentShare: 0.05, conversion: 0.41 },
    { period: '2026-08', sales: 110000, silentShare: 0.06, conversion: 0.4 },
    { period: '2026-09', sales: 100000, silentShare: 0.07, conversion: 0.39 },
  ]);
  // This month: 1,000 + 3,000 yuan, all attributed; (20 + 60) / 200 inquiries.
  expect(shop[3]).toEqual({ period: '2026-10', sales: 4000, silentShare: 0, conversion: 0.4 });
});

test('a score that fell two periods in a row is flagged; streaks of failed months still count', () => {
  const r = runPayroll(workbook(...inputs(), ...history()), { period: '2026-10' });
  const kf01 = r.agents.find((a) => a.agent.agentId === 'KF01')!;
  const kf02 = r.agents.find((a) => a.agent.agentId === 'KF02')!;
  // KF01: 95.5 (Aug) > 88 (Sep) > this month's score (conversion 20 % of a 50 % target scores 40 points).
  expect(kf01.score!).toBeLessThan(88);
  expect(kf01.scoreFalling).toBe(true);
  expect(kf01.flags.map((f) => f.zh)).toContain('总分连续两期下降');
  // KF02 rose every month, and fails again (sales 3,000 of a 60,000 target): Jul, Aug, Sep and Oct, a streak of 4.
  expect(kf02.scoreFalling).toBe(false);
  expect([kf02.grade, kf02.failureStreak, kf02.streakFlag]).toEqual(['不达标', 4, 'elimination']);
  // A gap breaks "in a row": without August, September's fall is not the second.
  const gap = runPayroll(workbook(...inputs(), history()[0], history()[2]), { period: '2026-10' });
  expect(gap.agents.find((a) => a.agent.agentId === 'KF01')!.scoreFalling).toBe(false);
});

test('months and weeks keep separate trends; at most 6 periods', () => {
  const weeks = [40, 41, 42].map((w) => earlier(`2026-W${w}`, [['KF01', 100 - w, '铜牌', 10, 0.5]], [5000, 0, 0.5]));
  const months = ['2026-03', '2026-04', '2026-05', '2026-06'].map((m) =>
    earlier(m, [['KF01', 90, '银牌', 1, 0.5]], [1, 0, 0.5]),
  );
  const wb = workbook(...inputs(), ...history(), ...weeks, ...months);
  const m = runPayroll(wb, { period: '2026-10' }).agents.find((a) => a.agent.agentId === 'KF01')!;
  expect(m.trend.map((p) => p.period)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
  const w = runPayroll(wb, { period: '2026-W43' });
  expect(w.agents.find((a) => a.agent.agentId === 'KF01')!.trend.map((p) => p.period)).toEqual([
    '2026-W40',
    '2026-W41',
    '2026-W42',
    '2026-W43',
  ]);
  expect(w.shopTrend.map((p) => p.period)).toEqual(['2026-W40', '2026-W41', '2026-W42', '2026-W43']);
});

test('the scorecard carries the trend columns and a shop block a later run reads back', () => {
  const r = runPayroll(workbook(...inputs(), ...history()), { period: '2026-10' });
  const spec = scorecardSheet(r, 'zh');
  const keys = spec.columns.map((c) => c.key);
  expect(keys.slice(-4)).toEqual(['trend.2026-07', 'trend.2026-08', 'trend.2026-09', 'scoreChange']);
  const kf01 = r.agents.findIndex((a) => a.agent.agentId === 'KF01');
  const row = spec.rows[kf01];
  expect(row.slice(-4, -1)).toEqual([101, 95.5, 88]);
  expect(row[row.length - 1]).toBeCloseTo(r.agents[kf01].score! - 88, 2);
  // The next month reads this scorecard's block back as October's shop figures.
  const back = readShopTrendBlock([...spec.rows, [], ...spec.after!.rows] as Cell[][]);
  expect(back.map((p) => p.period)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
  expect(back[3]).toEqual({ period: '2026-10', sales: 4000, silentShare: 0, conversion: 0.4 });
});

test('a conversion above 100 % in an earlier scorecard (more paid buyers than inquiries) is read back as written, not as a percent of it', () => {
  // The scorecard holds fractions as numbers: 1.1 is 110 %, 1.05 is 105 %; read as percents they became 1.1 % and 1.05 %.
  const card = earlier('2026-09', [['KF01', 88, '铜牌', 70000, 1.1]], [100000, 0.07, 1.05]);
  const r = runPayroll(workbook(...inputs(), card), { period: '2026-10' });
  const kf01 = r.agents.find((a) => a.agent.agentId === 'KF01')!;
  expect(kf01.trend[0]).toMatchObject({ period: '2026-09', conversion: 1.1 });
  expect(r.shopTrend[0]).toMatchObject({ period: '2026-09', conversion: 1.05, silentShare: 0.07 });
  // Text as a person might type it still reads as a percent.
  expect(readShopTrendBlock(card.rows.map((row) => row.map((c) => (c === 1.05 ? '105%' : c))))[0].conversion).toBe(
    1.05,
  );
});
