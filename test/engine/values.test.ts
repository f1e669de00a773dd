import { isBlank, Cell } from '../../src/engine/cell';
import { parseNumber, parsePercent, parseCount, parseSeconds } from '../../src/engine/numbers';
import { parseDate, serialOf, parsePeriod, formatSerial, daysInMonth } from '../../src/engine/dates';
import { cellText, isSummaryRow, isNotAvailableText, normalizeKey } from '../../src/engine/text';
import { toCents, splitCents, centsShare, formatYuan, mulCents, roundTo } from '../../src/engine/money';

const v = (x: ReturnType<typeof parseNumber>) => (x.kind === 'value' ? x.value : x.kind);

describe('amounts as exports write them (docs/rules.md: Inputs)', () => {
  test.each([
    ['1,234.50', 1234.5],
    ['¥12', 12],
    ['￥1 234.00', 1234],
    ['１２３．５', 123.5], // full-width digits
    ['12元', 12],
    ['(12.00)', -12],
    ['-8', -8],
    ['="88.80"', 88.8],
    [99.9, 99.9],
  ])('%p → %p', (input, expected) => expect(v(parseNumber(input))).toBe(expected));

  test('blank, "not available" and garbage are told apart, never 0', () => {
    expect(v(parseNumber(''))).toBe('blank');
    expect(v(parseNumber(null))).toBe('blank');
    expect(v(parseNumber('延迟统计'))).toBe('na');
    expect(v(parseNumber('-'))).toBe('na');
    expect(v(parseNumber('abc'))).toBe('invalid');
    expect(v(parseNumber('1.2.3'))).toBe('invalid');
  });

  // A comma that does not group thousands is a decimal comma or a typo: read as a separator, 1.234,50 became 1.23.
  test.each([
    ['1.234,50', 'invalid'],
    ['12,5', 'invalid'],
    ['1,23', 'invalid'],
    ['1,2345', 'invalid'],
    [',123', 'invalid'],
    ['1,234', 1234],
    ['¥1,234.50', 1234.5],
    ['12,345,678.9', 12345678.9],
    ['(1,234.00)', -1234],
    ['-1，234', -1234], // full-width comma
  ])('comma grouping: %p → %p', (input, expected) => expect(v(parseNumber(input))).toBe(expected));

  test('counts are whole and non-negative; percents and seconds', () => {
    expect(v(parseCount('12'))).toBe(12);
    expect(v(parseCount('12.5'))).toBe('invalid');
    expect(v(parseCount(-1))).toBe('invalid');
    expect(v(parsePercent('98.5%'))).toBeCloseTo(0.985, 12);
    expect(v(parsePercent(0.985))).toBe(0.985);
    expect(v(parsePercent(98.5))).toBeCloseTo(0.985, 12); // a bare number above 1 is a percent
    expect(v(parseSeconds('12.5秒'))).toBe(12.5);
  });

  test('seconds stored as an Excel time (a fraction of a day, below an hour) are read as the time they show', () => {
    // 00:00:25 = 25 / 86,400 of a day; 00:01:05 = 65 / 86,400; 00:59:59 = 3,599 / 86,400.
    expect(v(parseSeconds(25 / 86400))).toBe(25);
    expect(v(parseSeconds(65 / 86400))).toBe(65);
    expect(v(parseSeconds(3599 / 86400))).toBe(3599);
    expect(v(parseSeconds(0.000289351851851852))).toBe(25); // as Excel writes 00:00:25 in the file
    // Plain seconds stay seconds, 0 and an hour or more included.
    expect(v(parseSeconds(0))).toBe(0);
    expect(v(parseSeconds(12.5))).toBe(12.5);
    expect(v(parseSeconds(1 / 24))).toBe(1 / 24);
    expect(v(parseSeconds(0.5))).toBe(0.5);
  });
});

