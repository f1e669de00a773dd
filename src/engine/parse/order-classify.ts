/**
 * The order reader's first pass: mark each sheet's data rows and hash each paid
 * row's order number, so duplicates are decided before any row counts. No
 * order number is cut out of its cell here unless it needs unwrapping.
 */
import { cellAt, CellView, isBlank, isBlankText, rowAt, rowCount, rowsOf, type Cell, type RowSource } from '../cell';
import { parseCount, parseNumber } from '../numbers';
import { parseDate } from '../dates';
import { cellText } from '../text';
import { toCents } from '../money';
import { isDataRow, isDataRowAt, Table } from '../sheets/table';
import { DuplicateInfo, KeyedRows, RowRef } from '../sheets/duplicates';
import { finishHash, FNV_START, fnvStep, hashString } from '../hashing';
import { isExcelMangledId } from './order-sheet-notes';
import { isClosed } from './order-status';

/**
 * Row marks: not a data row (blank or summary); a data row; one whose order number is on another row too; one
 * with a payment time but no order number; one whose order number Excel turned into a number (digits lost).
 */
export const NOT_DATA = 0;
export const DATA = 1;
export const REPEATED = 2;
export const NO_ID = 3;
export const MANGLED_ID = 4;

export interface OrderRowClasses {
  /** Per sheet, one mark per row. */
  marks: Uint8Array[];
  /** Order numbers found on more than one paid row, by order number. */
  duplicates: Map<string, DuplicateInfo>;
  /** Per sheet: how many order numbers Excel mangled, and the first such row. */
  mangled: { count: number; first: number }[];
  /**
   * Order numbers whose rows differ only in 数量: the items of one order on a row each (JD's order export),
   * counted once with the quantities added: order number → total quantity. Not conflicts.
   */
  itemLines: Map<string, number>;
}

export function classifyOrderRows(tables: Table[]): OrderRowClasses {
  const mangled = tables.map(() => ({ count: 0, first: -1 }));
  const marks = tables.map((t) => new Uint8Array(rowCount(t.sheet)));
  const orderIdAt = (r: RowRef) => cellText(rowAt(r.table.sheet, r.index)![r.table.col('orderId') ?? -1]);
  const entries = new KeyedRows(tables, orderIdAt);
  tables.forEach((t, ti) => markSheet(t, ti, marks[ti], mangled[ti], entries));
  const duplicates = entries.duplicates(sameOrder);
  for (const d of duplicates.values()) for (const r of d.rows) marks[tables.indexOf(r.table)][r.index] = REPEATED;
  const itemLines = new Map<string, number>();
  for (const [orderId, d] of duplicates) {
    const units = d.conflict ? itemLinesUnits(d.rows) : null;
    if (units === null) continue;
    itemLines.set(orderId, units);
    d.conflict = false;
  }
  return { marks, duplicates, mangled, itemLines };
}

/** The total quantity of rows that are one order's item lines (same in all but 数量, each a count), else null. */
function itemLinesUnits(rows: RowRef[]): number | null {
  let units = 0;
  for (const r of rows) {
    if (r.table !== rows[0].table || !r.table.has('qty') || !sameOrder(rows[0], r, 'qty')) return null;
    const q = parseCount(r.table.get(rowAt(r.table.sheet, r.index)!, 'qty'));
    if (q.kind !== 'value') return null;
    units += q.value;
  }
  return units;
}

