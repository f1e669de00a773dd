/**
 * What to put on a sheet, decided before touching Excel: every row from A1,
 * the number format each region of rows takes, and the finishing touches
 * (table, freeze, highlights …) applied after the values.
 */
import { NUMBER_FORMATS, OutCell, SheetSpec } from '../engine';
import {
  FormulaRule,
  GENERAL_FORMAT,
  cellInput,
  formulaRuleOf,
  validateSheetName,
  validateTableName,
} from './cell-safety';
import { ChartPlan, planCharts } from './chart-plan';

/** Rows from `fromRow` on (until the next region) use these column formats. */
export interface FormatRegion {
  fromRow: number;
  formats: readonly string[];
}

export interface HighlightPlan {
  column: number;
  firstRow: number;
  rows: number;
  equals: string;
  fill: string;
  fontColor?: string;
}

export interface Decoration {
  headerFill: string | null;
  columnWidths: number[]; // characters
  boldRows: number[]; // sheet rows, 0-based
  freezeRows: number;
  table: { rows: number; cols: number; name: string; showFilterButton: boolean } | null;
  autoFilter: { rows: number; cols: number } | null;
  highlights: HighlightPlan[];
  print: NonNullable<SheetSpec['print']> | null;
  protect: boolean;
  /** Native charts, their series as absolute cell blocks (chart-plan.ts). */
  charts: ChartPlan[];
}

export interface RenderPlan {
  name: string;
  rows: OutCell[][];
  width: number;
  regions: FormatRegion[];
  /** null for plain input sheets: values only. */
  decoration: Decoration | null;
  /** Which formulas the sheet may carry (cell-safety.ts): SUM totals, or also CS.* on the what-if sheet. */
  formulaRule: FormulaRule;
}

const HEADER_FILL = '#D9E1F2';

export function baseFormatsAt(plan: RenderPlan, row: number): readonly string[] {
  let formats = plan.regions[0].formats;
  for (const r of plan.regions) if (r.fromRow <= row) formats = r.formats;
  return formats;
}

export function planFromSpec(spec: SheetSpec): RenderPlan {
  const header: OutCell[] = spec.columns.map((c) => c.header);
  const dataRows = spec.rows.length;
  const rows: OutCell[][] = [header, ...spec.rows];
  if (spec.totalsRow) rows.push(spec.totalsRow);
  const afterData = rows.length;
  if (spec.notes && spec.notes.length > 0) rows.push([], ...spec.notes.map((n) => [n]));
  const afterStart = rows.length + 1;
  if (spec.after && spec.after.rows.length > 0) rows.push([], ...spec.after.rows);
  const width = widestRow(rows);
  const general = new Array<string>(width).fill(GENERAL_FORMAT);
  const columnFormats = general.map((g, i) => (i < spec.columns.length ? NUMBER_FORMATS[spec.columns[i].format] : g));
  const regions: FormatRegion[] = [
    { fromRow: 0, formats: general },
    { fromRow: 1, formats: columnFormats },
    { fromRow: afterData, formats: general },
  ];
  if (spec.after && spec.after.rows.length > spec.after.headerRows) {
    const formats = general.map((g, i) => (spec.after!.formats[i] ? NUMBER_FORMATS[spec.after!.formats[i]] : g));
    regions.push({ fromRow: afterStart + spec.after.headerRows, formats });
  }

  // A date cell in a column of another format (the Audit's times): its row's formats with that cell a
  // date-time, then the next row's formats as they were.
  const base = [...regions];
  const dateRows = [...new Set((spec.dateCells ?? []).map((d) => d.row))].sort((a, b) => a - b);
  for (const row of dateRows.filter((r) => r >= 0 && r < dataRows)) {
    const formats = [...columnFormats];
    for (const d of spec.dateCells!) if (d.row === row) formats[d.column] = NUMBER_FORMATS.datetime;
    let next = base[0].formats;
    for (const r of base) if (r.fromRow <= row + 2) next = r.formats;
    regions.push({ fromRow: row + 1, formats }, { fromRow: row + 2, formats: next });
  }
  // In row order (a later region of the same row wins): write-chunks walks them so.
  regions.sort((a, b) => a.fromRow - b.fromRow);
  const cols = spec.columns.length;
  const table =
    spec.tableName && dataRows > 0 && cols > 0
      ? { rows: 1 + dataRows, cols, name: spec.tableName, showFilterButton: spec.autoFilter }
      : null;
  const boldRows = (spec.boldRows ?? []).filter((i) => i >= 0 && i < dataRows).map((i) => i + 1);
  if (spec.totalsRow) boldRows.push(1 + dataRows);
  const highlights: HighlightPlan[] = [];
  for (const h of spec.highlights ?? []) {
    const column = spec.columns.findIndex((c) => c.key === h.columnKey);
    if (column < 0 || dataRows === 0) continue; // nothing to colour
    highlights.push({ column, firstRow: 1, rows: dataRows, equals: h.equals, fill: h.fill, fontColor: h.fontColor });
  }
  return {
    name: spec.name,
    rows,
    width,
    regions,
    formulaRule: formulaRuleOf(spec.kind),
    decoration: {
      headerFill: table ? null : HEADER_FILL,
      columnWidths: spec.columns.map((c, i) => c.width ?? estimateWidth(c.header, spec.rows, i, c.format)),
      boldRows: [0, ...boldRows],
      freezeRows: spec.freezeHeader ? 1 : 0,
      table,
      autoFilter: !table && spec.autoFilter && cols > 0 ? { rows: 1 + dataRows, cols } : null,
      highlights,
      print: spec.print ?? null,
      protect: spec.protect,
      charts: planCharts(spec, afterStart, rows.length),
    },
  };
}

