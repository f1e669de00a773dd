/**
 * Writing a plan's rows in chunks. Each chunk is one request: number formats
 * first (so text cells are text before their value lands), then the values,
 * then the formulas (SUM totals; CS.* on the what-if sheet), one cell each. Number formats always go as
 * 2-D arrays: the typings give `numberFormat` as any[][] and the docs
 * describe only arrays (docs/excel-behaviour.md). Strings only ever travel
 * through `values`, never `formulas`, so "=…" text stays text.
 */
import { OutCell, isFormulaCell } from '../engine';
import { GENERAL_FORMAT, cellInput, cellNumberFormat } from './cell-safety';
import { RequestLimits, RowSpan, jsonStringBytes, packRows, rowJsonBytes } from './chunking';
import { RenderPlan } from './render-plan';

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
  for (let c = 0; c < plan.width; c++) inputs[c] = cellInput(cellAt(row, c), plan.formulaRule);
  return rowJsonBytes(inputs);
}

/**
 * Format bytes of a row: a column with any format other than General sends
 * its formats as a column array in every chunk, so each of its cells costs
 * its format string plus the array's brackets and comma.
 */
function formatBound(plan: RenderPlan, formats: string[][]): (r: number) => number {
  const formatted: boolean[] = [];
  for (let c = 0; c < plan.width; c++) formatted.push(formats.some((row) => row[c] !== GENERAL_FORMAT));
  return (r) => {
    let n = 0;
    for (let c = 0; c < plan.width; c++) if (formatted[c]) n += jsonStringBytes(formats[r][c]) + 3;
    return n;
  };
}

/** Queue one chunk's formats, values and totals on a freshly added sheet (where every cell starts as General). */
export function queueChunk(ws: Excel.Worksheet, plan: RenderPlan, write: WritePlan, span: RowSpan): void {
  const { start, count } = span;
  // 1. Formats: one column array for each column that is not General throughout the chunk.
  for (let c = 0; c < plan.width; c++) {
    const column: string[][] = new Array(count);
    let plain = true;
    for (let i = 0; i < count; i++) {
      const f = write.formats[start + i][c];
      if (f !== GENERAL_FORMAT) plain = false;
      column[i] = [f];
    }
    if (!plain) ws.getRangeByIndexes(start, c, count, 1).numberFormat = column;
  }
  // 2. Values, with the formula cells left null (null leaves a cell unchanged).
  const data: (string | number | boolean | null)[][] = new Array(count);
  const totals: { row: number; col: number; formula: string }[] = [];
  for (let i = 0; i < count; i++) {
    const row = plan.rows[start + i];
    const out = new Array<string | number | boolean | null>(plan.width);
    for (let c = 0; c < plan.width; c++) {
      const cell = cellAt(row, c);
      const input = cellInput(cell, plan.formulaRule);
      if (isFormulaCell(cell)) {
        totals.push({ row: start + i, col: c, formula: input as string });
        out[c] = null;
      } else out[c] = input;
    }
    data[i] = out;
  }
  ws.getRangeByIndexes(start, 0, count, plan.width).values = data;
  // 3. The formulas cell-safety allowed (SUM totals; CS.* on the what-if sheet), each on its own cell: the only strings ever sent as formulas.
  for (const t of totals) ws.getRangeByIndexes(t.row, t.col, 1, 1).formulas = [[t.formula]];
}
