/**
 * How much of a monthly amount a week or a range earns when the plan pays
 * such periods (Plan key `period.pay`, docs/rules.md "Periods"): each day
 * earns 1/(days in its own month). A week of 5 October days and 2 November
 * days earns 5/31 + 2/30 of a month, so the weeks and part-weeks of a month
 * add up to exactly that month. Kept as an exact fraction and rounded to the
 * cent once per amount, like every other pay component.
 */
import type { LocalText } from './model';
import { daysInMonth, partsOf, type Serial } from './dates';
import { divRoundHalfUp } from './decimal';
import type { Cents } from './money';
import { msg } from './messages';

export interface MonthShare {
  num: bigint;
  den: bigint;
  /** Days per calendar month, in order, for the statement's text. */
  parts: { days: number; daysInMonth: number }[];
}

const gcd = (a: bigint, b: bigint): bigint => (b === BigInt(0) ? a : gcd(b, a % b));

/** The share earned by the whole days from `first` up to (not including) `end`. */
export function monthShare(first: Serial, end: Serial): MonthShare {
  const parts: MonthShare['parts'] = [];
  let num = BigInt(0);
  let den = BigInt(1);
  for (let day = Math.floor(first); day < end;) {
    const { y, m, d } = partsOf(day);
    const dim = daysInMonth(y, m);
    const days = Math.min(dim - d + 1, Math.ceil(end - day));
    parts.push({ days, daysInMonth: dim });
    // num/den + days/dim, reduced so that a long range keeps small numbers.
    num = num * BigInt(dim) + BigInt(days) * den;
    den = den * BigInt(dim);
    const g = gcd(num, den);
    if (g > BigInt(1)) {
      num /= g;
      den /= g;
    }
    day += days;
  }
  return { num, den, parts };
}

/** cents × (digits / 10^scale) × share, rounded half-up once. */
export function shareOfCents(
  cents: Cents,
  share: MonthShare,
  factor: { digits: bigint; scale: bigint } = { digits: BigInt(1), scale: BigInt(1) },
): Cents {
  return Number(divRoundHalfUp(BigInt(cents) * factor.digits * share.num, factor.scale * share.den));
}

/** "5/31 + 2/30 个月" / "5/31 + 2/30 of a month". */
export function shareText(share: MonthShare): LocalText {
  const terms = share.parts.map((p) => `${p.days}/${p.daysInMonth}`).join(' + ') || '0';
  return msg('period-share.of-a-month', { terms });
}
