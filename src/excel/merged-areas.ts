/**
 * Merged cells read as Excel shows them: every cell of a merge shows its
 * top-left value, while `values` gives it in the top-left cell only ("" in the
 * others). cs-kpi fills merges the same way, so a roster's 岗位 or a 赤兔
 * sheet's 日期 merged down its rows, or a memo merged over two orders, reads
 * the same in the add-in as in the CLI. Range.getMergedAreasOrNullObject is
 * ExcelApi 1.13, above the manifest's 1.9: on an older host merges stay as
 * `values` gives them (docs/excel-behaviour.md, item 19).
 */
import type { Cell } from '../engine';

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Whether the host has an ExcelApi set above what the manifest requires. */
export function hostHasExcelApi(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

type Sized = { ws: Excel.Worksheet; rows: number; cols: number };

/** The merged areas of each sheet's rows and columns from A1, in two requests. */
async function loadAreas(ctx: Excel.RequestContext, sheets: Sized[]): Promise<Area[][]> {
  const merged = sheets.map(({ ws, rows, cols }) =>
    rows > 0 && cols > 0 ? ws.getRangeByIndexes(0, 0, rows, cols).getMergedAreasOrNullObject().load('areaCount') : null,
  );
  await ctx.sync();
  const areas = merged.map((m) =>
    m && !m.isNullObject ? m.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount') : null,
  );
  if (areas.some((a) => a !== null)) await ctx.sync();
  return areas.map(
    (a) => a?.items.map((r) => ({ row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount })) ?? [],
  );
}

/**
 * Each sheet's merged areas, or none where the host lacks ExcelApi 1.13. Over
 * 512 merged areas in a range the call fails (typings): then each sheet is
 * asked alone, and a sheet still refused is read as `values` gives it.
 */
export async function mergedAreas(ctx: Excel.RequestContext, sheets: Sized[]): Promise<Area[][]> {
  if (!hostHasExcelApi('1.13') || sheets.every((s) => s.rows === 0)) return sheets.map(() => []);
  try {
    return await loadAreas(ctx, sheets);
  } catch {
    const out: Area[][] = [];
    for (const s of sheets)
      out.push(
        await loadAreas(ctx, [s]).then(
          (a) => a[0],
          () => [],
        ),
      );
    return out;
  }
}

/**
 * Writes each merge's top-left value into its other cells among rows[from…]
 * (rows[i] is sheet row i), in the columns `reads` allows; `master` gives a
 * top-left value these rows do not hold (a column not read).
 */
export function fillMerges(
  rows: Cell[][],
  areas: Area[],
  from: number,
  reads: (col: number) => boolean,
  master: (area: Area) => Cell = (a) => rows[a.row]?.[a.col] ?? null,
): void {
  for (const a of areas) {
    const last = Math.min(a.row + a.rows, rows.length);
    if (last <= from) continue;
    const value = master(a);
    for (let r = Math.max(a.row, from); r < last; r++) {
      const row = rows[r];
      for (let c = a.col; c < Math.min(a.col + a.cols, row.length); c++) if (reads(c)) row[c] = value;
    }
  }
}
