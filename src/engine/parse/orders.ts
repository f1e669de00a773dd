/**
 * Order reports (订单报表), read in two passes: the first marks data rows and
 * hashes each paid row's order number, so duplicates are decided before any
 * row counts; the second hands each paid order of the period to a sink once
 * and reports everything else. This is the hot path for a million rows:
 * column indexes are resolved once, plain numbers and the export's own time
 * format take fast paths, and no object is allocated per order.
 */
import type { Cell } from '../cell';
import { isBlank } from '../cell';
import { ACTION, IssueLog } from '../issues';
import { parseCount, parseNumber } from '../numbers';
import { fastIso, parseDate, inPeriod, Period } from '../dates';
import { cellText, isAsciiOrCjk, normalizeKey } from '../text';
import { toCents, Cents, formatYuan } from '../money';
import type { Plan } from '../plan/defaults';
import { isDataRow, Table } from '../sheets/table';
import { isSameRef, KeyedRows, rowsText, RowRef } from '../sheets/duplicates';
import { hashRange, hashString } from '../hashing';
import { detectRefundConvention, RefundConventionInfo } from './refund-convention';
import { isExcelMangledId, reportOrderSheetNotes } from './order-sheet-notes';

/** A paid order of the period, amounts in cents. The sink must not keep the object: it is reused for every row. */
export class Order {
  buyer = '';
  paid: Cents = 0;
  postage: Cents = 0;
  refund: Cents = 0;
  qty = 0;
  memo = '';
  agentText = '';
  rowIndex = 0;
  /** The row and its order-number column: the number is cut out only when a message needs it. */
  row: Cell[] = [];
  idCol = -1;
  /** Payment time (serial). */
  paidAt = 0;
  /** The 订单创建时间 column, -1 when the sheet has none: read only when the attribution rule needs it. */
  createdCol = -1;
  constructor(public table: Table) {}

  /** Creation time (serial); null when the column is missing or the cell blank or unreadable. */
  createdAt(): number | null {
    if (this.createdCol < 0) return null;
    const v = this.row[this.createdCol];
    const fast = typeof v === 'string' ? fastIso(v) : null;
    if (fast !== null) return fast;
    const d = parseDate(v);
    return d.kind === 'value' ? d.value : null;
  }

  get orderId(): string {
    return cellText(this.row[this.idCol]);
  }
}

export interface OrderReadStats {
  rows: number;
  unpaid: number;
  outsidePeriod: number;
  duplicates: number;
  invalid: number;
  accepted: number;
  /** Per order sheet (by name): whether its 买家实际支付金额 was read as already net of the refund. */
  refundConventions: Map<string, RefundConventionInfo>;
}

const CLOSED = new Set(['交易关闭', '已关闭', 'closed', 'tradeclosed', '订单关闭']);

/**
 * Closed after payment? Most statuses ("交易成功") are plainly open and need no
 * normalising; the rest are few and distinct, and normalizeKey remembers them.
 */
function isClosed(v: Cell | undefined): boolean {
  if (typeof v === 'string' && plainlyOpen(v)) return false;
  return CLOSED.has(normalizeKey(v));
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
function plainlyOpen(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x95ed /* 闭 */ || c === 100 || c === 68) return false;
    if (!isAsciiOrCjk(c) && !isPlainPunctuation(c)) return false;
  }
  return true;
}

/** A paid row's value of a field for duplicate comparison: amounts in cents, times as serials, text trimmed. */
function comparable(t: Table, row: Cell[], key: string): string {
  const v = t.get(row, key);
  if (key === 'paid' || key === 'postage' || key === 'refund') {
    const p = parseNumber(v);
    return p.kind === 'value' ? String(toCents(p.value)) : p.kind === 'blank' || p.kind === 'na' ? '0' : cellText(v);
  }
  if (key === 'payTime') {
    const d = parseDate(v);
    return d.kind === 'value' ? String(d.value) : cellText(v);
  }
  return cellText(v);
}

const COMPARED = ['buyer', 'paid', 'postage', 'refund', 'payTime', 'qty', 'memo', 'note', 'agent'];

function sameOrder(a: RowRef, b: RowRef): boolean {
  const ra = a.table.sheet.rows[a.index];
  const rb = b.table.sheet.rows[b.index];
  for (const k of COMPARED) {
    if (!a.table.has(k) || !b.table.has(k)) continue;
    if (comparable(a.table, ra, k) !== comparable(b.table, rb, k)) return false;
  }
  return isClosed(a.table.get(ra, 'status')) === isClosed(b.table.get(rb, 'status'));
}

