/** Periods: months, ISO weeks and ranges of days; week boundaries; sheet names. */
import {
  formatSerial,
  isoWeeksInYear,
  parsePeriod,
  periodFault,
  periodSheetKey,
  previousPeriod,
  serialOf,
  inPeriod,
  weekOf,
} from '../../src/engine/dates';
import { outputSheetNames, sheetName } from '../../src/engine/output/labels';
import { periodFaultMessage } from '../../src/engine/period-rules';
import { scorecardPeriod, isEarlierPeriod } from '../../src/engine/sheets/detect';
import { runPayroll } from '../../src/engine/run';
import { chat, orders, roster, workbook } from '../engine/fixture';

const span = (key: string) => {
  const p = parsePeriod(key)!;
  return `${formatSerial(p.start)}..${formatSerial(p.end - 1)}`;
};

describe('ISO weeks', () => {
  test('2026-W43 is Monday 19 to Sunday 25 October 2026', () => {
    // 2026-01-01 is a Thursday, so week 1 runs Mon 2025-12-29 .. Sun 2026-01-04;
    // week 43 starts 42 × 7 = 294 days later: 2025-12-29 + 294 d = 2026-10-19.
    expect(span('2026-W43')).toBe('2026-10-19..2026-10-25');
    const w = parsePeriod('2026-W43')!;
    expect([w.kind, w.key, w.days, w.week]).toEqual(['week', '2026-W43', 7, 43]);
  });

  test('week 1 starts in the previous calendar year; week 53 ends in the next', () => {
    expect(span('2026-W01')).toBe('2025-12-29..2026-01-04');
    // 2026 starts on a Thursday: an ISO year of 53 weeks; the last runs Mon 28 Dec 2026 .. Sun 3 Jan 2027.
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(span('2026-W53')).toBe('2026-12-28..2027-01-03');
    // 2025 starts on a Wednesday and is not a leap year: 52 weeks, so 2025-W53 does not exist.
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(parsePeriod('2025-W53')).toBeNull();
    // 2020 starts on a Wednesday in a leap year: 53 weeks.
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(parsePeriod('2026-W00')).toBeNull();
  });

  test('Sunday 23:59:59 is in the week, Monday 00:00:00 is in the next', () => {
    const w43 = parsePeriod('2026-W43')!;
    expect(inPeriod(serialOf(2026, 10, 25, 23, 59, 59), w43)).toBe(true);
    expect(inPeriod(serialOf(2026, 10, 26, 0, 0, 0), w43)).toBe(false);
    expect(inPeriod(serialOf(2026, 10, 19, 0, 0, 0), w43)).toBe(true);
    expect(inPeriod(serialOf(2026, 10, 18, 23, 59, 59), w43)).toBe(false);
    expect(weekOf(serialOf(2026, 10, 26, 0, 0, 0)).key).toBe('2026-W44');
  });

  test('a week spanning two months, and the week before week 1', () => {
    // Mon 26 Oct .. Sun 1 Nov 2026.
    expect(span('2026-W44')).toBe('2026-10-26..2026-11-01');
    expect(previousPeriod(parsePeriod('2027-W01')!).key).toBe('2026-W53');
    expect(previousPeriod(parsePeriod('2026-W01')!).key).toBe('2025-W52');
    expect(previousPeriod(parsePeriod('2026-W43')!, 2).key).toBe('2026-W41');
  });
});

describe('ranges and months', () => {
  test('a range includes both days', () => {
    const r = parsePeriod('2026-10-01..2026-10-15')!;
    expect([r.kind, r.key, r.days]).toEqual(['range', '2026-10-01..2026-10-15', 15]);
    expect(inPeriod(serialOf(2026, 10, 15, 23, 59, 59), r)).toBe(true);
    expect(inPeriod(serialOf(2026, 10, 16), r)).toBe(false);
    expect(parsePeriod('2026-10-1..2026-10-5')!.key).toBe('2026-10-01..2026-10-05');
    expect(previousPeriod(r).key).toBe('2026-09-16..2026-09-30');
  });

  test('bad ranges are refused', () => {
    expect(parsePeriod('2026-10-15..2026-10-01')).toBeNull(); // backwards
    expect(parsePeriod('2026-02-30..2026-03-01')).toBeNull(); // no 30 February
    expect(parsePeriod('2025-01-01..2026-01-02')).toBeNull(); // 367 days
    expect(parsePeriod('2026-10-01..')).toBeNull();
  });

  test('months are as before', () => {
    const m = parsePeriod('2026-10')!;
    expect([m.kind, m.key, m.days, span('2026-10')]).toEqual(['month', '2026-10', 31, '2026-10-01..2026-10-31']);
    expect(previousPeriod(parsePeriod('2026-01')!).key).toBe('2025-12');
    expect(parsePeriod('2026-13')).toBeNull();
  });
});

