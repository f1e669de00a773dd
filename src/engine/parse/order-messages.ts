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
import { msg } from '../messages';

export function reportBadPayTime(log: IssueLog, o: Order, text: string): void {
  log.at(
    'error',
    'order-bad-paytime',
    o.table.where(o.rowIndex, 'payTime'),
    text,
    msg('order-bad-paytime', { orderId: o.orderId || msg('order.no-number'), value: text }),
    ACTION.skipped,
  );
}

export function reportConflictingDuplicate(log: IssueLog, o: Order, dup: DuplicateInfo): void {
  const orderId = o.orderId;
  const where = rowsText(dup.rows);
  log.at(
    'error',
    'order-conflicting-duplicate',
    o.table.where(o.rowIndex, 'orderId'),
    orderId,
    msg('order-conflicting-duplicate', { orderId, length: dup.rows.length, where }),
    msg('order-conflicting-duplicate.action'),
  );
}

export function reportRepeatedOrder(log: IssueLog, o: Order, dup: DuplicateInfo): void {
  const orderId = o.orderId;
  log.at(
    'warning',
    'order-duplicate',
    o.table.where(o.rowIndex, 'orderId'),
    orderId,
    msg('order-duplicate', { orderId, name: dup.first.table.sheet.name, index: dup.first.index + 1 }),
    ACTION.countedOnce,
  );
}

export function reportMissingId(log: IssueLog, o: Order): void {
  log.at(
    'warning',
    'order-missing-id',
    o.table.where(o.rowIndex, 'orderId'),
    null,
    msg('order-missing-id'),
    msg('order-missing-id.action'),
  );
}

export function reportBadPaid(log: IssueLog, o: Order, text: string): void {
  log.at(
    'error',
    'order-bad-paid',
    o.table.where(o.rowIndex, 'paid'),
    text,
    msg('order-bad-paid', { orderId: o.orderId, value: text }),
    ACTION.skipped,
  );
}

/** Amount paid below zero or above the plan's plausible maximum. */
export function reportPaidOutOfRange(log: IssueLog, o: Order, paid: Cents, maxCents: Cents): void {
  log.at(
    'error',
    paid < 0 ? 'order-negative-paid' : 'order-absurd-paid',
    o.table.where(o.rowIndex, 'paid'),
    formatYuan(paid),
    paid < 0
      ? msg('parse.order-messages.order-amount-paid-is-negative', { orderId: o.orderId, paid: formatYuan(paid) })
      : msg('parse.order-messages.order-amount-paid-exceeds-the', {
          orderId: o.orderId,
          paid: formatYuan(paid),
          maxCents: formatYuan(maxCents),
        }),
    ACTION.skipped,
  );
}

/** Postage or refund that is no amount: taken as 0. */
export function reportBadAmount(log: IssueLog, o: Order, key: 'postage' | 'refund', text: string): void {
  const label = key === 'postage' ? msg('parse.order-messages.postage') : msg('parse.order-messages.refund');
  log.at(
    'warning',
    `order-bad-${key}`,
    o.table.where(o.rowIndex, key),
    text,
    msg('parse.order-messages.order-is-not-a-valid', { orderId: o.orderId, label, value: text }),
    ACTION.treatedZero,
  );
}

export function reportRefundExceeds(log: IssueLog, o: Order, refund: Cents, paid: Cents): void {
  log.at(
    'warning',
    'order-refund-exceeds',
    o.table.where(o.rowIndex, 'refund'),
    formatYuan(refund),
    msg('order-refund-exceeds', { orderId: o.orderId, refund: formatYuan(refund), paid: formatYuan(paid) }),
    msg('order-refund-exceeds.action'),
  );
}

export function reportClosedRefunded(log: IssueLog, o: Order, status: string, refund: Cents): void {
  log.at(
    'info',
    'order-closed-refunded',
    o.table.where(o.rowIndex, 'status'),
    status,
    msg('order-closed-refunded', { orderId: o.orderId, refund: formatYuan(refund) }),
    msg('order-closed-refunded.action'),
  );
}

export function reportBadQty(log: IssueLog, o: Order, text: string): void {
  log.at(
    'warning',
    'order-bad-qty',
    o.table.where(o.rowIndex, 'qty'),
    text,
    msg('order-bad-qty', { orderId: o.orderId, value: text }),
    ACTION.treatedZero,
  );
}

/** Once per sheet: orders paid outside the period, and orders never paid. */
export function reportSheetCounts(
  log: IssueLog,
  t: Table,
  period: Period,
  outside: number,
  firstOutside: number,
  unpaid: number,
): void {
  if (outside > 0) {
    log.at(
      'info',
      'orders-outside-period',
      {
        sheet: t.sheet.name,
        row: firstOutside + 1,
        column: t.columnLabel('payTime'),
        cell: t.cellRef(firstOutside, 'payTime'),
      },
      null,
      msg('orders-outside-period', { outside, key: period.key, firstOutside: firstOutside + 1 }),
      msg('orders-outside-period.action'),
    );
  }
  if (unpaid > 0) {
    log.at(
      'info',
      'orders-unpaid',
      { sheet: t.sheet.name, column: t.columnLabel('payTime') },
      null,
      msg('orders-unpaid', { unpaid }),
      msg('orders-unpaid.action'),
    );
  }
}
