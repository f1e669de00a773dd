/**
 * The finishing touches of an output sheet, queued after its values: bold
 * rows, column widths, the Excel table (under a temporary name until the
 * sheet is swapped in), filters, grade colours, frozen header, print setup.
 * Protection is not here: it is applied last, after the swap.
 */
import { consecutiveRuns } from '../engine';
import type { RowSpan } from './chunking';
import type { RenderPlan } from './render-plan';
import { queueCharts } from './charts';

/** Excel column width: characters of the default font → points (7 px per character + 5 px padding, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A formula that compares a cell with a text value: ="A" (quotes doubled). */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** In page headers "&" starts a code; "&&" prints one ampersand. */
export function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

export interface Decorated {
  table: Excel.Table | null;
  /** The page layout, loaded after fit-to-width is set, to read it back. */
  zoom: Excel.PageLayout | null;
}

/** `keep`: the table already on the sheet that becomes this sheet's table (keep-table.ts) instead of a new one. */
export function queueDecoration(
  ws: Excel.Worksheet,
  plan: RenderPlan,
  tempTableName: string,
  keep: { table: Excel.Table; name: string } | null = null,
): Decorated {
  const d = plan.decoration;
  if (!d) return { table: null, zoom: null };
  let zoom: Excel.PageLayout | null = null;
  const width = plan.width;

  for (const run of runs(d.boldRows)) ws.getRangeByIndexes(run.start, 0, run.count, width).format.font.bold = true;
  if (d.headerFill) ws.getRangeByIndexes(0, 0, 1, d.columnWidths.length || width).format.fill.color = d.headerFill;
  for (let c = 0; c < d.columnWidths.length;) {
    let end = c + 1;
    while (end < d.columnWidths.length && d.columnWidths[end] === d.columnWidths[c]) end++;
    ws.getRangeByIndexes(0, c, 1, end - c).format.columnWidth = charsToPoints(d.columnWidths[c]);
    c = end;
  }

  let table: Excel.Table | null = null;
  if (d.table) {
    table = keep ? keep.table : ws.tables.add(ws.getRangeByIndexes(0, 0, d.table.rows, d.table.cols), true);
    if (keep?.name !== tempTableName) table.name = tempTableName;
    table.style = 'TableStyleMedium2';
    if (keep || !d.table.showFilterButton) table.showFilterButton = d.table.showFilterButton;
  }
  if (d.autoFilter) ws.autoFilter.apply(ws.getRangeByIndexes(0, 0, d.autoFilter.rows, d.autoFilter.cols));

  for (const h of d.highlights) {
    const cf = ws.getRangeByIndexes(h.firstRow, h.column, h.rows, 1).conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = h.fill;
    if (h.fontColor) cf.cellValue.format.font.color = h.fontColor;
    cf.cellValue.rule = { formula1: textFormula(h.equals), operator: 'EqualTo' };
  }

  queueCharts(ws, d.charts);
  if (d.freezeRows > 0) ws.freezePanes.freezeRows(d.freezeRows);
  if (d.print) {
    ws.pageLayout.orientation = d.print.landscape ? 'Landscape' : 'Portrait';
    if (d.print.fitToWidth) {
      // One page wide, as many tall as needed: a fit height left unset stays at its default of 1 page
      // (ECMA-376 pageSetup: fitToHeight defaults to 1; 0 means automatic).
      ws.pageLayout.zoom = ONE_PAGE_WIDE;
      zoom = ws.pageLayout.load('zoom');
    }
    if (d.print.header) ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = headerText(d.print.header);
  }
  return { table, zoom };
}

export const ONE_PAGE_WIDE: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1, verticalFitToPages: 0 };

/** Consecutive row numbers grouped, so ten bold rows in a block cost one operation. */
function runs(rows: number[]): RowSpan[] {
  return consecutiveRuns([...new Set(rows)].sort((a, b) => a - b));
}