function markSheet(
  t: Table,
  ti: number,
  mark: Uint8Array,
  mangled: { count: number; first: number },
  entries: KeyedRows,
): void {
  const cId = t.col('orderId') ?? -1;
  const cPay = t.col('payTime') ?? -1;
  const rows = rowCount(t.sheet);
  // Row arrays are indexed here; a source's rows are not made, only the cells that decide, read in place where it can.
  const plain = rowsOf(t.sheet);
  const source = t.sheet.source ?? null;
  const view = new CellView();
  let count = 0;
  for (let index = t.headerIndex + 1; index < rows; index++) {
    const row = plain ? plain[index] : null;
    if (row ? !isDataRow(row) : !isDataRowAt(t.sheet, index, view)) continue;
    count++;
    mark[index] = DATA;
    if (row ? isBlank(row[cPay]) : isBlankAt(source!, index, cPay, view)) continue;
    if (row === null) {
      const hash = digitsHashAt(source!, index, cId, view);
      if (hash !== null) {
        entries.pushHash(hash, ti, index);
        continue;
      }
    }
    const cell = row ? row[cId] : cellAt(t.sheet, index, cId);
    const wrappedHash = plainWrappedHash(cell);
    if (wrappedHash !== null) entries.pushHash(wrappedHash, ti, index);
    else if (isExcelMangledId(cell)) {
      // Not a key any more: two different orders may now read alike, so none of them is taken for a duplicate.
      mark[index] = MANGLED_ID;
      if (mangled.count++ === 0) mangled.first = index;
    } else {
      const id = cellText(cell);
      if (id) entries.pushHash(hashString(id), ti, index);
      else mark[index] = NO_ID;
    }
  }
  t.noteDataRowCount(count);
}

/** isBlank(source.cell(index, column)), read in place where the source can. */
function isBlankAt(source: RowSource, index: number, column: number, view: CellView): boolean {
  return source.view?.(index, column, view)
    ? isBlankText(view.text, view.from, view.to)
    : isBlank(source.cell(index, column));
}

/**
 * An order number of digits only, read in place (the byte reader unwraps `="…"` already): its key, the hash
 * markSheet gives its cellText (digits are their own cellText, and no number Excel mangled); null for any
 * other cell, which is read the general way.
 */
export function digitsHashAt(source: RowSource, index: number, column: number, view: CellView): number | null {
  if (!source.view?.(index, column, view)) return null;
  const { text, from, to } = view;
  if (from === to) return null;
  let h = FNV_START;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    h = fnvStep(h, c);
  }
  return finishHash(h);
}

/**
 * `="1234…"` with plain ASCII inside and no inner quote: its cellText is
 * exactly the text between the quotes, so the first pass hashes that range
 * in place instead of cutting out a million order numbers.
 */
export function isPlainWrapped(v: Cell | undefined): v is string {
  if (typeof v !== 'string') return false;
  const n = v.length;
  if (n < 4 || v.charCodeAt(0) !== 61 || v.charCodeAt(1) !== 34 || v.charCodeAt(n - 1) !== 34) return false;
  for (let i = 2; i < n - 1; i++) if (v.charCodeAt(i) === 34 || v.charCodeAt(i) >= 0xa0) return false;
  return true;
}

/**
 * hashString(cellText(v)) when v isPlainWrapped, else null (hot-path.test holds it to those two). Checked
 * and hashed in one loop: the order number's characters are read once per row instead of twice.
 */
export function plainWrappedHash(v: Cell | undefined): number | null {
  if (typeof v !== 'string') return null;
  const n = v.length;
  if (n < 4 || v.charCodeAt(0) !== 61 || v.charCodeAt(1) !== 34 || v.charCodeAt(n - 1) !== 34) return null;
  let h = FNV_START;
  for (let i = 2; i < n - 1; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c >= 0xa0) return null;
    h = fnvStep(h, c);
  }
  return finishHash(h);
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

/** Same on every compared field (but `except`), and both closed or both not. */
function sameOrder(a: RowRef, b: RowRef, except?: string): boolean {
  const ra = rowAt(a.table.sheet, a.index)!;
  const rb = rowAt(b.table.sheet, b.index)!;
  for (const k of COMPARED) {
    if (k === except || !a.table.has(k) || !b.table.has(k)) continue;
    if (comparable(a.table, ra, k) !== comparable(b.table, rb, k)) return false;
  }
  return isClosed(a.table.get(ra, 'status')) === isClosed(b.table.get(rb, 'status'));
}
