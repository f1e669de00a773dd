/**
 * A chat export opened in Excel and saved as .xlsx (or pasted in): Excel turns the text 00:00:20 into the time
 * 20 / 86,400 of a day, which the reader gets as that number. It is still 20 seconds.
 */
import { CHAT_NAME, baseWorkbook, sheetOf } from './builder';
import { expectSameAsBase, run } from './expect';

test('平均响应 as Excel times: KF01 (00:00:20 over 60 received, 00:00:30 over 50) averages 2,700 / 110 s', () => {
  const wb = baseWorkbook();
  const chat = sheetOf(wb, CHAT_NAME);
  const col = chat.rows[0].indexOf('平均响应(秒)');
  // KF01's two days (rows 2 and 3): 20 s and 30 s, as Excel stores the times.
  chat.rows[1][col] = 20 / 86400;
  chat.rows[2][col] = 30 / 86400;
  const r = run(wb);
  // Weighted by 接待人数: (60 × 20 + 50 × 30) / 110 = 2,700 / 110.
  expect(r.agent('KF01').avgResponseSec).toBeCloseTo(2700 / 110, 9);
  expect(r.codes()).toEqual(['order-silent']);
});

test('日期 as the number yyyymmdd (20261003, as some reports store 统计日期) → the same day: the same results as the base', () => {
  const wb = baseWorkbook();
  const chat = sheetOf(wb, CHAT_NAME);
  // The base's chat dates are 2026-10-03 and 2026-10-04.
  for (const row of chat.rows.slice(1)) row[1] = Number(String(row[1]).replace(/-/g, ''));
  expect(chat.rows[1][1]).toBe(20261003);
  const r = run(wb);
  expectSameAsBase(r, run(baseWorkbook()));
  expect(r.codes()).toEqual(['order-silent']);
});
