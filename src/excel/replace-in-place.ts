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

/** The tables and charts on a sheet regenerated in place: they give way to the ones a fresh generation makes. */
export interface Owned {
  tables: string[];
  charts: string[];
}

export const NOTHING_OWNED: Owned = { tables: [], charts: [] };

/** Queue loading the names of a sheet's tables and charts; the returned function reads them after the sync. */
export function loadOwned(ctx: Excel.RequestContext, sheetId: string): () => Owned {
  const ws = ctx.workbook.worksheets.getItem(sheetId);
  const tables = ws.tables.load('items/name');
  const charts = ws.charts.load('items/name');
  return () => ({ tables: tables.items.map((t) => t.name), charts: charts.items.map((c) => c.name) });
}

/**
 * Queue the replacement of one existing sheet's contents. The tables and charts in `old` are deleted:
 * one copied or left behind would not be the one a fresh generation makes, and clearing the cells
 * does not remove a chart (charts float over the grid).
 */
export function queueReplaceInPlace(
  ctx: Excel.RequestContext,
  item: InPlaceSheet,
  old: Owned,
  protect: (ws: Excel.Worksheet) => void,
): Decorated {
  const sheets = ctx.workbook.worksheets;
  const temp = sheets.getItem(item.tempId);
  const ws = sheets.getItem(item.targetId);
  ws.protection.unprotect();
  for (const name of old.tables) ws.tables.getItem(name).delete();
  for (const name of old.charts) ws.charts.getItem(name).delete();
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
