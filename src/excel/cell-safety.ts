/**
 * Keeping cells exactly as given. Excel treats a written string like typed
 * text: "=…", "+…", "-…", "@…" become formulas and "00123" or "TRUE" change
 * type. A cell formatted as text ("@") before its value arrives keeps the
 * string as it is, so every string cell gets "@" first: hostile text such as
 * =HYPERLINK(…) stays inert, and order numbers keep their digits.
 */
import { FormulaCell, OutCell, isFormulaCell } from '../engine';

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** Number format a cell must carry when written, given its column's format. */
export function cellNumberFormat(cell: OutCell, columnFormat: string): string {
  if (typeof cell === 'string') return TEXT_FORMAT;
  if (cell === null) return columnFormat; // an empty cell keeps the column's look
  // A number, boolean or SUM formula in a text column would turn into text.
  return columnFormat === TEXT_FORMAT ? GENERAL_FORMAT : columnFormat;
}

/** The value Office.js is given for a cell; the only formulas are the engine's own totals. */
export function cellInput(cell: OutCell): string | number | boolean | null {
  if (isFormulaCell(cell)) return formulaText(cell);
  if (typeof cell === 'number' && !Number.isFinite(cell)) throw new Error(`Cannot write the number ${cell} to Excel`);
  return cell;
}

function formulaText(cell: FormulaCell): string {
  const f = cell.formula.trim().replace(/^=/, '');
  // Only plain SUM(A1:B2)-style totals are written as formulas (docs/rules.md: Outputs).
  const ref = '\\$?[A-Z]{1,3}\\$?\\d+(:\\$?[A-Z]{1,3}\\$?\\d+)?';
  if (!new RegExp(`^SUM\\(${ref}(,${ref})*\\)$`, 'i').test(f)) {
    throw new Error(`Refusing to write formula "${cell.formula}": only SUM totals are allowed`);
  }
  return `=${f}`;
}

const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

/** Excel's rules for a sheet name; throws a readable error instead of failing mid-write. */
export function validateSheetName(name: string): void {
  if (name.trim().length === 0) throw new Error('A sheet name cannot be empty');
  if (name.length > 31) throw new Error(`Sheet name "${name}" is longer than 31 characters`);
  if (BAD_SHEET_CHARS.test(name)) throw new Error(`Sheet name "${name}" contains one of : \\ / ? * [ ]`);
  if (name.startsWith("'") || name.endsWith("'")) throw new Error(`Sheet name "${name}" cannot start or end with an apostrophe`);
  if (name.toLowerCase() === 'history') throw new Error('"History" is reserved by Excel');
}

/** Excel's rules for a table name. */
export function validateTableName(name: string): void {
  const ok = /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(name) && !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/.test(name);
  if (!ok) throw new Error(`Table name "${name}" is not valid in Excel (letters, digits, _ and . only; not like a cell address)`);
}
