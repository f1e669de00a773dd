/**
 * .xlsx → WorkbookData, values only: the package's parts through the zip's
 * central directory, each worksheet's XML streamed through the sheet scanner
 * in pieces, so a million-row sheet never sits in memory as text. Big
 * worksheets are read by worker threads (sheet-worker.ts) on another core
 * while this thread reads the shared strings and the other sheets; the rows
 * come back compactly and are made here, the same as this thread makes them.
 *
 * With `skipUnusedColumns` (the CLI), an order report or 接待记录 has only the
 * columns the engine reads made into values below its first rows, chosen as
 * the add-in chooses them (columnsToRead by the sheet's name and first rows);
 * the other cells read as blank, and every row keeps its full length.
 */
import {
  type Cell,
  type ColumnsToRead,
  columnsToRead,
  HEADER_ROWS_TO_READ,
  type SheetData,
  sheetKind,
  type WorkbookData,
} from '../../engine';
import { BATCH_CELLS } from './compact-rows';
import { fillMergedCells, mergesReachRow } from './merged-cells';
import { scanPart } from './scan-part';
import { SheetInWorker } from './sheet-in-worker';
import { type ColumnChooser, type ScannedSheet, SheetRows } from './sheet-rows';
import { type CellContext, SheetScanner } from './sheet-scanner';
import type { SharedStrings } from './shared-strings';
import { readSharedStrings, readWorkbookParts } from './workbook-parts';
import { ZipParts } from './zip-entries';

export { NotPlainXlsx } from './workbook-parts';

export interface XlsxReadOptions {
  skipUnusedColumns?: boolean;
  workers?: Partial<WorkerOptions>;
}

export interface WorkerOptions {
  /** Worksheets of at least this much XML are read by a worker thread when one can start (the compiled CLI only). */
  minBytes: number;
  /** Rows per message from a worker, counted in cells. */
  batchCells: number;
  /** A worker waits for the chosen columns once it has sent the first rows (tests: it narrows from a known row on). */
  awaitColumns: boolean;
}

/**
 * Smaller sheets are read in this thread. A worker takes this thread's CPU
 * time down by about 7 ms per MB of sheet XML but adds about 0.6 s of CPU in
 * all (its start, its zip, the rows sent over): on the 100,000-row shop (a 43 MB
 * order sheet) that is 0.3 s less here for 0.6 s more in all, a loss whenever
 * the other core is busy; the 1M shop's 434 MB and 91 MB sheets gain whole seconds.
 */
export const WORKER_MIN_BYTES = 64 * 1024 * 1024;

export async function readXlsxValues(file: string, options: XlsxReadOptions = {}): Promise<WorkbookData> {
  const zip = await ZipParts.open(file);
  const workers: (SheetInWorker | null)[] = [];
  try {
    const parts = await readWorkbookParts(zip);
    const choosers = parts.sheets.map((sheet): ColumnChooser | null =>
      options.skipUnusedColumns ? (firstRows) => columnsToRead(firstRows, sheetKind(sheet.name)) : null,
    );
    // The big sheets go to worker threads first, so their inflating and scanning overlaps the shared strings and the rest.
    const { minBytes, ...how } = {
      minBytes: WORKER_MIN_BYTES,
      batchCells: BATCH_CELLS,
      awaitColumns: false,
      ...options.workers,
    };
    for (const [i, sheet] of parts.sheets.entries()) {
      const job = { file, part: sheet.part, dateStyles: parts.dateStyles, date1904: parts.date1904, ...how };
      const big = zip.size(sheet.part) >= minBytes;
      const narrowing = choosers[i] !== null;
      workers.push(
        big ? SheetInWorker.start({ ...job, narrowFrom: HEADER_ROWS_TO_READ, narrowing }, choosers[i]) : null,
      );
    }
    const strings = await readSharedStrings(zip, parts);
    for (const w of workers) w?.useStrings(strings);
    const ctx: CellContext = { sharedStrings: strings, dateStyles: parts.dateStyles, date1904: parts.date1904 };
    const read = (i: number, chooser: ColumnChooser | null) =>
      scanSheet(zip, parts.sheets[i].part, ctx, strings, chooser);
    const scanned: (ScannedSheet | null)[] = [];
    for (const [i, w] of workers.entries()) scanned.push(w ? null : await read(i, choosers[i]));
    const sheets: SheetData[] = [];
    for (const [i, sheet] of parts.sheets.entries()) {
      const first = scanned[i] ?? (await workers[i]!.result) ?? (await read(i, choosers[i]));
      sheets.push({ name: sheet.name, rows: await finishSheet(first, choosers[i], () => read(i, null)) });
    }
    return { sheets };
  } finally {
    // Done or not (a sheet damaged), the workers stop and every file is closed before this read is over.
    await Promise.all([...workers.map((w) => w?.stop()), zip.close()]);
  }
}

/**
 * A sheet as the engine gets it: merges filled in, and the columns not read
 * blank below the header. When the first rows as they finally are (merges
 * filled, rows out of order placed) choose other columns than the narrowed
 * read used, or a merge reaches into the narrowed rows, the sheet is read
 * again in full (rare: exports do not merge).
 */
async function finishSheet(
  scanned: ScannedSheet,
  choose: ColumnChooser | null,
  readInFull: () => Promise<ScannedSheet>,
): Promise<SheetData['rows']> {
  const rows = scanned.rows;
  fillMergedCells(rows, scanned.merges);
  if (!choose) return rows;
  const choice = choose(rows.slice(0, HEADER_ROWS_TO_READ));
  if (!choice) return rows;
  const narrowed = scanned.choice !== null;
  if (
    narrowed &&
    (scanned.lateFirstRow || mergesReachRow(scanned.merges, HEADER_ROWS_TO_READ) || !sameChoice(choice, scanned.choice))
  ) {
    const full = (await readInFull()).rows;
    fillMergedCells(full, scanned.merges);
    blankUnread(full, choice, full.length);
    return full;
  }
  blankUnread(rows, choice, narrowed ? HEADER_ROWS_TO_READ : rows.length);
  return rows;
}

async function scanSheet(
  zip: ZipParts,
  part: string,
  ctx: CellContext,
  strings: SharedStrings,
  choose: ColumnChooser | null,
): Promise<ScannedSheet> {
  const rows = new SheetRows(strings, choose);
  const scanner = new SheetScanner(ctx, rows);
  await scanPart(zip.chunks(part), part, scanner);
  return rows.finish(scanner.merges);
}
function sameChoice(a: ColumnsToRead, b: ColumnsToRead | null): boolean {
  return (
    b !== null &&
    a.headerRow === b.headerRow &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c === b.columns[i])
  );
}

/** Below the header, up to row `until`, the cells of columns not read are blank; each row keeps its length. */
function blankUnread(rows: Cell[][], choice: ColumnsToRead, until: number): void {
  const keep = new Set(choice.columns);
  for (let r = choice.headerRow + 1; r < Math.min(until, rows.length); r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) if (!keep.has(c)) row[c] = null;
  }
}
