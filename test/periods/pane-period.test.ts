/** The pane's period picker logic: weeks and ranges besides months. */
import { convertPeriod, isValidPeriod, periodMode, shiftPeriod } from '../../src/taskpane/period';

test('weeks and ranges are valid as the engine writes them', () => {
  expect(isValidPeriod('2026-W43')).toBe(true);
  expect(isValidPeriod('2026-w43')).toBe(true); // typed in lower case: the same week
  expect(isValidPeriod('2026-W54')).toBe(false);
  expect(isValidPeriod('2026-10-01..2026-10-15')).toBe(true);
  expect(isValidPeriod('2026-10-15..2026-10-01')).toBe(false);
  expect(periodMode('2026-W43')).toBe('week');
  expect(periodMode('2026-10-01..2026-10-15')).toBe('range');
  expect(periodMode('2026-10')).toBe('month');
});

test('stepping a week crosses a year with 53 weeks; a range steps by its own length', () => {
  expect(shiftPeriod('2026-W53', 1)).toBe('2027-W01');
  expect(shiftPeriod('2027-W01', -1)).toBe('2026-W53');
  expect(shiftPeriod('2026-W43', -1)).toBe('2026-W42');
  expect(shiftPeriod('2026-10-01..2026-10-15', 1)).toBe('2026-10-16..2026-10-30'); // 15 days later
  expect(shiftPeriod('2026-10', 1)).toBe('2026-11');
});

test('switching mode keeps the same stretch of time', () => {
  expect(convertPeriod('2026-10', 'week')).toBe('2026-W40'); // Thu 1 Oct 2026 is in week 40 (Mon 28 Sep)
  expect(convertPeriod('2026-10', 'range')).toBe('2026-10-01..2026-10-15');
  expect(convertPeriod('2026-W44', 'month')).toBe('2026-10'); // Mon 26 Oct .. Sun 1 Nov: its Thursday is 29 Oct
  expect(convertPeriod('2026-W44', 'range')).toBe('2026-10-26..2026-11-01');
  expect(convertPeriod('2026-10-19..2026-10-25', 'week')).toBe('2026-W43');
});
