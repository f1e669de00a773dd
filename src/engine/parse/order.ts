/** One paid order as the order reader hands it on, and what the reader counted. */
import type { Cell, RowSource } from '../cell';
import { fastDate, parseDate } from '../dates';
import { cellText } from '../text';
import type { Cents } from '../money';
import type { Table } from '../sheets/table';
import type { RefundConventionInfo } from './refund-convention';

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
  /**
   * The row: its cells (null when the sheet has a source, which is then asked for each cell: no row is made),
   * and its order-number column, cut out only when a message needs it.
   */
  row: Cell[] | null = null;
  source: RowSource | null = null;
  idCol = -1;
  /** Payment time (serial). */
  paidAt = 0;
  /** The 订单创建时间 column, -1 when the sheet has none: read only when the attribution rule needs it. */
  createdCol = -1;
  constructor(public table: Table) {}

  /** Creation time (serial); null when the column is missing or the cell blank or unreadable. */
  createdAt(): number | null {
    if (this.createdCol < 0) return null;
    const v = this.cell(this.createdCol);
    const fast = fastDate(v);
    if (fast !== null) return fast;
    const d = parseDate(v);
    return d.kind === 'value' ? d.value : null;
  }

  get orderId(): string {
    return cellText(this.cell(this.idCol));
  }

  /** The row's cell in column c (undefined past its end, as for a row array). */
  cell(c: number): Cell | undefined {
    return this.row !== null ? this.row[c] : this.source!.cell(this.rowIndex, c);
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
