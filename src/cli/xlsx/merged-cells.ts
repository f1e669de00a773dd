/**
 * Merged ranges as the manager sees them: every cell of a merge shows the
 * top-left cell's value (ExcelJS's full reader gives the same, and the CLI's
 * tests of merged memo and date cells rely on it).
 */
import type { Cell } from '../../engine';

/** A merge larger than this fills only the rows the sheet has (a merge over whole columns must not make a million rows). */
const MAX_FILLED_CELLS = 1_000_000;

function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Does any merged range reach row `row` (0-based) or below? */
export function mergesReachRow(merges: string[], row: number): boolean {
  return merges.some((range) => {
    const to = parseRef(range.split(':')[1] ?? range.split(':')[0]);
    return to === null || to.row >= row;
  });
}

export function fillMergedCells(rows: Cell[][], merges: string[]): void {
  for (const range of merges) {
    const [a, b] = range.split(':');
    const from = parseRef(a);
    const to = parseRef(b ?? a);
    if (!from || !to || to.row < from.row || to.col < from.col) continue;
    let lastRow = to.row;
    if ((to.row - from.row + 1) * (to.col - from.col + 1) > MAX_FILLED_CELLS)
      lastRow = Math.min(to.row, rows.length - 1);
    const master = rows[from.row]?.[from.col] ?? null;
    while (rows.length <= lastRow) rows.push([]);
    for (let r = from.row; r <= lastRow; r++) {
      const cells = rows[r];
      while (cells.length <= to.col) cells.push(null);
      for (let c = from.col; c <= to.col; c++) cells[c] = master;
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    }
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
}
