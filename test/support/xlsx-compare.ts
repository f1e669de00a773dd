/**
 * Two workbooks as ExcelJS reads them, compared for everything a user sees:
 * sheet order, cell values and types, number formats, fonts, fills, borders,
 * alignment (cells, rows and columns), column widths, merges, frozen panes,
 * filters, tables, conditional formats, protection, print setup, header and
 * footer. Returns the differences as readable lines (empty when equal).
 */
import ExcelJS from 'exceljs';

type Plain = unknown;

/** JSON-able copy without undefined members, so absent and undefined compare equal. */
const plain = (v: unknown): Plain => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

function cellValue(cell: ExcelJS.Cell): Plain {
  const v = cell.value;
  if (v instanceof Date) return { date: v.toISOString() };
  return plain(v ?? null);
}

const look = (s: Partial<ExcelJS.Style> | undefined) =>
  plain({
    numFmt: s?.numFmt,
    font: s?.font,
    fill: s?.fill,
    border: s?.border,
    alignment: s?.alignment,
    protection: s?.protection,
  });

function cellsOf(ws: ExcelJS.Worksheet): Map<string, Plain> {
  const cells = new Map<string, Plain>();
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    cells.set(
      `row ${r}`,
      plain({
        style: look((row as unknown as { style: Partial<ExcelJS.Style> }).style),
        height: row.height,
        hidden: row.hidden,
      }),
    );
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.set(cell.address, plain({ type: cell.type, value: cellValue(cell), style: look(cell.style) })),
    );
  });
  return cells;
}

type TableModel = { totalsRow?: boolean; columns: { totalsRowLabel?: string; totalsRowFunction?: string }[] };

/** A totals label or function of a column means nothing while the table shows no totals row. */
const tableAsShown = (t: TableModel) =>
  t.totalsRow ? t : { ...t, columns: t.columns.map(({ totalsRowLabel: _l, totalsRowFunction: _f, ...c }) => c) };

function frameOf(ws: ExcelJS.Worksheet): Record<string, Plain> {
  const tables = Object.values((ws as unknown as { tables: Record<string, { table: TableModel }> }).tables ?? {}).map(
    (t) => tableAsShown(t.table),
  );
  // An absent attribute is its ECMA-376 default (18.3.1.63 pageSetup): portrait, fit to 1 page wide and 1 tall.
  const page = {
    ...ws.pageSetup,
    orientation: ws.pageSetup.orientation ?? 'portrait',
    fitToWidth: ws.pageSetup.fitToWidth ?? 1,
    fitToHeight: ws.pageSetup.fitToHeight ?? 1,
  };
  return {
    state: ws.state,
    views: plain(ws.views),
    columns: plain((ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden, style: look(c.style) }))),
    merges: plain((ws.model as unknown as { merges?: string[] }).merges ?? []),
    autoFilter: plain(ws.autoFilter),
    tables: plain(tables),
    conditionalFormattings: plain((ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings),
    protection: plain((ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null),
    page: plain({
      orientation: page.orientation,
      paperSize: page.paperSize,
      fitToPage: page.fitToPage,
      fitToWidth: page.fitToWidth,
      fitToHeight: page.fitToHeight,
      margins: page.margins,
      printArea: page.printArea,
      printTitlesRow: page.printTitlesRow,
    }),
    headerFooter: plain(ws.headerFooter),
    dimensions: ws.dimensions?.range ?? null,
  };
}

const text = (v: Plain) => JSON.stringify(v);

export function workbookDifferences(expected: ExcelJS.Workbook, actual: ExcelJS.Workbook, limit = 30): string[] {
  const out: string[] = [];
  const add = (where: string, e: Plain, a: Plain) => {
    if (text(e) !== text(a)) out.push(`${where}: expected ${text(e)}, got ${text(a)}`);
  };
  add(
    'sheets',
    expected.worksheets.map((w) => w.name),
    actual.worksheets.map((w) => w.name),
  );
  for (const ew of expected.worksheets) {
    const aw = actual.getWorksheet(ew.name);
    if (!aw) continue;
    const ef = frameOf(ew);
    const af = frameOf(aw);
    for (const key of Object.keys(ef)) add(`${ew.name} ${key}`, ef[key], af[key]);
    const ec = cellsOf(ew);
    const ac = cellsOf(aw);
    for (const key of new Set([...ec.keys(), ...ac.keys()]))
      add(`${ew.name}!${key}`, ec.get(key) ?? null, ac.get(key) ?? null);
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
