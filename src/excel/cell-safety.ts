/**
 * Keeping cells exactly as given. Excel treats a written string like typed
 * text: "=…", "+…", "-…", "@…" become formulas and "00123" or "TRUE" change
 * type. A cell formatted as text ("@") before its value arrives keeps the
 * string as it is, so every string cell gets "@" first: hostile text such as
 * =HYPERLINK(…) stays inert, and order numbers keep their digits.
 */
import { FormulaCell, OutCell, OutputKind, fitsInCell, isFormulaCell } from '../engine';

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** Number format a cell must carry when written, given its column's format. */
export function cellNumberFormat(cell: OutCell, columnFormat: string): string {
  if (typeof cell === 'string') return TEXT_FORMAT;
  if (cell === null) return columnFormat; // an empty cell keeps the column's look
  // A number, boolean or SUM formula in a text column would turn into text.
  return columnFormat === TEXT_FORMAT ? GENERAL_FORMAT : columnFormat;
}

/**
 * Which formulas a sheet may carry. Every output keeps the rule of
 * docs/rules.md (Outputs): only the engine's SUM totals. The what-if sheet
 * (工资测算) exists to recalculate, so it alone may also carry live CS.*
 * formulas, and only of the narrow shape whatIfFormula accepts.
 */
export type FormulaRule = 'sumOnly' | 'whatIf';

export function formulaRuleOf(kind: OutputKind): FormulaRule {
  return kind === 'whatif' ? 'whatIf' : 'sumOnly';
}

/** The value Office.js is given for a cell; formulas only as the sheet's rule allows. */
export function cellInput(cell: OutCell, rule: FormulaRule = 'sumOnly'): string | number | boolean | null {
  if (isFormulaCell(cell)) return formulaText(cell, rule);
  if (typeof cell === 'number' && !Number.isFinite(cell)) throw new Error(`Cannot write the number ${cell} to Excel`);
  return typeof cell === 'string' ? fitsInCell(cell) : cell;
}

const REF = '\\$?[A-Z]{1,3}\\$?\\d+(:\\$?[A-Z]{1,3}\\$?\\d+)?';
const SUM_TOTAL = new RegExp(`^SUM\\(${REF}(,${REF})*\\)$`, 'i');

function formulaText(cell: FormulaCell, rule: FormulaRule): string {
  const f = cell.formula.trim().replace(/^=/, '');
  // Only plain SUM(A1:B2)-style totals are written as formulas (docs/rules.md: Outputs) …
  if (SUM_TOTAL.test(f)) return `=${f}`;
  // … and, on the what-if sheet only, the add-in's own CS.* formulas over its cells.
  if (rule === 'whatIf' && isWhatIfFormula(f)) return `=${f}`;
  throw new Error(
    `Refusing to write formula "${cell.formula}": only SUM totals are allowed${rule === 'whatIf' ? ", and CS.* formulas over this sheet's cells" : ''}`,
  );
}

/**
 * A what-if formula: this sheet's cell references, numbers, text in quotes,
 * TRUE/FALSE, arithmetic and comparisons, and only the functions CS.*, IF,
 * IFNA, AND, OR, ROUND. No other sheet or workbook, no HYPERLINK, WEBSERVICE
 * or any other function, so nothing can reach outside the sheet.
 */
const WHATIF_TOKEN =
  /\s*(?:"(?:[^"]|"")*"|(?:CS\.[A-Z]+|IF|IFNA|AND|OR|ROUND)(?=\()|TRUE\b|FALSE\b|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![A-Z\d(!.])|\d+(?:\.\d+)?(?:E[-+]?\d+)?|<>|>=|<=|[-+*/(),=<>&])/iy;

export function isWhatIfFormula(formula: string): boolean {
  const f = formula.trim().replace(/^=/, '');
  if (f === '' || f.includes('!') || f.includes('[')) return false;
  WHATIF_TOKEN.lastIndex = 0;
  while (WHATIF_TOKEN.lastIndex < f.length) {
    const at = WHATIF_TOKEN.lastIndex;
    if (!WHATIF_TOKEN.test(f) || WHATIF_TOKEN.lastIndex === at) return f.slice(at).trim() === '';
  }
  return true;
}

const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

/** Excel's rules for a sheet name; throws a readable error instead of failing mid-write. */
export function validateSheetName(name: string): void {
  if (name.trim().length === 0) throw new Error('A sheet name cannot be empty');
  if (name.length > 31) throw new Error(`Sheet name "${name}" is longer than 31 characters`);
  if (BAD_SHEET_CHARS.test(name)) throw new Error(`Sheet name "${name}" contains one of : \\ / ? * [ ]`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw new Error(`Sheet name "${name}" cannot start or end with an apostrophe`);
  if (name.toLowerCase() === 'history') throw new Error('"History" is reserved by Excel');
}

/** Excel's rules for a table name. */
export function validateTableName(name: string): void {
  const ok = /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(name) && !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/.test(name);
  if (!ok)
    throw new Error(
      `Table name "${name}" is not valid in Excel (letters, digits, _ and . only; not like a cell address)`,
    );
}
