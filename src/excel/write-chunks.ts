/**
 * Writing a plan's rows in chunks. Each chunk is one request: number formats
 * first (so text cells are text before their value lands), then the values.
 * A column's format goes as one value for the whole slice plus the few cells
 * that differ, or as an array when that is smaller.
 */
import { OutCell, isFormulaCell } from '../engine/output/sheet-spec';
import { GENERAL_FORMAT, cellInput, cellNumberFormat } from './cell-safety';
import { RequestLimits, RowSpan, jsonStringBytes, packRows, rowJsonBytes } from './chunking';
import { RenderPlan } from './render-plan';

/** Assumed cost of one single-cell format operation (range + property), in request bytes. */
const EXCEPTION_OP_BYTES = 200;

/** Request bytes kept free for the operations around the values (sheet add, column formats …). */
export function requestReserve(width: number): number {
  return 8192 + width * 320;
}

export interface WritePlan {
  spans: RowSpan[];
  /** The number format of every cell, [row][column]. */
  formats: string[][];
}

export function planWrite(plan: RenderPlan, limits: RequestLimits): WritePlan {
  const formats = cellFormats(plan);
  const bound = formatBound(plan, formats);
  const budget = limits.maxBytesPerRequest - requestReserve(plan.width);
  const spans = packRows(plan.rows.length, (r) => rowBytes(plan, r) + bound(r), limits.maxRowsPerRequest, budget);
  return { spans, formats };
}

function cellAt(row: readonly OutCell[], c: number): OutCell {
  const v = row[c];
  return v === undefined ? null : v;
}

function cellFormats(plan: RenderPlan): string[][] {
  const out: string[][] = new Array(plan.rows.length);
  let region = 0;
  for (let r = 0; r < plan.rows.length; r++) {
    while (region + 1 < plan.regions.length && plan.regions[region + 1].fromRow <= r) region++;
    const base = plan.regions[region].formats;
    const row = plan.rows[r];
    const f = new Array<string>(plan.width);
    for (let c = 0; c < plan.width; c++) f[c] = cellNumberFormat(cellAt(row, c), base[c]);
    out[r] = f;
  }
  return out;
}

function rowBytes(plan: RenderPlan, r: number): number {
  const row = plan.rows[r];
  const inputs: unknown[] = new Array(plan.width);
  for (let c = 0; c < plan.width; c++) inputs[c] = cellInput(cellAt(row, c));
  return rowJsonBytes(inputs);
}

/**
 * An upper bound of a chunk's format bytes, as a sum over its rows. A chunk
 * sends a column's formats either as an array (every row pays its format's
 * length) or as one operation per cell differing from the chunk's most common
 * format (never more cells than differ from the column's most common format
 * over the whole sheet), whichever is cheaper — so either sum bounds it. Per
 * column the smaller of the two over the whole sheet is used.
 */
function formatBound(plan: RenderPlan, formats: string[][]): (r: number) => number {
  const usual: string[] = [];
  const arrayCost: number[] = [];
  for (let c = 0; c < plan.width; c++) {
    const counts = new Map<string, number>();
    let bytes = 0;
    for (let r = 0; r < formats.length; r++) {
      const f = formats[r][c];
      counts.set(f, (counts.get(f) ?? 0) + 1);
      bytes += jsonStringBytes(f) + 3;
    }
    usual.push(mostCommon(counts));
    arrayCost.push(bytes);
  }
  const byArray = usual.map((u, c) => {
    let odd = 0;
    for (let r = 0; r < formats.length; r++) if (formats[r][c] !== u) odd++;
    return arrayCost[c] < odd * EXCEPTION_OP_BYTES;
  });
  return (r) => {
    let n = 0;
    for (let c = 0; c < plan.width; c++) {
      const f = formats[r][c];
      if (byArray[c]) n += jsonStringBytes(f) + 3;
      else if (f !== usual[c]) n += EXCEPTION_OP_BYTES;
    }
    return n;
  };
}

function mostCommon(counts: Map<string, number>): string {
  let best = GENERAL_FORMAT;
  let n = -1;
  counts.forEach((k, f) => {
    if (k > n) {
      n = k;
      best = f;
    }
  });
  return best;
}

interface ColumnFormats {
  formats: string[];
  dominant: string;
  exceptions: number[]; // row offsets whose format is not the dominant one
  asArray: boolean;
}

function columnFormats(formats: string[][], span: RowSpan, c: number): ColumnFormats {
  const col = new Array<string>(span.count);
  const counts = new Map<string, number>();
  for (let i = 0; i < span.count; i++) {
    const f = formats[span.start + i][c];
    col[i] = f;
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const dominant = mostCommon(counts);
  const exceptions: number[] = [];
  let arrayBytes = 2;
  for (let i = 0; i < span.count; i++) {
    if (col[i] !== dominant) exceptions.push(i);
    arrayBytes += jsonStringBytes(col[i]) + 3;
  }
  return { formats: col, dominant, exceptions, asArray: exceptions.length * EXCEPTION_OP_BYTES > arrayBytes };
}

function setNumberFormat(range: Excel.Range, format: string | string[][]): void {
  // Office.js applies a single value to every cell of the range (the typings only say any[][]).
  (range as unknown as { numberFormat: string | string[][] }).numberFormat = format;
}

/** Queue one chunk's formats and values on a freshly added sheet (where every cell starts as General). */
export function queueChunk(ws: Excel.Worksheet, plan: RenderPlan, write: WritePlan, span: RowSpan): void {
  const { start, count } = span;
  const columns: ColumnFormats[] = [];
  for (let c = 0; c < plan.width; c++) columns.push(columnFormats(write.formats, span, c));

  // 1. One format for each run of adjacent columns sharing their most common format.
  for (let c = 0; c < plan.width; ) {
    const col = columns[c];
    let end = c + 1;
    if (col.asArray) setNumberFormat(ws.getRangeByIndexes(start, c, count, 1), col.formats.map((f) => [f]));
    else {
      while (end < plan.width && !columns[end].asArray && columns[end].dominant === col.dominant) end++;
      if (col.dominant !== GENERAL_FORMAT) setNumberFormat(ws.getRangeByIndexes(start, c, count, end - c), col.dominant);
    }
    c = end;
  }
  // 2. The odd cells, as vertical runs of one format.
  columns.forEach((col, c) => {
    if (col.asArray) return;
    const ex = col.exceptions;
    for (let k = 0; k < ex.length; ) {
      let end = k + 1;
      while (end < ex.length && ex[end] === ex[end - 1] + 1 && col.formats[ex[end]] === col.formats[ex[k]]) end++;
      setNumberFormat(ws.getRangeByIndexes(start + ex[k], c, end - k, 1), col.formats[ex[k]]);
      k = end;
    }
  });
  // 3. The values; as formulas when the chunk holds a SUM total (constants pass through unchanged).
  const data: (string | number | boolean | null)[][] = new Array(count);
  let hasFormula = false;
  for (let i = 0; i < count; i++) {
    const row = plan.rows[start + i];
    const out = new Array<string | number | boolean | null>(plan.width);
    for (let c = 0; c < plan.width; c++) {
      const cell = cellAt(row, c);
      if (isFormulaCell(cell)) hasFormula = true;
      out[c] = cellInput(cell);
    }
    data[i] = out;
  }
  const range = ws.getRangeByIndexes(start, 0, count, plan.width);
  if (hasFormula) range.formulas = data;
  else range.values = data;
}
