/**
 * Order reports (订单报表), read in two passes: the first (order-classify)
 * marks data rows and hashes each paid row's order number, so duplicates are
 * decided before any row counts; the second, here, parses each data row,
 * hands each paid order of the period to a sink once, and reports everything
 * else (order-messages). This is the hot path for a million rows: column
 * indexes are resolved once, plain numbers and the export's own time format
 * take fast paths, and no object is allocated per order.
 */
import { rowCount, rowsOf, type Cell } from '../cell';
import type { IssueLog } from '../issues';
import { parseCount, parseNumber } from '../numbers';
import { parseDate, inPeriod, Period } from '../dates';
import { cellText } from '../text';
import { toCents, Cents } from '../money';
import type { Plan } from '../plan/defaults';
import type { Table } from '../sheets/table';
import { DuplicateInfo, isSameRef } from '../sheets/duplicates';
import { detectRefundConvention } from './refund-convention';
import { reportOrderSheetNotes } from './order-sheet-notes';
import { Order, OrderReadStats } from './order';
import { classifyOrderRows, NO_ID, NOT_DATA, REPEATED } from './order-classify';
import { afterSalesKind, isClosed } from './order-status';
import * as report from './order-messages';

export { Order } from './order';
export type { OrderReadStats } from './order';

/** Column indexes of one order sheet, -1 where it has none. */
interface OrderColumns {
  id: number;
  buyer: number;
  paid: number;
  payTime: number;
  postage: number;
  refund: number;
  qty: number;
  memo: number;
  note: number;
  agent: number;
  status: number;
  created: number;
  afterSales: number;
}

function orderColumns(t: Table): OrderColumns {
  const idx = (k: string) => t.col(k) ?? -1;
  const refund = idx('refund');
  return {
    id: idx('orderId'),
    buyer: idx('buyer'),
    paid: idx('paid'),
    payTime: idx('payTime'),
    postage: idx('postage'),
    refund,
    qty: idx('qty'),
    memo: idx('memo'),
    note: idx('note'),
    agent: idx('agent'),
    status: idx('status'),
    created: idx('created'),
    // 售后状态 stands in for the refund where the sheet has no refund column, or the row's refund cell is blank.
    afterSales: idx('afterSales'),
  };
}

/** One order sheet being read: everything decided before its rows. */
interface SheetReading {
  t: Table;
  ti: number;
  cols: OrderColumns;
  marks: Uint8Array;
  duplicates: Map<string, DuplicateInfo>;
  /** Orders on a row per item (see OrderRowClasses.itemLines): their total quantity. */
  itemLines: Map<string, number>;
  /** 实付 is net of the refund on this sheet. */
  netted: boolean;
  period: Period;
  maxCents: Cents;
  closedAsRefunded: boolean;
  log: IssueLog;
}

/** What became of a data row. */
const ACCEPTED = 0;
const UNPAID = 1;
const OUTSIDE_PERIOD = 2;
const INVALID = 3;
const DUPLICATE = 4;
type RowOutcome = typeof ACCEPTED | typeof UNPAID | typeof OUTSIDE_PERIOD | typeof INVALID | typeof DUPLICATE;

export function readOrders(
  tables: Table[],
  period: Period,
  plan: Plan,
  log: IssueLog,
  sink: (o: Order) => void,
): OrderReadStats {
  const stats: OrderReadStats = {
    rows: 0,
    unpaid: 0,
    outsidePeriod: 0,
    duplicates: 0,
    invalid: 0,
    accepted: 0,
    refundConventions: new Map(),
  };
  const classes = classifyOrderRows(tables);
  const o = new Order(tables[0]);
  tables.forEach((t, ti) => {
    // Decided once per sheet, not per row.
    const refundInfo = detectRefundConvention(t, plan.orders.refundConvention, classes.marks[ti]);
    stats.refundConventions.set(t.sheet.name, refundInfo);
    reportOrderSheetNotes(t, classes.mangled[ti], refundInfo, log);
    const reading: SheetReading = {
      t,
      ti,
      cols: orderColumns(t),
      marks: classes.marks[ti],
      duplicates: classes.duplicates,
      itemLines: classes.itemLines,
      netted: refundInfo.convention === 'netted',
      period,
      maxCents: toCents(plan.orders.maxOrderAmount),
      closedAsRefunded: plan.orders.closedAsRefunded,
      log,
    };
    readSheet(reading, o, stats, sink);
  });
  return stats;
}

