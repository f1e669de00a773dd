/**
 * A chat report without 接待人数: rates and times per agent (a period report, or daily rows). Each row weighs the
 * same, as its conversion rate already did; satisfaction and average response were left not available.
 */
import type { Cell } from '../../src/engine/cell';
import { CHAT_NAME, baseWorkbook, sheetOf } from './builder';
import { run } from './expect';

function withChat(rows: Cell[][]) {
  const wb = baseWorkbook();
  sheetOf(wb, CHAT_NAME).rows = [['旺旺', '日期', '询单转化率', '客户满意率', '平均响应(秒)', '首次响应(秒)'], ...rows];
  return run(wb);
}

test('daily rows: KF01 (50 %, 90 %, 20 s, 8 s and 60 %, 100 %, 30 s, 12 s) → 55 %, 95 %, 25 s, 10 s', () => {
  const r = withChat([
    ['暖阳旗舰店:小美', '2026-10-03', '50%', '90%', 20, 8],
    ['暖阳旗舰店:小美', '2026-10-04', '60%', '100%', 30, 12],
  ]);
  const kf01 = r.agent('KF01');
  expect(kf01.conversion).toBeCloseTo(0.55, 12);
  expect(kf01.satisfaction).toBeCloseTo(0.95, 12);
  expect(kf01.avgResponseSec).toBeCloseTo(25, 12);
  expect(r.result.agents.find((a) => a.agent.agentId === 'KF01')!.measures.firstResponseSec).toBeCloseTo(10, 12);
});

test('one row for the month: KF02 (12.5 %, 96 %, 00:00:25 as text) → as written', () => {
  const r = withChat([['暖阳旗舰店:小丽', null, '12.5%', '96%', '00:00:25', null]]);
  expect(r.agent('KF02')).toMatchObject({ conversion: 0.125, satisfaction: 0.96, avgResponseSec: 25 });
});
