/** A cell value as read from Excel (Office.js `values`) or ExcelJS after normalisation. */
export type Cell = string | number | boolean | null;

/** A sheet as a 2-D array of values; row 0 is the sheet's first row (Excel row 1). */
export interface SheetData {
  name: string;
  rows: Cell[][];
  /**
   * When a reader kept only some of a file's columns (the CLI reading a big
   * order report): the file's column (0-based) of each kept one, so messages
   * still name the column the manager sees. Absent: every column, in place.
   */
  columns?: number[];
  /**
   * The SHA-256 (hex) of the whole file the sheet was read from, where it is one file of its own (a CSV given
   * to cs-kpi): the sheet's checksum in the Audit, as `sha256sum` prints it for the file (CHECKSUM_METHOD 3).
   * FILE_SHA256_LATER: still being computed while the engine runs; the caller gives it (giveFileSha256).
   */
  fileSha256?: string;
  /**
   * Where the rows come from when they are not kept as arrays (a big CSV read by cs-kpi): the engine asks
   * for each row as it goes (rowAt), and `rows` makes them all at once for anything else.
   */
  source?: RowSource;
}

/** Rows made when asked for (a new array each time, or one kept), as long as its last value; undefined past the end. */
export interface RowSource {
  readonly count: number;
  row(index: number): Cell[] | undefined;
  /** row(index)?.[column], without making the row. */
  cell(index: number, column: number): Cell | undefined;
  /**
   * Where cell(index, column) can be read in place, without cutting it out: sets `out` so that
   * out.text.slice(out.from, out.to) is that cell (a string) and returns true; false when it cannot say
   * (then ask cell()). The order loop reads a million amounts and times this way.
   */
  view?(index: number, column: number, out: CellView): boolean;
  /**
   * view(), for a cell whose cellText (text.ts) is its text as it stands, ASCII or not (isPlainText): a buyer's
   * name, read in place even where it is Chinese. False for any other cell.
   */
  plainView?(index: number, column: number, out: CellView): boolean;
}

/** A string cell as a range of a longer text (see RowSource.view): one per reader, reused for every cell. */
export class CellView {
  text = '';
  from = 0;
  to = 0;
}

export function rowCount(sheet: SheetData): number {
  return sheet.source ? sheet.source.count : sheet.rows.length;
}

/** A cell, as rowAt(sheet, index)?.[column]: a pass that needs a few cells of each row makes no row. */
export function cellAt(sheet: SheetData, index: number, column: number): Cell | undefined {
  return sheet.source ? sheet.source.cell(index, column) : sheet.rows[index]?.[column];
}

/** The sheet's row arrays, or null when it has a source: hot loops index them directly, as rowAt costs there. */
export function rowsOf(sheet: SheetData): Cell[][] | null {
  return sheet.source ? null : sheet.rows;
}

/** The first `n` rows (fewer if the sheet has fewer). */
export function firstRows(sheet: SheetData, n: number): Cell[][] {
  if (!sheet.source) return sheet.rows.slice(0, n);
  const out: Cell[][] = [];
  for (let i = 0; i < Math.min(n, sheet.source.count); i++) out.push(sheet.source.row(i)!);
  return out;
}

/** Row `index` of a sheet, from its source if it has one. */
export function rowAt(sheet: SheetData, index: number): Cell[] | undefined {
  return sheet.source ? sheet.source.row(index) : sheet.rows[index];
}

/** The column a manager sees for a sheet's column index (see SheetData.columns). */
export function fileColumn(sheet: SheetData, index: number): number {
  return sheet.columns?.[index] ?? index;
}

/** The workbook the engine works on: sheets in workbook order. */
export interface WorkbookData {
  sheets: SheetData[];
}

export function isBlank(v: Cell | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && isBlankText(v, 0, v.length);
}

/** isBlank of the text s.slice(from, to), without making the slice where it starts with a printable character. */
export function isBlankText(s: string, from: number, to: number): boolean {
  // Most cells start with a printable ASCII character: no need to trim them. Anything else (any kind of space) is trimmed.
  const c = from < to ? s.charCodeAt(from) : 0;
  return c > 32 && c < 127 ? false : s.slice(from, to).trim() === '';
}

/** Excel column letters for a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B12"-style address from 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}