function readSheet(s: SheetReading, o: Order, stats: OrderReadStats, sink: (o: Order) => void): void {
  o.table = s.t;
  o.source = s.t.sheet.source ?? null;
  o.idCol = s.cols.id;
  o.createdCol = s.cols.created;
  let firstOutside = -1;
  let outside = 0;
  let unpaid = 0;
  let firstUnpaid = -1;
  const rows = rowCount(s.t.sheet);
  const plain = rowsOf(s.t.sheet);
  for (let index = s.t.headerIndex + 1; index < rows; index++) {
    if (s.marks[index] === NOT_DATA) continue;
    stats.rows++;
    switch (readRow(s, o, plain ? plain[index] : null, index)) {
      case ACCEPTED:
        stats.accepted++;
        sink(o);
        break;
      case UNPAID:
        if (unpaid++ === 0) firstUnpaid = index;
        break;
      case OUTSIDE_PERIOD:
        if (outside++ === 0) firstOutside = index;
        break;
      case INVALID:
        stats.invalid++;
        break;
      case DUPLICATE:
        stats.duplicates++;
        break;
    }
  }
  stats.outsidePeriod += outside;
  stats.unpaid += unpaid;
  report.reportSheetCounts(s.log, s.t, s.period, { outside, firstOutside, unpaid, firstUnpaid });
}

/** Fill `o` from one data row (null: the sheet's source has it); problems are reported here, counted by the caller. */
function readRow(s: SheetReading, o: Order, row: Cell[] | null, index: number): RowOutcome {
  o.row = row;
  o.rowIndex = index;
  // The export's own time format, Excel's and a serial are read without the general parser (and without a result object).
  let paidAt = o.date(s.cols.payTime);
  if (paidAt === null) {
    const payCell = o.cell(s.cols.payTime);
    // No payment time (an unpaid order): what parseDate would call blank, without its result object.
    if (payCell === null || payCell === undefined) return UNPAID;
    const pay = parseDate(payCell);
    if (pay.kind === 'blank' || pay.kind === 'na') return UNPAID;
    if (pay.kind === 'invalid') {
      report.reportBadPayTime(s.log, o, pay.text);
      return INVALID;
    }
    paidAt = pay.value;
  }
  if (!inPeriod(paidAt, s.period)) return OUTSIDE_PERIOD;
  const mark = s.marks[index];
  if (mark === REPEATED) {
    const outcome = repeatedOutcome(s, o);
    if (outcome !== ACCEPTED) return outcome;
  } else if (mark === NO_ID) report.reportMissingId(s.log, o);
  const paid = readPaid(s, o);
  if (Number.isNaN(paid)) return INVALID;
  o.paidAt = paidAt;
  o.postage = readAmount(s, o, s.cols.postage, 'postage');
  settleRefund(s, o, paid);
  o.qty = readQty(s, o);
  if (mark === REPEATED && s.itemLines.size > 0) addItemLines(s, o);
  readTexts(s, o);
  return ACCEPTED;
}

/** A row whose order number repeats: counted when it is the first of identical copies. */
function repeatedOutcome(s: SheetReading, o: Order): RowOutcome {
  const dup = s.duplicates.get(o.orderId);
  if (!dup) return ACCEPTED;
  if (dup.conflict) {
    report.reportConflictingDuplicate(s.log, o, dup);
    return INVALID;
  }
  if (isSameRef(dup.first, { table: s.t, index: o.rowIndex })) return ACCEPTED;
  // A further item line of an order: its quantity is in the first line's (addItemLines).
  if (s.itemLines.has(o.orderId)) return DUPLICATE;
  report.reportRepeatedOrder(s.log, o, dup);
  return DUPLICATE;
}

/** The first line of an order on a row per item: the order's quantity is all its lines', said once. */
function addItemLines(s: SheetReading, o: Order): void {
  const units = s.itemLines.get(o.orderId);
  if (units === undefined) return;
  o.qty = units;
  report.reportItemLines(s.log, o, s.duplicates.get(o.orderId)!.rows.length, units);
}

/** 实付 in cents; NaN (reported) when it is no amount or out of the plausible range. */
function readPaid(s: SheetReading, o: Order): Cents {
  const plain = o.number(s.cols.paid);
  let paid: Cents;
  if (!Number.isNaN(plain)) paid = toCents(plain);
  else {
    const pv = o.cell(s.cols.paid);
    const p = parseNumber(pv);
    if (p.kind !== 'value') {
      report.reportBadPaid(s.log, o, p.kind === 'invalid' ? p.text : cellText(pv));
      return NaN;
    }
    paid = toCents(p.value);
  }
  if (paid < 0 || paid > s.maxCents) {
    report.reportPaidOutOfRange(s.log, o, paid, s.maxCents);
    return NaN;
  }
  return paid;
}

