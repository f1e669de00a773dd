/**
 * Reading sheets: used-range sizes first (one request), then every sheet's
 * first rows in full (one request for all sheets), from which the engine
 * picks the columns it reads; then only those columns, each run of adjacent
 * columns one range, in row chunks sized to stay under the request limits. A
 * real order report has up to 71 columns and the engine reads about 15, so
 * this moves a fraction of the bytes. The first chunk of a sheet is sized
 * from its column count; later ones from the bytes actually seen. A chunk
 * Excel still finds too large is retried at half the rows.
 */
import {
  type Cell,
  type FileProblem,
  type IndexRun,
  type ColumnsToRead,
  consecutiveRuns,
  columnsToRead,
  HEADER_ROWS_TO_READ,
  type SheetData,
  sheetKind,
  type WorkbookData,
} from '../engine';
import { nextTask, throwIfAborted } from './abort';
import type { ExcelRun } from './atomic-write';
import { RequestLimits, isPayloadLimitError, rowJsonBytes, rowsPerRequest } from './chunking';
import { type Area, fillMerges, hostHasExcelApi, mergedAreas } from './merged-areas';
import { likelyMergedCell, mergedCellNote } from './merge-blind';
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
  /** Cells fetched from Excel (the columns left out are not counted). */
  cells: number;
  /** For the Issues sheet: a sheet that seems to hold merged cells the host cannot read (merge-blind.ts). */
  notes: FileProblem[];
}

export async function readSheets(
  run: ExcelRun,
  names: string[],
  { limits, everyColumn = false }: { limits: RequestLimits; everyColumn?: boolean },
  onProgress?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<ReadResult> {
  throwIfAborted(signal);
  return run(async (ctx) => {
    const { chosen, sizes } = await namedSheets(ctx, names);
    const merges = await mergedAreas(
      ctx,
      chosen.map((ws, i) => ({ ws, ...sizes[i] })),
    );
    const heads = await readFirstRows(ctx, chosen, sizes, limits);
    let chunks = heads.some((h) => h !== null) ? 1 : 0;

    const result: SheetData[] = [];
    const notes: FileProblem[] = [];
    const mergeBlind = !hostHasExcelApi('1.13');
    let cells = 0;
    for (let i = 0; i < chosen.length; i++) {
      const { rows: total, cols } = sizes[i];
      const rows: Cell[][] = (heads[i] ?? []).map((row) => row.map(normalize));
      cells += rows.length * cols;
      // Merges filled before the header is looked for, as cs-kpi does; their values kept for the rows below.
      fillMerges(rows, merges[i], 0, () => true);
      const headRows = rows.length;
      const masters = new Map(merges[i].filter((a) => a.row < headRows).map((a) => [a, rows[a.row][a.col]]));
      const choice = everyColumn ? null : columnsToRead(rows, sheetKind(chosen[i].name));
      if (choice) blankOutside(rows, choice);
      const runs = choice ? consecutiveRuns(choice.columns.filter((c) => c < cols)) : [{ start: 0, count: cols }];
      if (rows.length > 0) onProgress?.({ sheet: chosen[i].name, rowsRead: rows.length, rowsTotal: total });
      const body = await readBody(
        ctx,
        chosen[i],
        { from: rows.length, total, width: cols, runs },
        rows,
        limits,
        (r) => onProgress?.({ sheet: chosen[i].name, rowsRead: r, rowsTotal: total }),
        signal,
      );
      chunks += body.chunks;
      cells += body.cells;
      if (rows.length > headRows && merges[i].length > 0)
        await fillBodyMerges(ctx, chosen[i], rows, { areas: merges[i], headRows, masters, choice });
      result.push({ name: chosen[i].name, rows });
      const blank = mergeBlind ? likelyMergedCell(rows, choice?.headerRow ?? 0, runs.flatMap(columnsOf)) : null;
      if (blank) notes.push(mergedCellNote(chosen[i].name, blank));
    }
    throwIfAborted(signal);
    return { data: { sheets: result }, chunks, cells, notes };
  });
}

/**
 * Merges reaching below the first rows, filled in the columns read. A merge
 * whose top-left cell lies in a column not read gets that one cell fetched
 * (all such cells in one request): exports do not merge, so there are few.
 */
async function fillBodyMerges(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  rows: Cell[][],
  shape: { areas: Area[]; headRows: number; masters: Map<Area, Cell>; choice: ColumnsToRead | null },
): Promise<void> {
  const { areas, headRows, masters, choice } = shape;
  const keep = choice ? new Set(choice.columns) : null;
  const reads = (c: number) => keep === null || keep.has(c);
  const touchesRead = (a: Area) => Array.from({ length: a.cols }, (_, k) => a.col + k).some(reads);
  const missing = areas.filter((a) => !masters.has(a) && !reads(a.col) && touchesRead(a));
  const cells = missing.map((a) => ws.getRangeByIndexes(a.row, a.col, 1, 1).load('values'));
  if (cells.length > 0) await ctx.sync();
  missing.forEach((a, k) => masters.set(a, normalize(cells[k].values[0][0])));
  fillMerges(rows, areas, headRows, reads, (a) => (masters.has(a) ? masters.get(a)! : (rows[a.row]?.[a.col] ?? null)));
}

/** The named sheets that exist (any case), in workbook order, with their sizes from A1. */
async function namedSheets(
  ctx: Excel.RequestContext,
  names: string[],
): Promise<{ chosen: Excel.Worksheet[]; sizes: { rows: number; cols: number }[] }> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const chosen = sheets.items.filter((s) => wanted.has(s.name.toLowerCase()));
  const used = chosen.map(usedRangeOf);
  await ctx.sync();
  return { chosen, sizes: used.map(extent) };
}

