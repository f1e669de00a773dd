/**
 * Merged cells on a host below ExcelApi 1.13. Office.js lists merged areas
 * only through `Range.getMergedAreasOrNullObject` (1.13); below it no
 * documented member tells a merged cell apart (`getSpecialCells` knows
 * blanks, constants, formulas, conditional formats and data validation;
 * `getCellProperties` has no merge flag), and `values` gives a merge's value
 * in its top-left cell only. So the adapter looks for what a merge leaves: a
 * blank cell right below a value, in a column that is otherwise nearly full
 * (a memo merged over two orders) or that has a blank after each value (a
 * 岗位 or 日期 merged down its rows). A memo column with orders left
 * without a memo has neither shape. The first such cell of a sheet becomes a
 * note on the Issues sheet saying the host cannot read merged cells and what
 * to do (docs/excel-behaviour.md, item 19).
 */
import { type Cell, columnLetter, type FileProblem, msg } from '../engine';

/** A column at least this full (among rows holding something) is one a blank under a value stands out in. */
const NEARLY_FULL = 0.8;

/** The first blank cell below a value that looks like part of a merge (0-based sheet row and column), or null. */
export function likelyMergedCell(
  rows: Cell[][],
  headerRow: number,
  columns: number[],
): { row: number; col: number } | null {
  const filled = (r: number, c: number) => rows[r]?.[c] !== null && rows[r]?.[c] !== undefined;
  const body: number[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) if (columns.some((c) => filled(r, c))) body.push(r);
  let first: { row: number; col: number } | null = null;
  for (const c of columns) {
    const values = body.filter((r) => filled(r, c)).length;
    const blankUnder = body.findIndex((r, k) => k > 0 && !filled(r, c) && body[k - 1] === r - 1 && filled(r - 1, c));
    if (blankUnder < 0 || values === 0) continue;
    const nearlyFull = values >= NEARLY_FULL * body.length;
    const groups =
      filled(body[0], c) && body.every((r, k) => !filled(r, c) || k + 1 === body.length || !filled(body[k + 1], c));
    if (!nearlyFull && !groups) continue;
    const row = body[blankUnder];
    if (first === null || row < first.row) first = { row, col: c };
  }
  return first;
}

/** The Issues sheet's note for a sheet read on a host that cannot read merged cells. */
export function mergedCellNote(sheet: string, at: { row: number; col: number }): FileProblem {
  const column = columnLetter(at.col);
  const cell = `${column}${at.row + 1}`;
  return {
    code: 'host-merged-cells',
    file: sheet,
    sheet,
    row: at.row + 1,
    column,
    message: msg('host-merged-cells', { sheet, cell }),
  };
}
