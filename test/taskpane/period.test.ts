import { isValidPeriod, lastMonth, shiftPeriod } from '../../src/taskpane/period';

test('the default period is the month before today, across a year end', () => {
  expect(lastMonth(new Date(2026, 10, 15))).toBe('2026-10');
  expect(lastMonth(new Date(2026, 0, 1))).toBe('2025-12');
  expect(lastMonth(new Date(2026, 2, 31))).toBe('2026-02'); // no day overflow into March
});

test('periods are YYYY-MM with a real month', () => {
  expect(isValidPeriod('2026-10')).toBe(true);
  expect(isValidPeriod(' 2026-10 ')).toBe(true);
  for (const bad of ['2026-13', '2026-00', '2026-1', '26-10', '2026/10', '']) expect(isValidPeriod(bad)).toBe(false);
});

test('stepping a month crosses years and leaves invalid text alone', () => {
  expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
  expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
  expect(shiftPeriod('abc', 1)).toBe('abc');
});