/**
 * dataRow marks: a data row; one whose order number is on another row too; one with a payment time but no
 * order number; one whose order number Excel turned into a number (digits lost, so it is no key).
 */
const DATA = 1;
const REPEATED = 2;
const NO_ID = 3;
const MANGLED_ID = 4;

/**
 * `="1234…"` with plain ASCII inside and no inner quote: its cellText is
 * exactly the text between the quotes, so the first pass hashes that range
 * in place instead of cutting out a million order numbers.
 */
function isPlainWrapped(v: Cell | undefined): v is string {
  if (typeof v !== 'string') return false;
  const n = v.length;
  if (n < 4 || v.charCodeAt(0) !== 61 || v.charCodeAt(1) !== 34 || v.charCodeAt(n - 1) !== 34) return false;
  for (let i = 2; i < n - 1; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c >= 0xa0) return false;
  }
  return true;
}

export function readOrders(tables: Table[], period: Period, plan: Plan, log: IssueLog, sink: (o: Order) => void): OrderReadStats {
  const stats: OrderReadStats = { rows: 0, unpaid: 0, outsidePeriod: 0, duplicates: 0, invalid: 0, accepted: 0, refundConventions: new Map() };
  const mangled = tables.map(() => ({ count: 0, first: -1 }));
  const maxCents = toCents(plan.orders.maxOrderAmount);
  // First pass: order numbers of paid rows, so duplicates are decided before any row counts.
  const dataRow = tables.map((t) => new Uint8Array(t.sheet.rows.length)); // 0 = blank or summary row, else DATA, REPEATED or NO_ID
  const orderIdAt = (r: RowRef) => cellText(r.table.sheet.rows[r.index][r.table.col('orderId') ?? -1]);
  const entries = new KeyedRows(tables, orderIdAt);
  tables.forEach((t, ti) => {
    const cId = t.col('orderId') ?? -1;
    const cPay = t.col('payTime') ?? -1;
    const rows = t.sheet.rows;
    let count = 0;
    for (let index = t.headerIndex + 1; index < rows.length; index++) {
      const row = rows[index];
      if (!isDataRow(row)) continue;
      count++;
      dataRow[ti][index] = DATA;
      if (isBlank(row[cPay])) continue;
      const cell = row[cId];
      if (isPlainWrapped(cell)) entries.pushHash(hashRange(cell, 2, cell.length - 1, false), ti, index);
      else if (isExcelMangledId(cell)) {
        // Not a key any more: two different orders may now read alike, so none of them is taken for a duplicate.
        dataRow[ti][index] = MANGLED_ID;
        if (mangled[ti].count++ === 0) mangled[ti].first = index;
      } else {
        const id = cellText(cell);
        if (id) entries.pushHash(hashString(id), ti, index);
        else dataRow[ti][index] = NO_ID;
      }
    }
    t.noteDataRowCount(count);
  });
  const dups = entries.duplicates(sameOrder);
  for (const d of dups.values()) for (const r of d.rows) dataRow[tables.indexOf(r.table)][r.index] = REPEATED;
  const o = new Order(tables[0]);
  tables.forEach((t, ti) => {
    const idx = (k: string) => t.col(k) ?? -1;
    const cId = idx('orderId');
    const cBuyer = idx('buyer'), cPaid = idx('paid'), cPay = idx('payTime'), cPost = idx('postage');
    const cRefund = idx('refund'), cQty = idx('qty'), cMemo = idx('memo'), cAgent = idx('agent'), cStatus = idx('status'), cCreated = idx('created');
    const cNote = idx('note'), cAfterSales = cRefund < 0 ? idx('afterSales') : -1;
    const rows = t.sheet.rows;
    // Decided once per sheet, not per row.
    const refundInfo = detectRefundConvention(t, plan.orders.refundConvention, dataRow[ti]);
    stats.refundConventions.set(t.sheet.name, refundInfo);
    const netted = refundInfo.convention === 'netted';
    reportOrderSheetNotes(t, mangled[ti], log);
    let firstOutside = -1;
    let outside = 0;
    let unpaid = 0;
    const isData = dataRow[ti];
    for (let index = t.headerIndex + 1; index < rows.length; index++) {
      if (isData[index] === 0) continue;
      const row = rows[index];
      stats.rows++;
      o.table = t;
      o.row = row;
      o.idCol = cId;
      o.createdCol = cCreated;
      o.rowIndex = index;
      const payCell = row[cPay];
      // The export's own time format is read without the general parser (and without a result object).
      let paidAt = typeof payCell === 'string' ? fastIso(payCell) : null;
      if (paidAt === null) {
        const pay = parseDate(payCell);
        if (pay.kind === 'blank' || pay.kind === 'na') {
          unpaid++;
          continue;
        }
        if (pay.kind === 'invalid') {
          stats.invalid++;
          log.at('error', 'order-bad-paytime', t.where(index, 'payTime'), pay.text,
            { zh: `订单 ${o.orderId || '(无编号)'} 的付款时间“${pay.text}”无法识别`, en: `Order ${o.orderId || '(no number)'}: payment time "${pay.text}" not recognised` }, ACTION.skipped);
          continue;
        }
        paidAt = pay.value;
      }
      if (!inPeriod(paidAt, period)) {
        outside++;
        if (firstOutside < 0) firstOutside = index;
        continue;
      }
      const dup = isData[index] === REPEATED ? dups.get(o.orderId) : undefined;
      if (dup) {
        const orderId = o.orderId;
        const where = rowsText(dup.rows);
        if (dup.conflict) {
          stats.invalid++;
          log.at('error', 'order-conflicting-duplicate', t.where(index, 'orderId'), orderId,
            { zh: `订单 ${orderId} 出现 ${dup.rows.length} 次且内容不同（${where.zh}），无法判断哪一行正确`, en: `Order ${orderId} appears ${dup.rows.length} times with different contents (${where.en}): no way to tell which is right` },
            { zh: '所有副本都未计入，请删除错误的行后重新生成', en: 'no copy counted: delete the wrong rows and generate again' });
          continue;
        }
        if (!isSameRef(dup.first, { table: t, index })) {
          stats.duplicates++;
          log.at('warning', 'order-duplicate', t.where(index, 'orderId'), orderId,
            { zh: `订单 ${orderId} 重复（${dup.first.table.sheet.name} 第 ${dup.first.index + 1} 行已有）`, en: `Order ${orderId} appears again (already ${dup.first.table.sheet.name} row ${dup.first.index + 1})` }, ACTION.countedOnce);
          continue;
        }
      }
      if (isData[index] === NO_ID) {
        log.at('warning', 'order-missing-id', t.where(index, 'orderId'), null,
          { zh: '订单没有订单编号，无法检查重复', en: 'Order has no order number: duplicates cannot be checked' }, { zh: '仍计入', en: 'still counted' });
      }
      const pv = row[cPaid];
      let paid: Cents;
      if (typeof pv === 'number' && Number.isFinite(pv)) paid = toCents(pv);
      else {
        const p = parseNumber(pv);
        if (p.kind !== 'value') {
          stats.invalid++;
          const text = p.kind === 'invalid' ? p.text : cellText(pv);
          log.at('error', 'order-bad-paid', t.where(index, 'paid'), text,
            { zh: `订单 ${o.orderId} 的实际支付金额“${text}”不是金额`, en: `Order ${o.orderId}: amount paid "${text}" is not an amount` }, ACTION.skipped);
          continue;
        }
        paid = toCents(p.value);
      }
      if (paid < 0 || paid > maxCents) {
        stats.invalid++;
        log.at('error', paid < 0 ? 'order-negative-paid' : 'order-absurd-paid', t.where(index, 'paid'), formatYuan(paid),
          paid < 0
            ? { zh: `订单 ${o.orderId} 的实际支付金额为负数（${formatYuan(paid)}）`, en: `Order ${o.orderId}: amount paid is negative (${formatYuan(paid)})` }
            : { zh: `订单 ${o.orderId} 的实际支付金额 ${formatYuan(paid)} 超过上限 ${formatYuan(maxCents)}，疑似数据错误`, en: `Order ${o.orderId}: amount paid ${formatYuan(paid)} exceeds the plausible maximum ${formatYuan(maxCents)}: likely a data error` },
          ACTION.skipped);
        continue;
      }
      const postage = amountOf(o, cPost, 'postage', log);
      let refund = cAfterSales >= 0 ? afterSalesRefund(row[cAfterSales], paid) : amountOf(o, cRefund, 'refund', log);
      // Netted reports give 实付 after the refund: add it back, so the order's amount is what was originally paid.
      if (netted) paid += refund;
      if (refund > paid) {
        log.at('warning', 'order-refund-exceeds', t.where(index, 'refund'), formatYuan(refund),
          { zh: `订单 ${o.orderId} 的退款 ${formatYuan(refund)} 大于实付 ${formatYuan(paid)}`, en: `Order ${o.orderId}: refund ${formatYuan(refund)} exceeds amount paid ${formatYuan(paid)}` },
          { zh: '按全额退款处理（退款计为实付金额，净销售额为 0）', en: 'treated as a full refund (refund capped at amount paid, net sales 0)' });
        refund = paid;
      }
      if (cStatus >= 0 && plan.orders.closedAsRefunded && refund < paid && isClosed(row[cStatus])) {
        log.at('info', 'order-closed-refunded', t.where(index, 'status'), cellText(row[cStatus]),
          { zh: `订单 ${o.orderId} 付款后交易关闭，退款金额 ${formatYuan(refund)} 小于实付`, en: `Order ${o.orderId} was closed after payment with refund ${formatYuan(refund)} below amount paid` },
          { zh: '按全额退款处理（方案 orders.closedAsRefunded）', en: 'treated as fully refunded (plan orders.closedAsRefunded)' });
        refund = paid;
      }
      let qty = 0;
      if (cQty >= 0) {
        const qv = row[cQty];
        if (typeof qv === 'number' && Number.isInteger(qv) && qv >= 0) qty = qv;
        else {
          const q = parseCount(qv);
          if (q.kind === 'value') qty = q.value;
          else if (q.kind === 'invalid') log.at('warning', 'order-bad-qty', t.where(index, 'qty'), q.text,
            { zh: `订单 ${o.orderId} 的宝贝数量“${q.text}”无效`, en: `Order ${o.orderId}: quantity "${q.text}" is not a whole number` }, ACTION.treatedZero);
        }
      }
      // No buyer column: each paid order counts as one buyer (keyed by its row).
      o.buyer = cBuyer >= 0 ? cellText(row[cBuyer]) : `\u0000${ti}:${index}`;
      o.paid = paid;
      o.postage = postage;
      o.refund = refund;
      o.qty = qty;
      o.memo = cNote < 0 ? (cMemo >= 0 ? cellText(row[cMemo]) : '') : joinMemos(cMemo >= 0 ? cellText(row[cMemo]) : '', cellText(row[cNote]));
      o.agentText = cAgent >= 0 ? cellText(row[cAgent]) : '';
      o.paidAt = paidAt;
      stats.accepted++;
      sink(o);
    }
    stats.outsidePeriod += outside;
    stats.unpaid += unpaid;
    if (outside > 0) {
      log.at('info', 'orders-outside-period', { sheet: t.sheet.name, row: firstOutside + 1, column: t.columnLabel('payTime'), cell: t.cellRef(firstOutside, 'payTime') }, null,
        { zh: `${outside} 笔订单的付款时间不在 ${period.key}（第一笔在第 ${firstOutside + 1} 行）`, en: `${outside} orders were paid outside ${period.key} (first on row ${firstOutside + 1})` },
        { zh: '不计入本月', en: 'not counted this month' });
    }
    if (unpaid > 0) {
      log.at('info', 'orders-unpaid', { sheet: t.sheet.name, column: t.columnLabel('payTime') }, null,
        { zh: `${unpaid} 笔订单没有付款时间（未付款）`, en: `${unpaid} orders have no payment time (never paid)` }, { zh: '不计入销售', en: 'not counted as sales' });
    }
  });
  return stats;
}