/** The header rows (the first HEADER_ROWS_TO_READ) of the named sheets, in one request: to recognise a sheet by its header. */
export async function readHeaderRows(run: ExcelRun, names: string[], limits: RequestLimits): Promise<WorkbookData> {
  return run(async (ctx) => {
    const { chosen, sizes } = await namedSheets(ctx, names);
    const heads = await readFirstRows(ctx, chosen, sizes, limits, false);
    return {
      sheets: chosen.map((ws, i) => ({ name: ws.name, rows: (heads[i] ?? []).map((row) => row.map(normalize)) })),
    };
  });
}

/**
 * Every sheet's first rows in one request: the header is among them, and
 * they decide the columns. A sheet small enough to fit in what is left of
 * the request is read whole, as it would have been anyway: narrowing it would
 * cost a request and save little. Should Excel find the request too large,
 * it is made again with the header rows alone.
 */
async function readFirstRows(
  ctx: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  sizes: { rows: number; cols: number }[],
  limits: RequestLimits,
  wholeSheets = true,
): Promise<(unknown[][] | null)[]> {
  const load = (wholeAllowed: boolean) => {
    let budget = limits.maxBytesPerRequest;
    return sheets.map((ws, i) => {
      const { rows, cols } = sizes[i];
      const guess = (n: number) => n * cols * FIRST_GUESS_CELL_BYTES * SAFETY;
      const whole = wholeAllowed && rows <= limits.maxRowsPerRequest && guess(rows) <= budget;
      const n = whole ? rows : Math.min(rows, HEADER_ROWS_TO_READ);
      budget -= guess(n);
      return n > 0 ? ws.getRangeByIndexes(0, 0, n, cols).load('values') : null;
    });
  };
  let ranges = load(wholeSheets);
  if (ranges.every((r) => r === null)) return ranges.map(() => null);
  try {
    await ctx.sync();
  } catch (e) {
    if (!isPayloadLimitError(e)) throw e;
    ranges = load(false);
    await ctx.sync();
  }
  return ranges.map((r) => r?.values ?? null);
}

/** Below the header, the cells of columns not chosen are left blank, as they are in the rows read later. */
function blankOutside(rows: Cell[][], choice: ColumnsToRead): void {
  const keep = new Set(choice.columns);
  for (let r = choice.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) if (!keep.has(c)) row[c] = null;
  }
}

interface BodyShape {
  /** First row to read and the row after the last. */
  from: number;
  total: number;
  /** Width of each row handed to the engine (the used range's). */
  width: number;
  runs: IndexRun[];
}

/**
 * Rows of an answer made into the engine's rows in one task: a chunk of 20,000 rows at once, with the garbage
 * collection it set off, was the pane's longest main-thread task during 生成月度工资 (issue 17: none over 200 ms).
 */
const ROWS_PER_TASK = 4000;

/** Rows `from`…`total` of the chosen column runs, appended to `into` at full width; returns the requests made and cells read. */
async function readBody(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  shape: BodyShape,
  into: Cell[][],
  limits: RequestLimits,
  onRows: (rowsRead: number) => void,
  signal?: AbortSignal,
): Promise<{ chunks: number; cells: number }> {
  const { from, total, width, runs } = shape;
  const readWidth = runs.reduce((n, r) => n + r.count, 0);
  let bytesPerRow = readWidth * FIRST_GUESS_CELL_BYTES;
  let cap = limits.maxRowsPerRequest; // lowered for good when Excel refuses a chunk as too large
  let chunks = 0;
  for (let r = from; r < total;) {
    throwIfAborted(signal);
    const n = Math.min(total - r, cap, rowsPerRequest(bytesPerRow * SAFETY, limits));
    const ranges = runs.map((run) => ws.getRangeByIndexes(r, run.start, n, run.count).load('values'));
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || n === 1) throw e;
      cap = Math.max(1, Math.floor(n / 2)); // halve the rows and try again
      continue;
    }
    chunks++;
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && i % ROWS_PER_TASK === 0) {
        await nextTask();
        throwIfAborted(signal);
      }
      const row: Cell[] = new Array<Cell>(width).fill(null);
      for (let k = 0; k < runs.length; k++) {
        const values = ranges[k].values[i];
        bytes += rowJsonBytes(values) + 1;
        const start = runs[k].start;
        for (let c = 0; c < values.length; c++) row[start + c] = normalize(values[c]);
      }
      into.push(row);
    }
    bytesPerRow = Math.max(bytes / n, readWidth * 2 + 2);
    r += n;
    onRows(r);
  }
  return { chunks, cells: (total - from) * readWidth };
}

function columnsOf(run: IndexRun): number[] {
  return Array.from({ length: run.count }, (_, k) => run.start + k);
}

/** Excel reports an empty cell as ""; the engine's blank is null. */
function normalize(v: unknown): Cell {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}
