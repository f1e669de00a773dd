/**
 * Reading sheets: used-range sizes first (one request), then values from A1
 * in row chunks sized to stay under the request limits. The first chunk of a
 * sheet is sized from its column count; later ones from the bytes actually
 * seen. A chunk Excel still finds too large is retried at half the rows.
 */
import type { Cell, SheetData, WorkbookData } from '../engine';
import { throwIfAborted } from './abort';
import type { ExcelRun } from './atomic-write';
import { RequestLimits, isPayloadLimitError, rowJsonBytes, rowsPerRequest } from './chunking';
import type { ReadProgress, SheetInfo } from './workbook-port';

/** Guess for a cell's JSON size before any row is seen (order exports average well under this). */
const FIRST_GUESS_CELL_BYTES = 48;
/** Later rows may be longer than the ones seen so far. */
const SAFETY = 1.25;

type UsedRange = Excel.Range;

function usedRangeOf(ws: Excel.Worksheet): UsedRange {
  return ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
}

/** Rows and columns from A1 to the end of the used range (0 × 0 when the sheet is empty). */
function extent(used: UsedRange): { rows: number; cols: number } {
  if (used.isNullObject) return { rows: 0, cols: 0 };
  return { rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
}

export async function listSheets(run: ExcelRun): Promise<SheetInfo[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const used = sheets.items.map(usedRangeOf);
    await ctx.sync();
    return sheets.items.map((s, i) => {
      const e = extent(used[i]);
      return { name: s.name, rowCount: e.rows, columnCount: e.cols };
    });
  });
}

export interface ReadResult {
  data: WorkbookData;
  chunks: number;
}

export async function readSheets(
  run: ExcelRun,
  names: string[],
  limits: RequestLimits,
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<ReadResult> {
  throwIfAborted(signal);
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    const chosen = sheets.items.filter((s) => wanted.has(s.name.toLowerCase()));
    const used = chosen.map(usedRangeOf);
    await ctx.sync();

    const result: SheetData[] = [];
    let chunks = 0;
    for (let i = 0; i < chosen.length; i++) {
      const { rows: total, cols } = extent(used[i]);
      const rows: Cell[][] = [];
      let bytesPerRow = cols * FIRST_GUESS_CELL_BYTES;
      let cap = limits.maxRowsPerRequest; // lowered for good when Excel refuses a chunk as too large
      for (let r = 0; r < total; ) {
        throwIfAborted(signal);
        const n = Math.min(total - r, cap, rowsPerRequest(bytesPerRow * SAFETY, limits));
        const range = chosen[i].getRangeByIndexes(r, 0, n, cols).load('values');
        try {
          await ctx.sync();
        } catch (e) {
          if (!isPayloadLimitError(e) || n === 1) throw e;
          cap = Math.max(1, Math.floor(n / 2)); // halve the rows and try again
          continue;
        }
        chunks++;
        let bytes = 0;
        for (const row of range.values) {
          bytes += rowJsonBytes(row) + 1;
          rows.push(row.map(normalize));
        }
        bytesPerRow = Math.max(bytes / n, cols * 2 + 2);
        r += n;
        onProgress?.({ sheet: chosen[i].name, rowsRead: r, rowsTotal: total });
      }
      result.push({ name: chosen[i].name, rows });
    }
    throwIfAborted(signal);
    return { data: { sheets: result }, chunks };
  });
}

/** Excel reports an empty cell as ""; the engine's blank is null. */
function normalize(v: unknown): Cell {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}
