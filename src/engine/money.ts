import { decimalOf, divRoundHalfUp, pow10 } from './decimal';

/**
 * Money is held as integer cents (分). Every component is rounded half-up to
 * the cent once; gross pay is the sum of rounded components, so rows and
 * totals add up to the cent.
 */
export type Cents = number;

/** Yuan (as typed, e.g. 1234.5) to integer cents, half-up. */
export function toCents(yuan: number): Cents {
  // Fast path: amounts already in whole cents (12.34 → 1233.9999999999998 → 1234).
  const scaled = yuan * 100;
  const near = Math.round(scaled);
  if (Math.abs(scaled - near) < 1e-6 && Math.abs(near) < 1e15) return near === 0 ? 0 : near;
  const d = decimalOf(yuan);
  if (d.scale <= 2) return Number(d.digits * pow10(2 - d.scale));
  return Number(divRoundHalfUp(d.digits, pow10(d.scale - 2)));
}

/** cents × (decimal factor) rounded half-up, exactly. */
export function mulCents(c: Cents, factor: number): Cents {
  const d = decimalOf(factor);
  return Number(divRoundHalfUp(BigInt(c) * d.digits, pow10(d.scale)));
}

/** Split cents into n equal shares that add up exactly; earlier shares take the odd cents. */
export function splitCents(c: Cents, n: number): Cents[] {
  const base = Math.trunc(c / n);
  let rest = c - base * n;
  const out: Cents[] = [];
  for (let i = 0; i < n; i++) {
    if (rest > 0) {
      out.push(base + 1);
      rest--;
    } else out.push(base);
  }
  return out;
}

/** splitCents(c, n)[i] without the array: a split order on a million rows made three arrays each. */
export function centsShare(c: Cents, n: number, i: number): Cents {
  const base = Math.trunc(c / n);
  return i < c - base * n ? base + 1 : base;
}

/** "1,234.50" style text for messages (not for cells: cells carry numbers). */
export function formatYuan(c: Cents): string {
  const neg = c < 0;
  const a = Math.abs(c);
  const whole = Math.floor(a / 100);
  // Most amounts in messages are under 1,000 yuan: no grouping to do.
  const yuan = whole < 1000 ? String(whole) : whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fen = String(a % 100).padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${fen}`;
}

/** Round a plain number half-up to `places` decimals, free of float noise. */
export function roundTo(x: number, places: number): number {
  const d = decimalOf(x);
  // Already within `places`: the decimal it stands for (115.99999999999999 → 116, so a grade threshold is met).
  if (d.scale <= places) return Number(d.digits) / Math.pow(10, d.scale);
  const r = divRoundHalfUp(d.digits, pow10(d.scale - places));
  return Number(r) / Math.pow(10, places);
}