/** Postage or refund: blank or 延迟统计 is 0; anything else unreadable is reported and taken as 0. */
function amountOf(o: Order, c: number, key: 'postage' | 'refund', log: IssueLog): Cents {
  if (c < 0) return 0;
  const v = o.row[c];
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return toCents(v);
  const p = parseNumber(v);
  if (p.kind === 'value' && p.value >= 0) return toCents(p.value);
  if (p.kind === 'blank' || p.kind === 'na') return 0;
  const text = p.kind === 'invalid' ? p.text : String(p.value);
  const label = key === 'postage' ? { zh: '邮费', en: 'postage' } : { zh: '退款金额', en: 'refund' };
  log.at('warning', `order-bad-${key}`, o.table.where(o.rowIndex, key), text,
    { zh: `订单 ${o.orderId} 的${label.zh}“${text}”无效`, en: `Order ${o.orderId}: ${label.en} "${text}" is not a valid amount` }, ACTION.treatedZero);
  return 0;
}

/** 商家备忘 and 订单备注 read as one memo: a 工号 in either counts, and once (the memo scan keeps each agent once). */
function joinMemos(memo: string, note: string): string {
  return !note ? memo : !memo ? note : `${memo} ${note}`;
}

/** Pinduoduo's 售后状态 with no refund column: 退款成功 is a full refund; anything else refunds nothing. */
function afterSalesRefund(v: Cell | undefined, paid: Cents): Cents {
  const k = normalizeKey(v);
  return k === '退款成功' || k === '已退款' || k === '全额退款' ? paid : 0;
}