export function planFromInput(name: string, rows: (string | number | boolean | null)[][]): RenderPlan {
  const width = widestRow(rows);
  return {
    name,
    rows,
    width,
    regions: [{ fromRow: 0, formats: new Array<string>(width).fill(GENERAL_FORMAT) }],
    decoration: null,
    formulaRule: 'sumOnly',
  };
}

/** Everything that would make Excel refuse the write, checked before anything is written. */
export function validatePlans(plans: RenderPlan[]): void {
  const names = new Set<string>();
  const tables = new Set<string>();
  for (const p of plans) {
    validateSheetName(p.name);
    const key = p.name.toLowerCase();
    if (names.has(key)) throw new Error(`Two output sheets are both named "${p.name}"`);
    names.add(key);
    const table = p.decoration?.table;
    if (table) {
      validateTableName(table.name);
      if (tables.has(table.name.toLowerCase())) throw new Error(`Two tables are both named "${table.name}"`);
      tables.add(table.name.toLowerCase());
    }
    for (const row of p.rows) for (const cell of row) cellInput(cell, p.formulaRule); // throws on a bad number or formula
  }
}

function widestRow(rows: readonly (readonly unknown[])[]): number {
  let w = 1;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}

/** Column width in characters from the header and the first rows (CJK characters count double). */
function estimateWidth(header: string, rows: OutCell[][], col: number, format: string): number {
  let w = displayWidth(header);
  for (let r = 0; r < Math.min(rows.length, 200); r++) {
    const v = rows[r][col];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') w = Math.max(w, numberWidth(v, format));
    else if (typeof v === 'object')
      w = Math.max(w, typeof v.value === 'number' ? numberWidth(v.value, format) : displayWidth(v.value));
    else w = Math.max(w, displayWidth(String(v)));
  }
  return Math.min(60, Math.max(6, w + 2));
}

function numberWidth(n: number, format: string): number {
  if (format === 'money') return Math.abs(n).toFixed(2).length + 4;
  if (format === 'percent') return 7;
  if (format === 'datetime') return 19;
  return String(n).length + 2;
}

function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return n;
}
