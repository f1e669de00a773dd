/**
 * Regenerating an output sheet that already exists without replacing the
 * sheet object, so a manager's formula such as `='工资表 2026-10'!M40` (or a
 * reference into its table) keeps pointing at it: deleting the sheet would
 * turn it into #REF! (docs/excel-behaviour.md, item 11).
 *
 * The new content is first written, complete, to a temporary sheet. Then one
 * request empties the existing sheet (protection, tables, filter, frozen
 * panes, cells, formats) and copies the temporary sheet's cells into it with
 * `Range.copyFrom(…, "All")` (ExcelApi 1.9: values, formulas, number formats,
 * formats), adds the finishing touches a fresh sheet gets, and deletes the
 * temporary sheet. Every step is repeatable, so a request that failed
 * half-way is simply queued again.
 *
 * The first operation of that request renames the temporary sheet to its
 * marker name: Excel runs a request's operations in order, so after a failure
 * the marker tells whether anything of the request ran (then finish it) or
 * nothing did (then the existing sheet is untouched and can stay).
 */
import { Decorated, queueDecoration } from './decorate';
import type { RenderPlan } from './render-plan';

export interface InPlaceSheet {
  plan: RenderPlan;
  /** The existing output sheet that keeps its identity. */
  targetId: string;
  /** The temporary sheet holding the new content (values and number formats, no decoration). */
  tempId: string;
  /** The name the temporary sheet takes once the replacing request has started. */
  markerName: string;
  /** The name of the new sheet's table, if it has one. */
  tableName: string | null;
}

/**
 * Queue the replacement of one existing sheet's contents. `oldTables` are the names of the tables now on
 * the sheet (they are deleted: a table copied or left behind would not be the one a fresh generation makes).
 */
export function queueReplaceInPlace(
  ctx: Excel.RequestContext,
  item: InPlaceSheet,
  oldTables: string[],
  protect: (ws: Excel.Worksheet) => void,
): Decorated {
  const sheets = ctx.workbook.worksheets;
  const temp = sheets.getItem(item.tempId);
  const ws = sheets.getItem(item.targetId);
  ws.protection.unprotect();
  for (const name of oldTables) ws.tables.getItem(name).delete();
  ws.autoFilter.remove();
  ws.freezePanes.unfreeze();
  ws.getRange().clear('All');
  const rows = item.plan.rows.length;
  const cols = item.plan.width;
  ws.getRangeByIndexes(0, 0, rows, cols).copyFrom(temp.getRangeByIndexes(0, 0, rows, cols), 'All');
  const decorated = queueDecoration(ws, item.plan, item.tableName ?? '');
  if (item.plan.decoration?.protect) protect(ws);
  temp.delete();
  return decorated;
}

/** Queue the marker rename that opens the replacing request (see above). */
export function queueMarker(ctx: Excel.RequestContext, item: InPlaceSheet): void {
  ctx.workbook.worksheets.getItem(item.tempId).name = item.markerName;
}
