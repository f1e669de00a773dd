/**
 * The KPI formulas (docs/rules.md: Measures to Pay), as pure functions of plain numbers. The
 * payroll and the CS.* custom functions both call these, so a formula in a
 * cell and the payroll can never disagree. `null` means "not available".
 */
import { decimalOf, align, divFloor, divRoundHalfUp, pow10, Decimal } from './decimal';
import { toCents, Cents } from './money';
import { MemoIds, scanMemo } from './memo';
import { msg, joinedText, type MessageCode } from './messages';
import type { LocalText } from './model';

/**
 * A bad argument (negative count, mismatched sizes …): #VALUE! in a cell. It
 * carries its catalog text in both languages, so the custom functions show it
 * in the manager's language; `message` is the English text (logs, plan notes).
 */
export class ArgumentError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
    this.name = 'ArgumentError';
  }
}

/** A function argument's name (`fn.arg.*`): named in the manager's language, kept lazy so the payroll never builds it. */
export type ArgCode = Extract<MessageCode, `fn.arg.${string}`>;

function requireNonNegative(arg: ArgCode, v: number): void {
  if (!Number.isFinite(v)) throw new ArgumentError(msg('fn.not-a-number-at-all', { arg: msg(arg) }));
  if (v < 0) throw new ArgumentError(msg('fn.negative', { arg: msg(arg), at: '', value: v }));
}

function requirePositive(arg: ArgCode, v: number): void {
  if (!(v > 0)) throw new ArgumentError(msg('fn.must-be-positive', { arg: msg(arg), value: v }));
}

/** Lists that must pair up: "ranges differ in size (cells: scores 3, weights 2)". */
export function sizesDiffer(sizes: [ArgCode, number][]): ArgumentError {
  return new ArgumentError(
    msg('fn.sizes-differ', { sizes: joinedText(sizes.map(([arg, n]) => msg('fn.size', { arg: msg(arg), n }))) }),
  );
}

function requireNonNegativeItem(arg: ArgCode, v: number, index: number): void {
  if (!Number.isFinite(v) || v < 0)
    throw new ArgumentError(msg('fn.item-not-non-negative', { arg: msg(arg), n: index + 1, value: v }));
}

/** num / den, or null when den is 0. */
export function ratio(num: number, den: number): number | null {
  if (den === 0) return null;
  return num / den;
}

/**
 * 询单转化率 = paid buyers / inquiries. Paid buyers above inquiries (an export
 * quirk, warned about when the chat sheet is read) count as given, so the
 * result may exceed 1: the payroll and CS.CONVERSION must agree on it.
 */
export function conversion(inquiries: number, paidBuyers: number): number | null {
  requireNonNegative('fn.arg.inquiries', inquiries);
  requireNonNegative('fn.arg.paidBuyers', paidBuyers);
  return ratio(paidBuyers, inquiries);
}

/** 客单价 = sales / buyers. */
export function aov(sales: number, buyers: number): number | null {
  requireNonNegative('fn.arg.buyers', buyers);
  return ratio(sales, buyers);
}

/** 客件数 = units / buyers. */
export function upt(units: number, buyers: number): number | null {
  requireNonNegative('fn.arg.units', units);
  requireNonNegative('fn.arg.buyers', buyers);
  return ratio(units, buyers);
}

/** 回复率 = (received − unreplied) / received. */
export function replyRate(received: number, unreplied: number): number | null {
  requireNonNegative('fn.arg.received', received);
  requireNonNegative('fn.arg.unreplied', unreplied);
  if (unreplied > received) {
    throw new ArgumentError(
      msg('fn.exceeds', {
        arg: msg('fn.arg.unreplied'),
        value: unreplied,
        limitArg: msg('fn.arg.received'),
        limit: received,
      }),
    );
  }
  return ratio(received - unreplied, received);
}

/**
 * A day's 未回复人数 as the reply rate counts it: at most that day's 接待人数 (more
 * is an export quirk). The payroll's chat rows and CS.REPLYRATE over paired days share it.
 */
