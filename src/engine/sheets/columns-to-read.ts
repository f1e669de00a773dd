/**
 * Which columns of a sheet the engine reads, decided from its first rows, so
 * the add-in can fetch only those from Excel: a real order report has 46 to
 * 71 columns (addresses, titles, logistics) of which the engine uses about 12.
 *
 * The reader must give the engine every column at its own index (the others
 * blank), and the first rows in full: messages name columns by letter and
 * header, and the nearest-header hints look at the whole header row.
 */
import type { Cell } from '../cell';
import type { InputKind } from '../model';
import { SUMMARY_COLUMNS } from '../text';
import { FIELDS_BY_KIND } from './aliases';
import { lookOf, type TableKind } from './classify';
import { bestHeaderRow, columnsNamingFields, HEADER_SEARCH_ROWS } from './table';

/** Kinds that grow with the month (a row per order or consultation): only these are worth narrowing. */
const NARROWED: ReadonlySet<TableKind> = new Set(['orders', 'consultations']);

/** Rows to read in full before choosing: the header is searched for among them. */
export const HEADER_ROWS_TO_READ = HEADER_SEARCH_ROWS;

export interface ColumnsToRead {
  /** Index of the header row among the rows given. */
  headerRow: number;
  /** Column indexes (0-based, ascending) the engine reads below the header. */
  columns: number[];
}

/**
 * 1 at each column of `columns`, 0 elsewhere (and past its end): what the hot loops over a million rows test,
 * a byte per cell, instead of a Set or a list.
 */
export function columnMask(columns: Iterable<number>): Uint8Array {
  const list = [...columns];
  const mask = new Uint8Array(Math.max(-1, ...list) + 1);
  for (const c of list) mask[c] = 1;
  return mask;
}

/**
 * The columns to read below the header of a sheet whose first rows are
 * `firstRows` (up to HEADER_ROWS_TO_READ of them) and whose kind, by name, is
 * `kind` (null: recognised by its header, as the engine does). Null means
 * read every column: a small kind, or no header found (the engine then
 * reports what it saw).
 *
 * Chosen: every column whose header names a field of the kind (repeated and
 * alternative names too, so the engine decides between them as before), and
 * the first columns, where summary rows (合计 / 汇总) carry their word.
 */
export function columnsToRead(firstRows: Cell[][], kind: InputKind | null): ColumnsToRead | null {
  const sheet = { name: '', rows: firstRows.slice(0, HEADER_ROWS_TO_READ) };
  const k = kind ?? kindByLook(sheet);
  if (k === null || k === 'history' || !NARROWED.has(k)) return null;
  const fields = FIELDS_BY_KIND[k];
  const { index } = bestHeaderRow(sheet, fields);
  if (index < 0) return null;
  const header = sheet.rows[index];
  const chosen = new Set(columnsNamingFields(header, fields));
  for (let c = 0; c < Math.min(SUMMARY_COLUMNS, header.length); c++) chosen.add(c);
  return { headerRow: index, columns: [...chosen].sort((a, b) => a - b) };
}

/** The kind the engine takes an unnamed sheet for: the one its header names completely. */
function kindByLook(sheet: { name: string; rows: Cell[][] }): TableKind | null {
  const look = lookOf(sheet, FIELDS_BY_KIND);
  return look.missing.length === 0 ? look.looksLike : null;
}

export interface IndexRun {
  start: number;
  count: number;
}

/** Ascending indexes → runs of consecutive ones: adjacent columns become one range, adjacent rows one operation. */
export function consecutiveRuns(columns: readonly number[]): IndexRun[] {
  const runs: IndexRun[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === c) last.count++;
    else runs.push({ start: c, count: 1 });
  }
  return runs;
}
