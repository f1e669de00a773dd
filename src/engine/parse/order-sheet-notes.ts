/**
 * Things said once per order sheet rather than once per row: order numbers
 * Excel has turned into numbers, a report without a buyer column, and refunds
 * read as gross for want of any sign (refund-convention.ts).
 */
import { cellAddress, columnLetter, fileColumn, rowAt, type Cell } from '../cell';
import type { IssueLog } from '../issues';
import type { Table } from '../sheets/table';
import { msg } from '../messages';
import { mistypedHeader } from '../sheets/classify';
import { ORDER_FIELDS } from '../sheets/aliases';
import { logCoded, logSheetNote } from './coded-issues';
import { refundConventionGuessed, type RefundConventionInfo } from './refund-convention';

/** Order numbers run to 18–19 digits; a double keeps 15–17, so from 1e15 on digits may be lost. */
const EXACT_DIGITS_LIMIT = 1e15;
const BUYER_FIELD = ORDER_FIELDS.find((f) => f.key === 'buyer')!;
const SCIENTIFIC = /^\s*\d(\.\d+)?e\+?\d+\s*$/i;

/**
 * An order number Excel has already turned into a number: a numeric cell of 16+ digits
 * (the last ones lost) or the text Excel writes for it, `1.23457E+18`.
 */
export function isExcelMangledId(v: Cell | undefined): boolean {
  if (typeof v === 'number') return v >= EXACT_DIGITS_LIMIT;
  return typeof v === 'string' && v.length <= 24 && (v.indexOf('E') > 0 || v.indexOf('e') > 0) && SCIENTIFIC.test(v);
}

export function reportOrderSheetNotes(
  t: Table,
  mangled: { count: number; first: number },
  refunds: RefundConventionInfo,
  log: IssueLog,
): void {
  if (mangled.count > 0) {
    const value = rowAt(t.sheet, mangled.first)![t.col('orderId')!];
    log.at(
      'warning',
      'order-id-as-number',
      t.where(mangled.first, 'orderId'),
      value,
      msg('order-id-as-number', { count: mangled.count, value: String(value) }),
      msg('order-id-as-number.action'),
    );
  }
  if (!t.has('buyer')) reportNoBuyerColumn(t, log);
  if (refundConventionGuessed(refunds)) {
    const where = t.where(t.headerIndex, 'refund');
    const params = { name: t.sheet.name, count: refunds.refundedRows ?? 0 };
    const action = msg('orders-refund-convention-guessed.action');
    logCoded(log, 'warning', 'orders-refund-convention-guessed', where, null, params, action);
  }
}

/** No buyer column: normal for Pinduoduo (said once), but a mistyped 买家会员名 is named, since buyers then go uncounted. */
function reportNoBuyerColumn(t: Table, log: IssueLog): void {
  const typo = mistypedHeader(rowAt(t.sheet, t.headerIndex) ?? [], new Set(t.cols.values()), BUYER_FIELD);
  if (!typo) {
    logSheetNote(log, t, 'orders-no-buyer-column', msg('orders-no-buyer-column.action'));
    return;
  }
  const c = fileColumn(t.sheet, typo.column);
  const column = `${typo.header} (${columnLetter(c)})`;
  const where = { sheet: t.sheet.name, row: t.headerIndex + 1, column, cell: cellAddress(t.headerIndex, c) };
  const text = msg('orders-buyer-header-mistyped', { name: t.sheet.name, ...typo });
  log.at('warning', 'orders-buyer-header-mistyped', where, typo.header, text, msg('orders-no-buyer-column.action'));
}
