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
import { headerNames, KeptTable, keepableTable, queueKeepTable } from './keep-table';
import { hostHasExcelApi } from './merged-areas';
import type { RenderPlan } from './render-plan';

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

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
 * The tables and charts on a sheet regenerated in place: they give way to the ones a fresh generation makes,
 * except the table the new content takes over (keep-table.ts). Column names are known only where the host
 * can resize a table (ExcelApi 1.13); elsewhere they are not asked for.
 */
export interface Owned {
  tables: KeptTable[];
  charts: string[];
}

export const NOTHING_OWNED: Owned = { tables: [], charts: [] };

/** The tables (with their columns where they can be kept) and charts of each sheet, by sheet id; syncs what is queued. */
export async function loadOwned(ctx: Excel.RequestContext, sheetIds: string[]): Promise<Map<string, Owned>> {
  const sheets = sheetIds.map((id) => {
    const ws = ctx.workbook.worksheets.getItem(id);
    return { tables: ws.tables.load('items/name'), charts: ws.charts.load('items/name') };
  });
  await ctx.sync();
  const keepable = hostHasExcelApi('1.13');
  const columns = sheets.map((s) => (keepable ? s.tables.items.map((t) => t.columns.load('items/name')) : []));
  const ranges = sheets.map((s) =>
    keepable ? s.tables.items.map((t) => t.getRange().load('rowIndex,columnIndex')) : [],
  );
  if (columns.some((c) => c.length > 0)) await ctx.sync();
  return new Map(
    sheetIds.map((id, k) => [
      id,
      {
        tables: sheets[k].tables.items.map((t, i) => {
          const range = ranges[k][i];
          return {
            name: t.name,
            columns: columns[k][i]?.items.map((c) => c.name) ?? [],
            topLeft: range ? { row: range.rowIndex, col: range.columnIndex } : undefined,
          };
        }),
        charts: sheets[k].charts.items.map((c) => c.name),
      },
    ]),
  );
}

/**
 * Queue the replacement of one existing sheet's contents. The tables and charts in `old` are deleted:
 * one copied or left behind would not be the one a fresh generation makes, and clearing the cells
 * does not remove a chart (charts float over the grid). The exception is the new table's namesake
 * where it can be kept: it is reshaped, the cells around it cleared and its own cells overwritten by
 * the copy ("All" pastes contents and formatting), never cleared, so it stays a table.
 * Every column goes back to the standard width first (ExcelApi 1.7 `RangeFormat.useStandardWidth`):
 * a column the new sheet does not set would otherwise keep the old sheet's width.
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
  const kept = keepableTable(item.plan, old.tables);
  ws.protection.unprotect();
  for (const t of old.tables) if (t !== kept) ws.tables.getItem(t.name).delete();
  for (const name of old.charts) ws.charts.getItem(name).delete();
  ws.autoFilter.remove();
  ws.freezePanes.unfreeze();
  const size = item.plan.decoration?.table;
  const table = kept && size ? queueKeepTable(ws, kept, headerNames(item.plan), size) : null;
  if (kept) clearAroundTable(ws, item.plan);
  else ws.getRange().clear('All');
  ws.getRange().format.useStandardWidth = true;
  const rows = item.plan.rows.length;
  const cols = item.plan.width;
  ws.getRangeByIndexes(0, 0, rows, cols).copyFrom(temp.getRangeByIndexes(0, 0, rows, cols), 'All');
  const decorated = queueDecoration(
    ws,
    item.plan,
    item.tableName ?? '',
    table && kept ? { table, name: kept.name } : null,
  );
  if (item.plan.decoration?.protect) protect(ws);
  temp.delete();
  return decorated;
}

/** Queue the marker rename that opens the replacing request (see above). */
export function queueMarker(ctx: Excel.RequestContext, item: InPlaceSheet): void {
  ctx.workbook.worksheets.getItem(item.tempId).name = item.markerName;
}

/** Everything below and to the right of the kept table cleared; in the table only its conditional formats. */
function clearAroundTable(ws: Excel.Worksheet, plan: RenderPlan): void {
  const { rows, cols } = plan.decoration?.table as { rows: number; cols: number };
  ws.getRangeByIndexes(rows, 0, MAX_ROWS - rows, MAX_COLS).clear('All');
  ws.getRangeByIndexes(0, cols, rows, MAX_COLS - cols).clear('All');
  ws.getRangeByIndexes(0, 0, rows, cols).conditionalFormats.clearAll();
}
