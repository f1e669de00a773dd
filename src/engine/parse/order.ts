/** One paid order as the order reader hands it on, and what the reader counted. */
import { CellView, type Cell, type RowSource } from '../cell';
import { fastDate, fastDateIn, parseDate, type Serial } from '../dates';
import { numberOf, plainDecimalIn } from '../numbers';
import { cellText } from '../text';
import type { Cents } from '../money';
import type { Table } from '../sheets/table';
import type { RefundConventionInfo } from './refund-convention';

/** A paid order of the period, amounts in cents. The sink must not keep the object: it is reused for every row. */
export class Order {
  /** The buyer's name: buyerText[buyerFrom, buyerTo), read in place where the source lets it (see readBuyer). */
  buyerText = '';
  buyerFrom = 0;
  buyerTo = 0;
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
  /** Where the source lets a cell be read in place (see RowSource.view). */
  private readonly view = new CellView();
  constructor(public table: Table) {}

  /** Creation time (serial); null when the column is missing or the cell blank or unreadable. */
  createdAt(): number | null {
    if (this.createdCol < 0) return null;
    const fast = this.date(this.createdCol);
    if (fast !== null) return fast;
    const d = parseDate(this.cell(this.createdCol));
    return d.kind === 'value' ? d.value : null;
  }

  /** Whether the order names a buyer (a non-empty name). */
  get hasBuyer(): boolean {
    return this.buyerTo > this.buyerFrom;
  }

  /** The buyer's name as a string (cut from its text only when asked). */
  get buyer(): string {
    const { buyerText, buyerFrom, buyerTo } = this;
    return buyerFrom === 0 && buyerTo === buyerText.length ? buyerText : buyerText.slice(buyerFrom, buyerTo);
  }

  set buyer(name: string) {
    this.buyerText = name;
    this.buyerFrom = 0;
    this.buyerTo = name.length;
  }

  /** The buyer: cellText of column c, in place where the source shows it as it stands (a million names not cut). */
  readBuyer(c: number): void {
    const v = this.view;
    if (this.row === null && this.source!.plainView?.(this.rowIndex, c, v)) {
      this.buyerText = v.text;
      this.buyerFrom = v.from;
      this.buyerTo = v.to;
    } else this.buyer = cellText(this.cell(c));
  }

  get orderId(): string {
    return cellText(this.cell(this.idCol));
  }

  /** The row's cell in column c (undefined past its end, as for a row array). */
  cell(c: number): Cell | undefined {
    return this.row !== null ? this.row[c] : this.source!.cell(this.rowIndex, c);
  }

  /** numberOf(this.cell(c)): read in place where the source can, no string cut for a million amounts. */
  number(c: number): number {
    if (this.row !== null) return numberOf(this.row[c]);
    const v = this.view;
    return this.source!.view?.(this.rowIndex, c, v) ? plainDecimalIn(v.text, v.from, v.to) : numberOf(this.cell(c));
  }

  /** fastDate(this.cell(c)), read in place likewise. */
  date(c: number): Serial | null {
    if (this.row !== null) return fastDate(this.row[c]);
    const v = this.view;
    return this.source!.view?.(this.rowIndex, c, v) ? fastDateIn(v.text, v.from, v.to) : fastDate(this.cell(c));
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