export function unrepliedOfDay(received: number, unreplied: number): number {
  return Math.max(0, Math.min(unreplied, received));
}

/** 退款率 = refunds / paid. */
export function refundRate(refunds: number, paid: number): number | null {
  requireNonNegative('fn.arg.refunds', refunds);
  requireNonNegative('fn.arg.paid', paid);
  return ratio(refunds, paid);
}

/** Net sales of one order in cents: max(0, paid − postage − refund), each deduction switchable. */
export function netSalesCents(
  paid: Cents,
  postage: Cents,
  refund: Cents,
  deductPostage = true,
  deductRefund = true,
): Cents {
  const net = paid - (deductPostage ? postage : 0) - (deductRefund ? refund : 0);
  return net > 0 ? net : 0;
}

/** Net sales in yuan, exact to the cent. */
export function netSales(paid: number, postage: number, refund: number): number {
  requireNonNegative('fn.arg.paid', paid);
  requireNonNegative('fn.arg.postage', postage);
  requireNonNegative('fn.arg.refund', refund);
  return netSalesCents(toCents(paid), toCents(postage), toCents(refund)) / 100;
}

/**
 * KPI score = min(actual/target, cap) × 100, or min(target/actual, cap) × 100
 * when lower is better (actual 0 → cap × 100). Null when actual or target is
 * not available, or the target is 0.
 */
export function kpiScore(
  actual: number | null,
  target: number | null,
  lowerIsBetter = false,
  cap = 1.2,
): number | null {
  if (actual === null || target === null) return null;
  if (!Number.isFinite(actual) || !Number.isFinite(target)) return null;
  if (target <= 0) return null;
  requireNonNegative('fn.arg.actual', actual);
  requirePositive('fn.arg.cap', cap);
  let r: number;
  if (lowerIsBetter) r = actual === 0 ? cap : Math.min(target / actual, cap);
  else r = Math.min(actual / target, cap);
  return r * 100;
}

/**
 * Σ weight × score / Σ weights over the KPIs that are available: a KPI that
 * is not available drops out and the remaining weights are scaled to 100.
 */
export function weightedScore(scores: (number | null)[], weights: number[]): number | null {
  if (scores.length !== weights.length)
    throw sizesDiffer([
      ['fn.arg.scores', scores.length],
      ['fn.arg.weights', weights.length],
    ]);
  let sw = 0;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weights[i];
    requireNonNegativeItem('fn.arg.weights', w, i);
    const s = scores[i];
    if (s === null || w === 0) continue;
    sw += w;
    sum += w * s;
  }
  return sw === 0 ? null : sum / sw;
}

export type Grade = '金牌' | '银牌' | '铜牌' | '不达标';
export const GRADES: Grade[] = ['金牌', '银牌', '铜牌', '不达标'];

/** Grade (docs/rules.md): ≥ gold → 金牌, ≥ silver → 银牌, ≥ bronze → 铜牌, else 不达标. */
export function grade(
  score: number | null,
  thresholds: { gold: number; silver: number; bronze: number } = { gold: 100, silver: 90, bronze: 80 },
  fatal = false,
): Grade {
  if (fatal || score === null) return '不达标';
  if (score >= thresholds.gold) return '金牌';
  if (score >= thresholds.silver) return '银牌';
  if (score >= thresholds.bronze) return '铜牌';
  return '不达标';
}

/**
 * Full steps of `step` above `start` reached by `value`, computed on exact
 * decimals: value 0.58, start 0.5, step 0.02 → 4 (not 3.9999…). −1 below start.
 */
export function tierSteps(value: number, start: number, step: number): number {
  requirePositive('fn.arg.step', step);
  const v = decimalOf(value);
  const s = decimalOf(start);
  const st = decimalOf(step);
  const [vv, ss, scale1] = align(v, s);
  const diff: Decimal = { digits: vv - ss, scale: scale1 };
  if (diff.digits < BigInt(0)) return -1;
  const [dd, stt] = align(diff, st);
  return Number(divFloor(dd, stt));
}

