/**
 * What an order's 订单状态 / 售后状态 says about refunds. The status of a
 * million rows is checked, so open statuses are recognised without
 * normalising them (plainlyOpen); test/engine/hot-path.test.ts holds that
 * shortcut to the plain answer.
 */
import type { Cell } from '../cell';
import type { Cents } from '../money';
import { isAsciiOrCjk, normalizeKey } from '../text';

/** Statuses that mean closed after payment, as normalizeKey gives them. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set([
  '交易关闭',
  '已关闭',
  'closed',
  'tradeclosed',
  '订单关闭',
]);

/**
 * Closed after payment? Most statuses ("交易成功") are plainly open and need no
 * normalising; the rest are few and distinct, and normalizeKey remembers them.
 */
export function isClosed(v: Cell | undefined): boolean {
  if (typeof v === 'string' && plainlyOpen(v)) return false;
  return CLOSED_STATUSES.has(normalizeKey(v));
}

/** Punctuation of Chinese statuses whose NFKC form is no letter: ，、。：（）. */
function isPlainPunctuation(c: number): boolean {
  return c === 0xff0c || c === 0x3001 || c === 0x3002 || c === 0xff1a || c === 0xff08 || c === 0xff09;
}

/**
 * A status that cannot normalise to a closed word: every one of them has 闭 or
 * a d, and text of ASCII, CJK ideographs and common punctuation gains neither
 * by normalising. "交易成功" on a million rows is answered without hashing it.
 */
export function plainlyOpen(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x95ed /* 闭 */ || c === 100 || c === 68) return false;
    if (!isAsciiOrCjk(c) && !isPlainPunctuation(c)) return false;
  }
  return true;
}

/** Pinduoduo's 售后状态 with no refund column: 退款成功 is a full refund; anything else refunds nothing. */
export function afterSalesRefund(v: Cell | undefined, paid: Cents): Cents {
  const k = normalizeKey(v);
  return k === '退款成功' || k === '已退款' || k === '全额退款' ? paid : 0;
}
