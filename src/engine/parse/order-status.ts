/**
 * What an order's 订单状态 / 售后状态 says about refunds. The status of a
 * million rows is checked, so open statuses are recognised without
 * normalising them (plainlyOpen); test/engine/hot-path.test.ts holds that
 * shortcut to the plain answer.
 */
import type { Cell } from '../cell';
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

/** What a Pinduoduo 售后状态 says of the refund, read where the sheet has no refund column. */
export type AfterSales = 'none' | 'full' | 'partial' | 'pending';

/** Refunded in full: the whole 实付 goes back. */
const FULL_REFUND_WORDS: ReadonlySet<string> = new Set(['退款成功', '已退款', '全额退款', '退货退款成功', '退款完成']);
/** No refund after all: 无售后或售后取消, a refund refused or closed. */
const NO_REFUND_MARKS = ['无售后', '售后取消', '退款关闭', '拒绝', '驳回'];

/**
 * Pinduoduo's 售后状态: 退款成功 is a full refund; 部分退款(成功) a partial one whose amount the sheet does not
 * give; 售后处理中 / 退款中 / 待商家处理 … one not decided yet (nothing refunded so far); anything else none.
 */
export function afterSalesKind(v: Cell | undefined): AfterSales {
  const k = normalizeKey(v);
  if (k === '') return 'none';
  if (k.includes('部分退款')) return 'partial';
  if (FULL_REFUND_WORDS.has(k)) return 'full';
  if (NO_REFUND_MARKS.some((m) => k.includes(m))) return 'none';
  return k.includes('中') || k.startsWith('待') ? 'pending' : 'none';
}
