/**
 * Output sheets as plain data. The engine builds these; the Excel adapter
 * (Office.js) and the .xlsx writer (ExcelJS) render them the same way.
 */

/** A formula cell: native SUM totals in the outputs; live CS.* formulas only in the what-if sheet (工资测算), never in the finance workbook. */
export interface FormulaCell {
  formula: string; // without the leading "=", e.g. "SUM(E2:E31)"
  value: number | string; // the engine's result, cached so any reader sees it before recalculation
}

export type OutCell = string | number | boolean | null | FormulaCell;

export function isFormulaCell(c: OutCell): c is FormulaCell {
  return typeof c === 'object' && c !== null && 'formula' in c;
}

/** How a column's values are shown. */
export type ColumnFormat =
  'text' | 'integer' | 'rowNumber' | 'money' | 'percent' | 'decimal1' | 'decimal2' | 'datetime' | 'general';

/** Excel number-format codes for each column format (shared by both writers). */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: '@',
  integer: '#,##0',
  rowNumber: '0', // a sheet's row as Excel numbers it, 1223, not 1,223
  money: '"¥"#,##0.00',
  percent: '0.0%',
  decimal1: '0.0',
  decimal2: '0.00',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  general: 'General',
};

export interface ColumnSpec {
  key: string; // stable machine key, e.g. "grossPay"
  header: string; // localised header text
  format: ColumnFormat;
  width?: number; // characters
  /**
   * Each row's text its own (an order number, a message that names it): written in its cell (an inline string),
   * not through the shared strings, whose table measured 0.1 s of writing 60,000 silent orders' Issues rows.
   */
  distinct?: boolean;
}

/** Fill colours for a text value in one column (grade colours). */
export interface HighlightRule {
  columnKey: string;
  equals: string;
  fill: string; // "#RRGGBB"
  fontColor?: string;
}

export type OutputKind = 'scorecard' | 'payroll' | 'statements' | 'issues' | 'audit' | 'whatif';

export interface SheetSpec {
  kind: OutputKind;
  name: string; // e.g. "工资表 2026-10"
  columns: ColumnSpec[];
  rows: OutCell[][]; // data rows, each as long as columns
  /** A row after the data (payroll totals: SUM formulas). */
  totalsRow?: OutCell[];
  /** Lines of text below the data (legend, notes), one per row in column A. */
  notes?: string[];
  /** Make header + rows an Excel table with this name (letters, digits, _). */
  tableName?: string;
  freezeHeader: boolean;
  autoFilter: boolean;
  /** Protect the sheet against accidental edits (no password). */
  protect: boolean;
  highlights?: HighlightRule[];
  print?: { landscape: boolean; fitToWidth: boolean; header: string };
  /** Row indexes (0-based within rows) to show bold, e.g. statement block titles. */
  boldRows?: number[];
  /** A block of rows below the notes (after one blank row): the scorecard's shop trend. */
  after?: AfterBlock;
  /** Native charts over the sheet's own cells (add-in; the CLI's ExcelJS writes none). */
  charts?: ChartSpec[];
  /** Columns shaded by a three-colour scale, low red to high green (numbers only). */
  colorScales?: string[];
  /**
   * Data cells (0-based within rows) holding an Excel date-time serial, shown as 'datetime' whatever their
   * column's format: the Audit's generation and lock times in its text column.
   */
  dateCells?: { row: number; column: number }[];
}

/** Rows below the notes: `headerRows` title/header rows in general format, then rows in the column formats given. */
export interface AfterBlock {
  rows: OutCell[][];
  headerRows: number;
  formats: ColumnFormat[];
}

/** Cells of one column: `rows` rows from `firstRow` (0-based) of the data rows or of the `after` block. */
export interface CellBlock {
  area: 'data' | 'after';
  column: number;
  firstRow: number;
  rows: number;
}

export interface ChartSeriesSpec {
  name: string;
  values: CellBlock;
  categories: CellBlock;
  /** Drawn as a line on the secondary axis (a ratio beside amounts). */
  lineOnSecondaryAxis?: boolean;
}

export interface ChartSpec {
  /** Stable name, unique on the sheet. */
  name: string;
  title: string;
  type: 'barClustered' | 'columnClustered';
  series: ChartSeriesSpec[];
}

/** A value that starts with = + - @ or a tab would be read as a formula by a spreadsheet. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s);
}

/** The most characters (UTF-16 units) an Excel cell holds; a longer text makes Excel repair the file or refuse the write. */
export const EXCEL_CELL_CHARS = 32767;

/**
 * Text as a cell can hold it: one over the limit (only a CSV can carry such a cell in) is cut, ending in
 * "…" so the cut shows, and never between the two halves of a character outside the BMP (an emoji, 𠮷).
 */
export function fitsInCell(s: string): string {
  if (s.length <= EXCEL_CELL_CHARS) return s;
  let end = EXCEL_CELL_CHARS - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}
