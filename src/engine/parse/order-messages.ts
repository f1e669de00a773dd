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
import type { MessageParams } from '../messages';
import type { LocalText, Severity } from '../model';
import { logCoded } from './coded-issues';

type OrderCellRule = [column: string, severity: Severity, action: LocalText];

/** The problems found in one cell of an order's row: the cell they point at, how grave, and what was done. */
const ORDER_CELL_ISSUES = {
  'order-bad-paytime': ['payTime', 'error', ACTION.skipped],
  'order-conflicting-duplicate': ['orderId', 'error', msg('order-conflicting-duplicate.action')],
  'order-duplicate': ['orderId', 'warning', ACTION.countedOnce],
  'order-item-lines': ['qty', 'info', msg('order-item-lines.action')],
  'order-missing-id': ['orderId', 'warning', msg('order-missing-id.action')],
  'order-bad-paid': ['paid', 'error', ACTION.skipped],
  'order-refund-exceeds': ['refund', 'warning', msg('order-refund-exceeds.action')],
  'order-closed-refunded': ['status', 'info', msg('order-closed-refunded.action')],
  'order-partial-refund-unknown': ['afterSales', 'warning', msg('order-partial-refund-unknown.action')],
  'order-partial-refund-blank': ['refund', 'warning', msg('order-partial-refund-blank.action')],
  'order-after-sales-pending': ['afterSales', 'info', msg('order-after-sales-pending.action')],
  'order-bad-qty': ['qty', 'warning', ACTION.treatedZero],
} satisfies Record<string, OrderCellRule>;

type OrderCellCode = keyof typeof ORDER_CELL_ISSUES;

function atOrderCell<K extends OrderCellCode>(
  log: IssueLog,
  o: Order,
  code: K,
  value: unknown,
  params: MessageParams<K>,
): void {
  const [column, severity, action]: OrderCellRule = ORDER_CELL_ISSUES[code];
  logCoded(log, severity, code, o.table.where(o.rowIndex, column), value, params, action);
}

export function reportBadPayTime(log: IssueLog, o: Order, text: string): void {
  atOrderCell(log, o, 'order-bad-paytime', text, { orderId: o.orderId || msg('order.no-number'), value: text });
}

export function reportConflictingDuplicate(log: IssueLog, o: Order, dup: DuplicateInfo): void {
  const orderId = o.orderId;
  const where = rowsText(dup.rows);
  atOrderCell(log, o, 'order-conflicting-duplicate', orderId, { orderId, length: dup.rows.length, where });
}

export function reportRepeatedOrder(log: IssueLog, o: Order, dup: DuplicateInfo): void {
  const orderId = o.orderId;
  atOrderCell(log, o, 'order-duplicate', orderId, {
    orderId,
    name: dup.first.table.sheet.name,
    index: dup.first.index + 1,
  });
}

export function reportItemLines(log: IssueLog, o: Order, length: number, units: number): void {
  atOrderCell(log, o, 'order-item-lines', o.orderId, { orderId: o.orderId, length, units });
}

export function reportMissingId(log: IssueLog, o: Order): void {
  atOrderCell(log, o, 'order-missing-id', null, {});
}

export function reportBadPaid(log: IssueLog, o: Order, text: string): void {
  atOrderCell(log, o, 'order-bad-paid', text, { orderId: o.orderId, value: text });
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
  const shown = { orderId: o.orderId, refund: formatYuan(refund), paid: formatYuan(paid) };
  atOrderCell(log, o, 'order-refund-exceeds', shown.refund, shown);
}

export function reportClosedRefunded(log: IssueLog, o: Order, status: string, refund: Cents): void {
  atOrderCell(log, o, 'order-closed-refunded', status, { orderId: o.orderId, refund: formatYuan(refund) });
}

/** `blankCell`: the sheet has a refund column, blank on this row (else it has none). */
export function reportPartialRefundUnknown(log: IssueLog, o: Order, status: string, blankCell: boolean): void {
  // The blank refund cell is where it points: its value is that blank, the status is in the message.
  if (blankCell) atOrderCell(log, o, 'order-partial-refund-blank', null, { orderId: o.orderId, status });
  else atOrderCell(log, o, 'order-partial-refund-unknown', status, { orderId: o.orderId, status });
}

export function reportAfterSalesPending(log: IssueLog, o: Order, status: string): void {
  atOrderCell(log, o, 'order-after-sales-pending', status, { orderId: o.orderId, status });
}

export function reportBadQty(log: IssueLog, o: Order, text: string): void {
  atOrderCell(log, o, 'order-bad-qty', text, { orderId: o.orderId, value: text });
}

/** Rows left out of a sheet, counted; each `first…` the sheet row index of the first such row. */
export interface SheetCounts {
  outside: number;
  firstOutside: number;
  unpaid: number;
  firstUnpaid: number;
}

/** Once per sheet, at the first such row's 付款时间 cell: orders paid outside the period, and orders never paid. */
export function reportSheetCounts(log: IssueLog, t: Table, period: Period, counts: SheetCounts): void {
  const { outside, firstOutside, unpaid, firstUnpaid } = counts;
  const payTimeAt = (index: number) => ({
    sheet: t.sheet.name,
    row: index + 1,
    column: t.columnLabel('payTime'),
    cell: t.cellRef(index, 'payTime'),
  });
  if (outside > 0) {
    log.at(
      'info',
      'orders-outside-period',
      payTimeAt(firstOutside),
      null,
      msg('orders-outside-period', { outside, key: period.key, firstOutside: firstOutside + 1 }),
      msg('orders-outside-period.action'),
    );
  }
  if (unpaid > 0) {
    log.at(
      'info',
      'orders-unpaid',
      payTimeAt(firstUnpaid),
      null,
      msg('orders-unpaid', { unpaid, firstUnpaid: firstUnpaid + 1 }),
      msg('orders-unpaid.action'),
    );
  }
}