describe('sheet names', () => {
  test('every output name is a valid Excel sheet name of at most 31 characters', () => {
    for (const key of ['2026-10', '2026-W43', '2026-10-01..2026-10-15']) {
      for (const name of outputSheetNames(key)) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
      }
    }
    expect(sheetName('scorecard', '2026-W43', 'zh')).toBe('绩效 2026-W43');
    expect(sheetName('scorecard', '2026-10-01..2026-10-15', 'en')).toBe('Scorecard 20261001-20261015');
    expect(periodSheetKey('2026-10')).toBe('2026-10');
  });

  test('earlier scorecards of every kind are recognised and ordered by time', () => {
    expect(scorecardPeriod('绩效 2026-W42')).toBe('2026-W42');
    expect(scorecardPeriod('Scorecard 20261001-20261015')).toBe('2026-10-01..2026-10-15');
    expect(scorecardPeriod('绩效 2026-09')).toBe('2026-09');
    expect(isEarlierPeriod('2026-W42', '2026-W43')).toBe(true);
    expect(isEarlierPeriod('2026-W43', '2026-W43')).toBe(false);
    // Week 44 runs into November: it is not over before November starts.
    expect(isEarlierPeriod('2026-W44', '2026-11')).toBe(false);
    expect(isEarlierPeriod('2026-W43', '2026-11')).toBe(true);
  });
});

describe('a period in the right form that names no period says what is wrong', () => {
  // 1 January 2025 is a Wednesday of a common year: 52 ISO weeks; 1 January 2026 is a Thursday: 53.
  test.each([
    [
      '2025-W53',
      '2025 年只有 52 个 ISO 周（2025-W01 … 2025-W52），没有“2025-W53”',
      '2025 has 52 ISO weeks (2025-W01 … 2025-W52): there is no "2025-W53"',
    ],
    [
      '2026-W54',
      '2026 年只有 53 个 ISO 周（2026-W01 … 2026-W53），没有“2026-W54”',
      '2026 has 53 ISO weeks (2026-W01 … 2026-W53): there is no "2026-W54"',
    ],
    ['2026-13', '期间“2026-13”的月份不存在（应为 01–12）', 'Period "2026-13" names no month (01–12)'],
    [
      '2026-02-29..2026-03-01',
      '期间“2026-02-29..2026-03-01”中有日历上不存在的日期',
      'Period "2026-02-29..2026-03-01" names a day the calendar does not have',
    ],
    [
      '2026-10-15..2026-10-01',
      '期间“2026-10-15..2026-10-01”的结束日早于开始日',
      'Period "2026-10-15..2026-10-01" ends before it starts',
    ],
    // 2025 and 2026 are both 365 days long.
    [
      '2025-01-01..2026-12-31',
      '期间“2025-01-01..2026-12-31”共 730 天，最多 366 天',
      'Period "2025-01-01..2026-12-31" spans 730 days; at most 366',
    ],
  ])('%s', (text, zh, en) => {
    expect(periodFaultMessage(text)).toEqual({ zh, en });
  });

  test('a range takes years 2000 to 2999 for each of its days; outside them it is no period and has no fault', () => {
    // Inclusive bounds: 2000-01-01..07 and 2999-12-25..31 are 7 days each.
    expect(parsePeriod('2000-01-01..2000-01-07')?.days).toBe(7);
    expect(parsePeriod('2999-12-25..2999-12-31')?.days).toBe(7);
    for (const text of ['1999-12-31..2000-01-02', '2999-12-31..3000-01-01', '2026-10-01..1999-12-31']) {
      expect([text, parsePeriod(text), periodFault(text)]).toEqual([text, null, null]);
    }
    // The same days within the years, the wrong way round: refused, and why.
    expect([parsePeriod('2026-10-15..2026-10-01'), periodFault('2026-10-15..2026-10-01')]).toEqual([
      null,
      { kind: 'reversed' },
    ]);
    // 2026-01-01..2027-01-01 is 365 + 1 = 366 days (2026 is a common year): the longest range; one day more is refused.
    expect(parsePeriod('2026-01-01..2027-01-01')?.days).toBe(366);
    expect(periodFault('2026-01-01..2027-01-02')).toEqual({ kind: 'long', days: 367 });
  });

  test('a wrong form, or a period that exists, has no fault: the general message names the forms', () => {
    for (const text of ['2026-1O', '202610', '1999-W53', '2026-W53', '2020-W53', '2026-10'])
      expect(periodFaultMessage(text)).toBeNull();
  });
});

describe('Excel serial times a hair off the second', () => {
  // A time computed in Excel can be stored 1 ms or less before midnight while Excel shows the next day at 00:00:00.
  const nov1 = serialOf(2026, 11, 1); // Sunday 1 November 2026, the last day of 2026-W44
  const orderAt = (id: string, paid: number, pay: number) => ({ id, paid, pay, memo: 'KF01' });
  const shop = workbook(
    roster([{ id: 'KF01' }]),
    chat([{ account: '店:KF01', date: '2026-10-20', inquiries: 10, paid: 5 }]),
    orders([
      orderAt('A', 100, nov1 - 1e-8), // shown 2026-11-01 00:00:00: November, W44
      orderAt('B', 200, nov1 + 1 - 1e-9), // shown 2026-11-02 00:00:00: November, W45
      orderAt('C', 400, nov1 - 1 / 86400), // 2026-10-31 23:59:59: October, W44
    ]),
  );
  const sales = (period: string) => runPayroll(shop, { period }).agents[0].measures.sales;

  test('are read as the second Excel shows, so the order lands in the month and week shown', () => {
    expect(formatSerial(nov1 - 1e-8, true)).toBe('2026-11-01 00:00:00');
    expect(sales('2026-10')).toBe(40000);
    expect(sales('2026-11')).toBe(10000 + 20000);
    expect(sales('2026-W44')).toBe(10000 + 40000);
    expect(sales('2026-W45')).toBe(20000);
  });
});
