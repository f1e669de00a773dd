/**
 * What the order reader tells the manager: one function per kind of problem,
 * so the reading code says what went wrong and this file says how.
 */
import { ACTION, IssueLog } from '../issues';
import type { Period } from '../dates';
import { Cents, formatYuan } from '../money';
import type { Table } from '../sheets/table';
import { DuplicateInfo, rowsText } from '../sheets/duplicates';
import type { Order } from './order';

export function reportBadPayTime(log: IssueLog, o: Order, text: string): void {
  log.at('error', 'order-bad-paytime', o.table.where(o.rowIndex, 'payTime'), text,
    { zh: `订单 ${o.orderId || '(无编号)'} 的付款时间“${text}”无法识别`, en: `Order ${o.orderId || '(no number)'}: payment time "${text}" not recognised` }, ACTION.skipped);
}

export function reportConflictingDuplicate(log: IssueLog, o: Order, dup: DuplicateInfo): void {
  const orderId = o.orderId;
  const where = rowsText(dup.rows);
  log.at('error', 'order-conflicting-duplicate', o.table.where(o.rowIndex, 'orderId'), orderId,
    { zh: `订单 ${orderId} 出现 ${dup.rows.length} 次且内容不同（${where.zh}），无法判断哪一行正确`, en: `Order ${orderId} appears ${dup.rows.length} times with different contents (${where.en}): no way to tell which is right` },
    { zh: '所有副本都未计入，请删除错误的行后重新生成', en: 'no copy counted: delete the wrong rows and generate again' });
}

export function reportRepeatedOrder(log: IssueLog, o: Order, dup: DuplicateInfo): void {
  const orderId = o.orderId;
  log.at('warning', 'order-duplicate', o.table.where(o.rowIndex, 'orderId'), orderId,
    { zh: `订单 ${orderId} 重复（${dup.first.table.sheet.name} 第 ${dup.first.index + 1} 行已有）`, en: `Order ${orderId} appears again (already ${dup.first.table.sheet.name} row ${dup.first.index + 1})` }, ACTION.countedOnce);
}

export function reportMissingId(log: IssueLog, o: Order): void {
  log.at('warning', 'order-missing-id', o.table.where(o.rowIndex, 'orderId'), null,
    { zh: '订单没有订单编号，无法检查重复', en: 'Order has no order number: duplicates cannot be checked' }, { zh: '仍计入', en: 'still counted' });
}

export function reportBadPaid(log: IssueLog, o: Order, text: string): void {
  log.at('error', 'order-bad-paid', o.table.where(o.rowIndex, 'paid'), text,
    { zh: `订单 ${o.orderId} 的实际支付金额“${text}”不是金额`, en: `Order ${o.orderId}: amount paid "${text}" is not an amount` }, ACTION.skipped);
}

/** Amount paid below zero or above the plan's plausible maximum. */
export function reportPaidOutOfRange(log: IssueLog, o: Order, paid: Cents, maxCents: Cents): void {
  log.at('error', paid < 0 ? 'order-negative-paid' : 'order-absurd-paid', o.table.where(o.rowIndex, 'paid'), formatYuan(paid),
    paid < 0
      ? { zh: `订单 ${o.orderId} 的实际支付金额为负数（${formatYuan(paid)}）`, en: `Order ${o.orderId}: amount paid is negative (${formatYuan(paid)})` }
      : { zh: `订单 ${o.orderId} 的实际支付金额 ${formatYuan(paid)} 超过上限 ${formatYuan(maxCents)}，疑似数据错误`, en: `Order ${o.orderId}: amount paid ${formatYuan(paid)} exceeds the plausible maximum ${formatYuan(maxCents)}: likely a data error` },
    ACTION.skipped);
}

/** Postage or refund that is no amount: taken as 0. */
export function reportBadAmount(log: IssueLog, o: Order, key: 'postage' | 'refund', text: string): void {
  const label = key === 'postage' ? { zh: '邮费', en: 'postage' } : { zh: '退款金额', en: 'refund' };
  log.at('warning', `order-bad-${key}`, o.table.where(o.rowIndex, key), text,
    { zh: `订单 ${o.orderId} 的${label.zh}“${text}”无效`, en: `Order ${o.orderId}: ${label.en} "${text}" is not a valid amount` }, ACTION.treatedZero);
}

export function reportRefundExceeds(log: IssueLog, o: Order, refund: Cents, paid: Cents): void {
  log.at('warning', 'order-refund-exceeds', o.table.where(o.rowIndex, 'refund'), formatYuan(refund),
    { zh: `订单 ${o.orderId} 的退款 ${formatYuan(refund)} 大于实付 ${formatYuan(paid)}`, en: `Order ${o.orderId}: refund ${formatYuan(refund)} exceeds amount paid ${formatYuan(paid)}` },
    { zh: '按全额退款处理（退款计为实付金额，净销售额为 0）', en: 'treated as a full refund (refund capped at amount paid, net sales 0)' });
}

export function reportClosedRefunded(log: IssueLog, o: Order, status: string, refund: Cents): void {
  log.at('info', 'order-closed-refunded', o.table.where(o.rowIndex, 'status'), status,
    { zh: `订单 ${o.orderId} 付款后交易关闭，退款金额 ${formatYuan(refund)} 小于实付`, en: `Order ${o.orderId} was closed after payment with refund ${formatYuan(refund)} below amount paid` },
    { zh: '按全额退款处理（方案 orders.closedAsRefunded）', en: 'treated as fully refunded (plan orders.closedAsRefunded)' });
}

export function reportBadQty(log: IssueLog, o: Order, text: string): void {
  log.at('warning', 'order-bad-qty', o.table.where(o.rowIndex, 'qty'), text,
    { zh: `订单 ${o.orderId} 的宝贝数量“${text}”无效`, en: `Order ${o.orderId}: quantity "${text}" is not a whole number` }, ACTION.treatedZero);
}

/** Once per sheet: orders paid outside the period, and orders never paid. */
export function reportSheetCounts(log: IssueLog, t: Table, period: Period, outside: number, firstOutside: number, unpaid: number): void {
  if (outside > 0) {
    log.at('info', 'orders-outside-period', { sheet: t.sheet.name, row: firstOutside + 1, column: t.columnLabel('payTime'), cell: t.cellRef(firstOutside, 'payTime') }, null,
      { zh: `${outside} 笔订单的付款时间不在 ${period.key}（第一笔在第 ${firstOutside + 1} 行）`, en: `${outside} orders were paid outside ${period.key} (first on row ${firstOutside + 1})` },
      { zh: '不计入本月', en: 'not counted this month' });
  }
  if (unpaid > 0) {
    log.at('info', 'orders-unpaid', { sheet: t.sheet.name, column: t.columnLabel('payTime') }, null,
      { zh: `${unpaid} 笔订单没有付款时间（未付款）`, en: `${unpaid} orders have no payment time (never paid)` }, { zh: '不计入销售', en: 'not counted as sales' });
  }
}
