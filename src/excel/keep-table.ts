/**
 * Keeping an output sheet's table when the sheet is regenerated in place, so
 * a manager's structured reference such as `=SUM(Payroll_2026_10[应发工资])`
 * keeps working: Excel rewrites or breaks structured references when their
 * table or column is deleted or renamed ("Using structured references with
 * Excel tables"), so deleting the table and adding it again under the same
 * name would leave #REF!.
 *
 * Where the host has ExcelApi 1.13 (`Table.resize`), the old table stays: the
 * columns the new sheet no longer has are deleted, the new ones inserted in
 * their place (blank; their header cells name them when the content is
 * copied in), and the table is resized to the new rows and columns. A column
 * present before and after keeps its name, so references to it follow. Below
 * 1.13 the table is deleted and added again (docs/excel-behaviour.md, item 20).
 */
import { hostHasExcelApi } from './merged-areas';
import type { RenderPlan } from './render-plan';

/** A table of the old sheet that the new content takes over, with its column names in order. */
export interface KeptTable {
  name: string;
  columns: string[];
  /** Where its header row starts (0-based); absent when not asked (a host below 1.13). */
  topLeft?: { row: number; col: number };
}

/** The new table's column names: its header cells as text. */
export function headerNames(plan: RenderPlan): string[] {
  const cols = plan.decoration?.table?.cols ?? 0;
  return (plan.rows[0] ?? []).slice(0, cols).map((v) => (v === null || typeof v === 'object' ? '' : String(v)));
}

/**
 * How to turn the old columns into the new ones while keeping the most old columns (the longest run common
 * to both, in order; names compared as Excel does, ignoring case): the old columns to delete, then the
 * positions at which to insert a blank column, ascending. New columns after the last kept one are left to
 * the resize (an insert needs a position below the column count in ExcelApi 1.1).
 */
export function columnChanges(old: string[], next: string[]): { kept: number; remove: string[]; insertAt: number[] } {
  const a = old.map((n) => n.toLowerCase());
  const b = next.map((n) => n.toLowerCase());
  // lcs[i][j]: the longest common run of a[i…] and b[j…].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const keptOld = new Set<number>();
  const keptNew = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      keptOld.add(i++);
      keptNew.add(j++);
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  const remove = old.filter((_, i) => !keptOld.has(i));
  const insertAt: number[] = [];
  let count = keptOld.size;
  for (let j = 0; j < b.length && j < count; j++) {
    if (keptNew.has(j)) continue;
    insertAt.push(j);
    count++;
  }
  return { kept: keptOld.size, remove, insertAt };
}

/**
 * The old table the new content can take over: same name, the host can resize tables, a column in common, and
 * it still starts at A1 where the new one does (Table.resize keeps the header row; a manager may have inserted
 * a row above it, and a request that fails every time could not be completed after a failure).
 */
export function keepableTable(plan: RenderPlan, tables: KeptTable[]): KeptTable | null {
  const name = plan.decoration?.table?.name.toLowerCase();
  const table = tables.find((t) => t.name.toLowerCase() === name);
  if (!table || !hostHasExcelApi('1.13') || table.topLeft?.row !== 0 || table.topLeft.col !== 0) return null;
  return columnChanges(table.columns, headerNames(plan)).kept > 0 ? table : null;
}

/**
 * Queue reshaping the kept table to the new table's rows and columns; returns it. Run after the sheet's other
 * tables are deleted (a table cannot overlap another) and before the new content is copied in.
 */
export function queueKeepTable(
  ws: Excel.Worksheet,
  kept: KeptTable,
  headers: string[],
  size: { rows: number; cols: number },
): Excel.Table {
  const table = ws.tables.getItem(kept.name);
  const { remove, insertAt } = columnChanges(kept.columns, headers);
  for (const name of remove) table.columns.getItem(name).delete();
  for (const index of insertAt) table.columns.add(index);
  table.resize(ws.getRangeByIndexes(0, 0, size.rows, size.cols));
  return table;
}
