/**
 * Violations escalate within the calendar month (seed 003: 10, then 30, the 3rd and later 30 and dismissal
 * review), whichever week or range is run: a week counts the month's violations before it, and a week
 * straddling two months starts counting again on the 1st. Fines by hand, in cents.
 */
import { runPayroll } from '../../src/engine/run';
import { chat, orders, roster, sheet, workbook } from '../engine/fixture';

// KF01's violations: 5 Oct (W41), 20 Oct (W43), 27 Oct and 1 Nov (both W44: Monday 26 Oct – Sunday 1 Nov).
const shop = (planRows: (string | number)[][]) =>
  workbook(
    roster([{ id: 'KF01' }]),
    orders([{ id: 'o1', paid: 1000, pay: '2026-10-20 10:00:00', memo: 'KF01' }]),
    chat([{ account: '店:KF01', date: '2026-10-20', inquiries: 100, paid: 53 }]),
    sheet('奖惩', [
      ['工号', '日期', '类型', '金额', '原因'],
      ['KF01', '2026-10-05', '违规', null, '迟到'],
      ['KF01', '2026-10-20', '违规', null, '漏回复'],
      ['KF01', '2026-10-27', '违规', null, '态度'],
      ['KF01', '2026-11-01', '违规', null, '漏回复'],
    ]),
    sheet('方案', [['键', '值'], ...planRows]),
  );
const paid = [['period.pay', '是']];
const run = (period: string, planRows = paid) => runPayroll(shop(planRows), { period }).agents[0];
const lines = (a: ReturnType<typeof run>) =>
  a.adjustments.map((x) => [x.date, x.ordinal, x.amount, !!x.dismissalReview]);

test('a paid week fines each violation as the month’s 1st, 2nd or 3rd, not the week’s', () => {
  // W43: 20 Oct is October's 2nd → 30.00 (it was fined as the week's 1st, 10.00).
  const w43 = run('2026-W43');
  expect(lines(w43)).toEqual([['2026-10-20', 2, 3000, false]]);
  expect(w43.pay.fines).toBe(3000);
  // W44: 27 Oct is October's 3rd → 30.00 and dismissal review; 1 Nov is November's 1st → 10.00.
  const w44 = run('2026-W44');
  expect(lines(w44)).toEqual([
    ['2026-10-27', 3, 3000, true],
    ['2026-11-01', 1, 1000, false],
  ]);
  expect(w44.pay.fines).toBe(4000);
  expect(w44.flags.map((f) => f.zh)).toContain('本月第 3 次违规：开除审查');
});

test('October’s weeks add up to the month: 10 + 30 + 30 = 70.00', () => {
  const month = run('2026-10', []);
  expect(month.pay.fines).toBe(7000);
  const octoberParts = [run('2026-W41'), run('2026-W43'), run('2026-W44')].flatMap((a) =>
    a.adjustments.filter((x) => x.date!.startsWith('2026-10')).map((x) => x.amount),
  );
  expect(octoberParts).toEqual([1000, 3000, 3000]);
});

test('a range across two months, and an unpaid weekly assessment, count the same way', () => {
  const range = run('2026-10-16..2026-11-15');
  expect(lines(range)).toEqual([
    ['2026-10-20', 2, 3000, false],
    ['2026-10-27', 3, 3000, true],
    ['2026-11-01', 1, 1000, false],
  ]);
  expect(range.pay.fines).toBe(7000);
  // Without period.pay the week is an assessment: no pay, but the dismissal review is still flagged.
  const assessed = run('2026-W44', []);
  expect(assessed.flags.map((f) => f.en)).toContain('violation #3 this month: dismissal review');
});