describe('dates (docs/rules.md: Inputs)', () => {
  const d = (x: Parameters<typeof parseDate>[0]) => {
    const p = parseDate(x);
    return p.kind === 'value' ? formatSerial(p.value, true) : p.kind;
  };
  test.each([
    ['2026-10-05 14:23:11', '2026-10-05 14:23:11'],
    ['2026/10/5 9:05', '2026-10-05 09:05:00'],
    ['2026-10-05', '2026-10-05 00:00:00'],
    ['2026年10月5日', '2026-10-05 00:00:00'],
    ['20261005', '2026-10-05 00:00:00'],
    [46300.5, '2026-10-05 12:00:00'], // Excel serial: 46300 is 2026-10-05
    [20261005, '2026-10-05 00:00:00'], // a report's 统计日期 as the number yyyymmdd (no serial is that large)
    [20261399, 'invalid'],
    // Chinese Excel's 12-hour times, saved to CSV as shown (they were an unreadable date, the row skipped).
    ['2026/10/5 下午 3:03', '2026-10-05 15:03:00'],
    ['2026/10/5 上午 9:03:07', '2026-10-05 09:03:07'],
    ['2026/10/5 下午 12:30', '2026-10-05 12:30:00'], // 12 noon
    ['2026/10/5 上午 12:30', '2026-10-05 00:30:00'], // half past midnight
    ['2026-10-05 3:03 PM', '2026-10-05 15:03:00'],
    ['2026-10-05 11:59:59 am', '2026-10-05 11:59:59'],
    ['2026年10月5日 下午3:03', '2026-10-05 15:03:00'],
  ])('%p → %p', (input, expected) => expect(d(input)).toBe(expected));

  test('a half-day mark needs a 12-hour time', () => {
    expect(d('2026/10/5 下午 13:03')).toBe('invalid');
    expect(d('2026/10/5 上午 0:30')).toBe('invalid');
    expect(d('2026/10/5 下午')).toBe('invalid');
  });

  test('invalid dates are invalid, not guessed', () => {
    expect(d('2026-02-30 10:00:00')).toBe('invalid');
    expect(d('2026-13-01')).toBe('invalid');
    expect(d('昨天')).toBe('invalid');
    expect(d('')).toBe('blank');
  });

  test('serials agree with Excel: 1900-01-01 is 1, 2026-10-01 is 46296', () => {
    expect(serialOf(1900, 1, 1)).toBe(2);
    expect(serialOf(2026, 10, 1)).toBe(46296);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(parsePeriod('2026-10')!.days).toBe(31);
    expect(parsePeriod('2026-13')).toBeNull();
  });
});

describe('text', () => {
  test('="…" order numbers are unwrapped; full-width and trailing spaces folded', () => {
    expect(cellText('="3000202610000001"')).toBe('3000202610000001');
    expect(cellText('  小美　')).toBe('小美');
    expect(normalizeKey('买家实际支付金额 ')).toBe(normalizeKey('买家实际支付金额'));
    expect(normalizeKey('ＡＢＣ')).toBe('abc');
  });
  test('summary rows and not-available cells', () => {
    expect(isSummaryRow(['合计', null, 100])).toBe(true);
    expect(isSummaryRow([null, '汇总'])).toBe(true);
    expect(isSummaryRow(['Total'])).toBe(true);
    expect(isSummaryRow(['均值', 1])).toBe(true);
    expect(isSummaryRow(['KF01', 1])).toBe(false);
    // Plain words are lower-cased in place, everything else normalised: both read the same.
    expect(isSummaryRow(['TOTAL:'])).toBe(true);
    expect(isSummaryRow(['合计：'])).toBe(true);
    expect(isSummaryRow(['ｔｏｔａｌ'])).toBe(true);
    expect(isSummaryRow([' Total '])).toBe(true);
    expect(isSummaryRow(['to tal'])).toBe(true);
    expect(isSummaryRow(['tb_buyer123', '小美'])).toBe(false);
    expect(isNotAvailableText('延迟统计')).toBe(true);
    expect(isNotAvailableText('-')).toBe(true);
    expect(isNotAvailableText('0')).toBe(false);
  });
});

describe('money is exact cents, half-up (docs/rules.md: Pay)', () => {
  test('float noise never changes a cent', () => {
    expect(toCents(1.005)).toBe(101); // 1.005 is 1.00499999… as a float; half-up on the decimal gives 1.01
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(1234.5)).toBe(123450);
    expect(toCents(-2.345)).toBe(-235); // half away from zero
    expect(mulCents(100000, 1.2)).toBe(120000);
    expect(mulCents(333, 0.5)).toBe(167); // 166.5 → 167
    expect(roundTo(99.995, 2)).toBe(100);
  });
  test('splitting cents adds up exactly; earlier shares take the odd cents', () => {
    expect(splitCents(10001, 3)).toEqual([3334, 3334, 3333]);
    expect(splitCents(10001, 3).reduce((a, b) => a + b)).toBe(10001);
    // centsShare is one share of splitCents without the array: equal for every share, negative amounts too.
    for (const c of [0, 1, 2, 99, 10001, 12345679, -1, -10001, 7.5e9])
      for (let n = 1; n <= 7; n++) {
        const shares = splitCents(c, n);
        shares.forEach((share, i) => expect([c, n, i, centsShare(c, n, i)]).toEqual([c, n, i, share]));
      }
    expect(formatYuan(123456789)).toBe('1,234,567.89');
    expect(formatYuan(-5)).toBe('-0.05');
  });
});

describe('blank cells', () => {
  test('empty, spaces of every kind, and nothing else', () => {
    for (const b of [null, undefined, '', ' ', '\t', '\u3000', '\u00a0', '\u2002', '\ufeff', ' \u3000 '])
      expect(isBlank(b as Cell)).toBe(true);
    for (const x of ['a', ' a', '\u3000小美', '0', 0, false, '-']) expect(isBlank(x as Cell)).toBe(false);
  });
});