/** Sets o.refund and o.paid (the amount originally paid, refund included). */
function settleRefund(s: SheetReading, o: Order, paidCell: Cents): void {
  let paid = paidCell;
  let refund =
    s.cols.afterSales >= 0 && refundNotGiven(s, o)
      ? afterSalesRefund(s, o, paid)
      : readAmount(s, o, s.cols.refund, 'refund');
  // Netted reports give 实付 after the refund: add it back, so the order's amount is what was originally paid.
  if (s.netted) paid += refund;
  if (refund > paid) {
    report.reportRefundExceeds(s.log, o, refund, paid);
    refund = paid;
  }
  const cStatus = s.cols.status;
  if (cStatus >= 0 && s.closedAsRefunded && refund < paid && isClosed(o.cell(cStatus))) {
    report.reportClosedRefunded(s.log, o, cellText(o.cell(cStatus)), refund);
    refund = paid;
  }
  o.paid = paid;
  o.refund = refund;
}

/**
 * No refund amount on the row: no refund column, or its cell blank or not available. A manager who adds a
 * 退款金额 column for the partial refunds (as order-partial-refund-unknown asks) leaves the full ones blank.
 */
function refundNotGiven(s: SheetReading, o: Order): boolean {
  if (s.cols.refund < 0) return true;
  // A number, or plain decimal text: an amount given (what parseNumber reads as a value), without its result object.
  if (!Number.isNaN(o.number(s.cols.refund))) return false;
  const kind = parseNumber(o.cell(s.cols.refund)).kind;
  return kind === 'blank' || kind === 'na';
}

/**
 * The refund a 售后状态 gives where the row has no refund amount (Pinduoduo): all of 实付 for 退款成功, else
 * nothing; a partial refund (amount unknown) and an after-sale still open are said on their cell.
 */
function afterSalesRefund(s: SheetReading, o: Order, paid: Cents): Cents {
  const cell = o.cell(s.cols.afterSales);
  const kind = afterSalesKind(cell);
  if (kind === 'partial') report.reportPartialRefundUnknown(s.log, o, cellText(cell), s.cols.refund >= 0);
  else if (kind === 'pending') report.reportAfterSalesPending(s.log, o, cellText(cell));
  return kind === 'full' ? paid : 0;
}

/** Postage or refund: blank or 延迟统计 is 0; anything else unreadable is reported and taken as 0. */
function readAmount(s: SheetReading, o: Order, c: number, key: 'postage' | 'refund'): Cents {
  if (c < 0) return 0;
  const plain = o.number(c);
  if (plain >= 0) return toCents(plain);
  const p = parseNumber(o.cell(c));
  if (p.kind === 'value' && p.value >= 0) return toCents(p.value);
  if (p.kind === 'blank' || p.kind === 'na') return 0;
  report.reportBadAmount(s.log, o, key, p.kind === 'invalid' ? p.text : String(p.value));
  return 0;
}

/** 宝贝数量: 0 when the sheet has none; reported and 0 when it is no whole number. */
function readQty(s: SheetReading, o: Order): number {
  if (s.cols.qty < 0) return 0;
  const plain = o.number(s.cols.qty);
  if (Number.isInteger(plain) && plain >= 0) return plain;
  const q = parseCount(o.cell(s.cols.qty));
  if (q.kind === 'value') return q.value;
  if (q.kind === 'invalid') report.reportBadQty(s.log, o, q.text);
  return 0;
}

/** Buyer, memo and agent texts. */
function readTexts(s: SheetReading, o: Order): void {
  const { buyer, memo, note, agent } = s.cols;
  // No buyer column: each paid order counts as one buyer (keyed by its row).
  if (buyer >= 0) o.readBuyer(buyer);
  else o.buyer = `\u0000${s.ti}:${o.rowIndex}`;
  const memoText = memo >= 0 ? cellText(o.cell(memo)) : '';
  o.memo = note < 0 ? memoText : joinMemos(memoText, cellText(o.cell(note)));
  o.agentText = agent >= 0 ? cellText(o.cell(agent)) : '';
}

/** 商家备忘 and 订单备注 read as one memo: a 工号 in either counts, and once (the memo scan keeps each agent once). */
function joinMemos(memo: string, note: string): string {
  return !note ? memo : !memo ? note : `${memo} ${note}`;
}
