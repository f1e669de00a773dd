/**
 * Exact decimal arithmetic for money and thresholds. Numbers arrive as
 * binary floats (0.58 is really 0.57999…); reading them through 12
 * significant digits restores the decimal the user typed, so 58 % reaches
 * the 2,400 conversion tier instead of falling to 2,000.
 */
export interface Decimal {
  /** value = digits / 10^scale */
  digits: bigint;
  scale: number;
}

const TEN = BigInt(10);

export function pow10(n: number): bigint {
  let r = BigInt(1);
  for (let i = 0; i < n; i++) r *= TEN;
  return r;
}

/** The decimal a float stands for, read through 12 significant digits. */
export function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return { digits: BigInt(0), scale: 0 };
  return parseDecimal(x.toPrecision(12));
}

/** Parse a plain or exponent decimal string ("-12.50", "1.5e+15"). */
export function parseDecimal(s: string): Decimal {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(s.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a decimal: ${s}`);
  const sign = m[1] === '-' ? -1 : 1;
  const intPart = m[2] || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const exp = m[4] ? parseInt(m[4], 10) : 0;
  let digitsStr = intPart + frac;
  let scale = frac.length - exp;
  if (scale < 0) {
    digitsStr += '0'.repeat(-scale);
    scale = 0;
  }
  let digits = BigInt(digitsStr);
  // strip trailing zeros that the exponent left
  while (scale > 0 && digits % TEN === BigInt(0)) {
    digits /= TEN;
    scale--;
  }
  return { digits: sign < 0 ? -digits : digits, scale };
}

/** Bring two decimals to the same scale. */
export function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.digits * pow10(scale - a.scale), b.digits * pow10(scale - b.scale), scale];
}

/** num/den rounded half away from zero (half-up for positive amounts). */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den === BigInt(0)) throw new RangeError('division by zero');
  if (den < BigInt(0)) {
    num = -num;
    den = -den;
  }
  const neg = num < BigInt(0);
  const a = neg ? -num : num;
  const q = (a * BigInt(2) + den) / (den * BigInt(2));
  return neg ? -q : q;
}

/** floor(num/den) for any signs. */
export function divFloor(num: bigint, den: bigint): bigint {
  if (den < BigInt(0)) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  return num < BigInt(0) && q * den !== num ? q - BigInt(1) : q;
}

export function decimalToNumber(d: Decimal): number {
  return Number(d.digits) / Number(pow10(d.scale));
}
