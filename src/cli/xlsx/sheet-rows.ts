/**
 * A worksheet's rows as the engine gets them, made from what the sheet
 * scanner finds: values placed at their columns, rows at their numbers (out
 * of order and gaps included), and, below the first rows, only the chosen
 * columns' values with each row keeping its full length. The same rules
 * serve the scanner in this thread and the rows a worker thread sends back
 * (compact-rows.ts), so both readers give the engine the same rows.
 */
import { type Cell, columnMask, type ColumnsToRead, HEADER_ROWS_TO_READ } from '../../engine';

/** Given the first HEADER_ROWS_TO_READ rows, the columns to read below them (null: all). */
export type ColumnChooser = (firstRows: Cell[][]) => ColumnsToRead | null;

/** What the sheet scanner tells about a sheet's content, in document order. */
export interface RowSink {
  /** From which row on only the columns marked in `keep` are read. */
  readonly narrowFrom: number;
  /** Columns read from row `narrowFrom` on (null: all); other cells are only checked for a value. */
  readonly keep: Uint8Array | null;
  startRow(row: number): void;
  value(col: number, v: string | number | boolean): void;
  sharedString(col: number, index: number): void;
  /** The row ends; `width`: one past its last skipped cell with a value (0: none). */
  endRow(width: number): void;
}

/** A sheet as read: its rows, its merged ranges, and the columns it was narrowed to (null: read whole). */
export interface ScannedSheet {
  rows: Cell[][];
  merges: string[];
  choice: ColumnsToRead | null;
  /** A first row arrived after the columns were chosen (rows out of order): the choice may not stand. */
  lateFirstRow: boolean;
}

/** Blank cells to copy from: one copy of a packed array is cheaper than growing a row cell by cell. */
let blanks: Cell[] = [];

function blankCells(length: number): Cell[] {
  if (blanks.length < length) {
    const more: Cell[] = [];
    while (more.length < Math.max(length, 2 * blanks.length, 64)) more.push(null);
    blanks = more;
  }
  return blanks.slice(0, length);
}

export class SheetRows implements RowSink {
  readonly rows: Cell[][] = [];
  readonly narrowFrom = HEADER_ROWS_TO_READ;
  keep: Uint8Array | null = null;
  /** The columns read below the first rows (null: every column), decided once those rows are in. */
  choice: ColumnsToRead | null = null;
  decided = false;
  lateFirstRow = false;
  private cells: Cell[] = [];

  /** `chooser`: null reads every column of every row. */
  constructor(
    private readonly strings: { text(index: number): string },
    private readonly chooser: ColumnChooser | null,
  ) {}

  /**
   * `length`: how long the row will be at most, when that is known before its
   * cells (the rows a worker sends): it is made that long at once, blank, not
   * grown cell by cell; endRow cuts it back to what its cells make it.
   */
  startRow(row: number, length = 0): void {
    if (row >= HEADER_ROWS_TO_READ && !this.decided) this.decideColumns();
    if (this.decided && row < HEADER_ROWS_TO_READ) this.lateFirstRow = true;
    const rows = this.rows;
    while (rows.length < row) rows.push([]);
    this.cells = length > 0 ? blankCells(length) : [];
    if (rows.length === row) rows.push(this.cells);
    else rows[row] = this.cells; // rows out of order: the later one wins, as in ExcelJS
  }

  /** Chooses the columns from the rows read so far (once; nothing without a chooser): due when the first row below the first rows starts. */
  decideColumns(): void {
    if (this.chooser === null || this.decided) return;
    this.decided = true;
    this.choice = this.chooser(this.rows.slice(0, HEADER_ROWS_TO_READ));
    if (!this.choice) return;
    this.keep = columnMask(this.choice.columns);
  }

  value(col: number, v: string | number | boolean): void {
    const cells = this.cells;
    if (col === cells.length) cells.push(v);
    else if (col > cells.length) {
      while (cells.length < col) cells.push(null);
      cells.push(v);
    } else cells[col] = v;
  }

  /** Places the item's text unless it is empty; says whether it did. */
  sharedString(col: number, index: number): boolean {
    const text = this.strings.text(index);
    if (text === '') return false;
    this.value(col, text);
    return true;
  }

  /**
   * The row gets the length its skipped cells give it (their values stay
   * null). A row started at a known length ends at `width` exactly: the
   * caller counts its cells in (one past the last placed or skipped with a value).
   */
  endRow(width: number, exact = false): void {
    const cells = this.cells;
    if (exact && cells.length > width) cells.length = width;
    while (cells.length < width) cells.push(null);
  }

  /** The rows, without trailing empty ones. */
  finish(merges: string[]): ScannedSheet {
    const rows = this.rows;
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    return { rows, merges, choice: this.choice, lateFirstRow: this.lateFirstRow };
  }
}
