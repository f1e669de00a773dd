/**
 * Structured references (`Payroll_2026_10[应发工资]`) and what happens to
 * them, as "Using structured references with Excel tables" describes
 * (https://support.microsoft.com/office/f5ed2452-2337-4f71-bed3-c8ae6d2b276e):
 * Excel names each table column after its header cell; renaming a column (its
 * header cell changes) or the table changes every structured reference to it;
 * a reference to a column or table that no longer exists becomes #REF! (as a
 * reference to a deleted sheet does, sheet-refs.ts). Only the plain
 * `Table[Column]` form is modelled: the fake evaluates it inside SUM.
 */
import type { Scalar } from './cell-input';

export const TABLE_REF = /([A-Za-z_\\][A-Za-z0-9_.]*)\[([^[\]]+)\]/g;
const WHOLE_REF = /^([A-Za-z_\\][A-Za-z0-9_.]*)\[([^[\]]+)\]$/;

/** The table and column of an argument such as `Payroll_2026_10[应发工资]`, or null. */
export function parseTableRef(arg: string): { table: string; column: string } | null {
  const m = WHOLE_REF.exec(arg.trim());
  return m ? { table: m[1], column: m[2] } : null;
}

/**
 * The formula with each reference to `table` rewritten: `column` null means every column of it.
 * `to` gives the new text of the reference (`Table[New]`) or null for #REF!.
 */
export function retargetTableRef(
  formula: string,
  table: string,
  column: string | null,
  to: ((column: string) => string) | null,
): string {
  const t = table.toLowerCase();
  return formula.replace(TABLE_REF, (whole, name: string, col: string) => {
    if (name.toLowerCase() !== t) return whole;
    if (column !== null && col.toLowerCase() !== column.toLowerCase()) return whole;
    return to === null ? '#REF!' : to(col);
  });
}

/** A table column's body cells, for SUM; null when there is no such table or column (→ #REF!). */
export type TableColumnReader = (table: string, column: string) => (Scalar | undefined)[] | null;
