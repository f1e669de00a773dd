/**
 * Refunds counted once. In real Taobao / Tmall order reports 买家实际支付金额 is
 * already net of the refund: on a refunded row 总金额 = 实付 + 退款 (a full
 * refund shows 实付 0). Other reports (and the older picture of the data) give
 * the amount paid before the refund: 总金额 = 实付. Each order sheet is judged
 * once, from its refunded rows, before any order counts; a Plan key
 * (orders.refundConvention) can force either reading. Without 总金额 (other
 * layouts) refunds larger than 实付 still tell: a full refund shows 实付 0
 * only when 实付 is net of it. With no sign either way the sheet is read as
 * gross, and a sheet with refunds then says so, since that may count them twice.
 */
import { cellAt, rowCount, rowsOf, type Cell } from '../cell';
import { parseNumber } from '../numbers';
import { toCents } from '../money';
import type { Table } from '../sheets/table';
import type { InputSheetSummary, LocalText } from '../model';
import { msg } from '../messages';

export type RefundConvention = 'netted' | 'gross';
export type RefundConventionSetting = 'auto' | RefundConvention;

export interface RefundConventionInfo {
  convention: RefundConvention;
  /**
   * How it was decided: by the plan, from 总金额, from refunds larger than 实付 (no 总金额 to judge by), or by
   * default (no 总金额 / 退款金额, or no refunded row that tells).
   */
  source: 'plan' | 'total' | 'refund-beyond-paid' | 'default';
  /** Refunded rows where 总金额 = 实付 + 退款, and where 总金额 = 实付. */
  nettedRows: number;
  grossRows: number;
  /** Refunded rows looked at (up to DECISIVE_ROWS told by 总金额), and those whose refund is larger than 实付. */
  refundedRows?: number;
  beyondPaidRows?: number;
}

/** Enough refunded rows to decide: a sheet's convention is one export setting, not a per-row matter. */
const DECISIVE_ROWS = 2000;
/**
 * Refunds larger than 实付 that make a sheet netted without 总金额: at least 3, and 1 in 10 of its refunded rows.
 * A netted export shows every full refund so (实付 0), the usual refund; a gross one only in a faulty row, and a
 * fault or two among a handful of refunds must not stop every other refund from being deducted.
 */
const BEYOND_PAID_SHARE = 0.1;
const BEYOND_PAID_ROWS = 3;

/** Cents of a positive amount, or 0; the usual 0 / "0.00" / blank refund cell is answered without parsing. */
function positiveCents(v: Cell | undefined): number {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? toCents(v) : 0;
  if (typeof v !== 'string' || v === '' || v === '0' || v === '0.00') return 0;
  const p = parseNumber(v);
  return p.kind === 'value' && p.value > 0 ? toCents(p.value) : 0;
}

function centsOf(v: Cell | undefined): number | null {
  const p = parseNumber(v);
  return p.kind === 'value' ? toCents(p.value) : p.kind === 'blank' ? 0 : null;
}

export function detectRefundConvention(
  t: Table,
  setting: RefundConventionSetting,
  isData: Uint8Array,
): RefundConventionInfo {
  if (setting !== 'auto') return { convention: setting, source: 'plan', nettedRows: 0, grossRows: 0 };
  const cTotal = t.col('total'),
    cPaid = t.col('paid'),
    cRefund = t.col('refund');
  if (cPaid === undefined || cRefund === undefined)
    return { convention: 'gross', source: 'default', nettedRows: 0, grossRows: 0 };
  let netted = 0;
  let gross = 0;
  let refunded = 0;
  let beyondPaid = 0;
  const count = rowCount(t.sheet);
  const plain = rowsOf(t.sheet);
  for (let i = t.headerIndex + 1; i < count && netted + gross < DECISIVE_ROWS; i++) {
    if (isData[i] === 0) continue;
    const row = plain ? plain[i] : null;
    const refund = positiveCents(row ? row[cRefund] : cellAt(t.sheet, i, cRefund));
    if (refund === 0) continue;
    const paid = centsOf(row ? row[cPaid] : cellAt(t.sheet, i, cPaid));
    if (paid === null) continue;
    refunded++;
    // Within a cent: amounts written with two decimals, read through floats.
    if (refund - paid > 1) beyondPaid++;
    const total = cTotal === undefined ? null : centsOf(row ? row[cTotal] : cellAt(t.sheet, i, cTotal));
    if (total === null) continue;
    if (Math.abs(total - paid - refund) <= 1 && Math.abs(total - paid) > 1) netted++;
    else if (Math.abs(total - paid) <= 1) gross++;
  }
  const counts = { nettedRows: netted, grossRows: gross, refundedRows: refunded, beyondPaidRows: beyondPaid };
  if (netted + gross > 0) return { convention: netted > gross ? 'netted' : 'gross', source: 'total', ...counts };
  if (beyondPaid >= BEYOND_PAID_ROWS && beyondPaid >= refunded * BEYOND_PAID_SHARE)
    return { convention: 'netted', source: 'refund-beyond-paid', ...counts };
  return { convention: 'gross', source: 'default', ...counts };
}

/** A sheet with refunds read as gross for want of any sign: its refunds may be deducted twice, so the manager hears of it. */
export function refundConventionGuessed(info: RefundConventionInfo): boolean {
  return info.source === 'default' && (info.refundedRows ?? 0) > 0;
}

/** Each order sheet's summary with the convention it was read by (sheets read by no order pass keep none). */
export function withRefundConventions(
  inputs: InputSheetSummary[],
  conventions: ReadonlyMap<string, RefundConventionInfo>,
): InputSheetSummary[] {
  return inputs.map((s) => {
    const info = s.kind === 'orders' ? conventions.get(s.sheet) : undefined;
    return info ? { ...s, refundConvention: info } : s;
  });
}

/** The Audit sheet's sentence for a sheet's convention. */
export function describeRefundConvention(info: RefundConventionInfo): LocalText {
  const what =
    info.convention === 'netted'
      ? msg('parse.refund-convention.amount-paid-already-net-of')
      : msg('parse.refund-convention.amount-paid-before-the-refund');
  const why =
    info.source === 'plan'
      ? msg('parse.refund-convention.set-by-plan-orders-refundconvention')
      : info.source === 'total'
        ? msg('parse.refund-convention.from-refunded-orders-with-paid', {
            nettedRows: info.nettedRows,
            grossRows: info.grossRows,
          })
        : info.source === 'refund-beyond-paid'
          ? msg('parse.refund-convention.refund-beyond-paid', {
              beyondPaidRows: info.beyondPaidRows ?? 0,
              refundedRows: info.refundedRows ?? 0,
            })
          : msg('parse.refund-convention.no-or-refunded-order-to');
  return msg('parse.refund-convention.text', { what, why });
}