/**
 * Tier bonus (seed 004): value ≥ start → startAmount, plus stepAmount for every
 * further full step; uncapped. 0.58 with (0.5, 800, 0.02, 400) → 2,400.
 * Amounts are returned in cents.
 */
export function tierBonusCents(
  value: number,
  start: number,
  startAmount: number,
  step: number,
  stepAmount: number,
): Cents {
  const n = tierSteps(value, start, step);
  if (n < 0) return 0;
  return toCents(startAmount) + n * toCents(stepAmount);
}

export function tierBonus(value: number, start: number, startAmount: number, step: number, stepAmount: number): number {
  return tierBonusCents(value, start, startAmount, step, stepAmount) / 100;
}

export type CommissionMode = 'marginal' | 'flat';

/**
 * Commission on sales (cents) with tier bounds (yuan, ascending) and one
 * more rate than bounds. Marginal: each slice at its own rate. Flat: the
 * reached tier's rate on everything. Rounded half-up once, to the cent.
 */
export function commissionCents(
  salesCents: Cents,
  bounds: number[],
  rates: number[],
  mode: CommissionMode = 'marginal',
): Cents {
  if (rates.length !== bounds.length + 1) {
    throw new ArgumentError(
      msg('fn.one-more-rate', {
        rates: msg('fn.arg.rates'),
        bounds: msg('fn.arg.bounds'),
        b: bounds.length,
        r: rates.length,
      }),
    );
  }
  const boundCents = bounds.map((b, i) => {
    requireNonNegativeItem('fn.arg.bounds', b, i);
    return toCents(b);
  });
  for (let i = 1; i < boundCents.length; i++) {
    if (boundCents[i] <= boundCents[i - 1])
      throw new ArgumentError(msg('fn.not-ascending', { arg: msg('fn.arg.bounds') }));
  }
  const rateDec = rates.map((r, i) => {
    requireNonNegativeItem('fn.arg.rates', r, i);
    return decimalOf(r);
  });
  if (salesCents <= 0) return 0;
  const scale = Math.max(...rateDec.map((r) => r.scale));
  const rateScaled = rateDec.map((r) => r.digits * pow10(scale - r.scale));
  const sales = BigInt(salesCents);
  let total = BigInt(0);
  if (mode === 'flat') {
    let tier = 0;
    while (tier < boundCents.length && salesCents > boundCents[tier]) tier++;
    total = sales * rateScaled[tier];
  } else {
    let lower = BigInt(0);
    for (let i = 0; i <= boundCents.length; i++) {
      const upper = i < boundCents.length ? BigInt(boundCents[i]) : sales;
      const top = sales < upper ? sales : upper;
      if (top > lower) total += (top - lower) * rateScaled[i];
      if (sales <= upper) break;
      lower = upper;
    }
  }
  return Number(divRoundHalfUp(total, pow10(scale)));
}

export function commission(
  sales: number,
  bounds: number[],
  rates: number[],
  mode: CommissionMode = 'marginal',
): number {
  if (!Number.isFinite(sales)) throw new ArgumentError(msg('fn.not-a-number-at-all', { arg: msg('fn.arg.sales') }));
  return commissionCents(toCents(sales), bounds, rates, mode) / 100;
}

/** Upper-case, full-width folded form of an agentId, as memo matching uses it. */
export function normalizeAgentId(id: string): string {
  return id.normalize('NFKC').trim().toUpperCase();
}

/**
 * The agentIds written in a memo as whole tokens (`KF07`, `#KF07`,
 * `客服:KF07`, `KF07/KF12`), in the order first written, each once. One pass
 * and a table lookup per token: no scan of the roster per order.
 */
export function memoAgents(memo: string, agentIds: ReadonlySet<string>): string[] {
  const ids = new MemoIds(agentIds);
  const found: number[] = [];
  const n = scanMemo(memo, ids, found);
  return found.slice(0, n).map((i) => ids.key(i));
}
