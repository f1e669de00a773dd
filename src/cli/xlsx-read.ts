/** .xlsx → WorkbookData: the values-only reader first, ExcelJS for what it cannot read; every cell reduced to string | number | boolean | null. */
import type ExcelJS from 'exceljs';
import { excelJs } from './exceljs-lazy';
import type { Cell, SheetData, WorkbookData } from '../engine';
import { readXlsxValues, type XlsxReadOptions } from './xlsx/read-values';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JS Date from ExcelJS (its UTC fields hold the sheet's wall-clock time) → Excel serial days. */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

/** One ExcelJS cell value as the engine sees it. Formulas give their cached result; rich text its plain text. */
export function plainValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('') || null;
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'object' && 'error' in r) return String(r.error);
      return plainValue(r as ExcelJS.CellValue);
    }
    if ('text' in v && 'hyperlink' in v) return String(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

export function worksheetRows(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  const count = ws.rowCount;
  for (let r = 1; r <= count; r++) {
    const row = ws.getRow(r);
    const out: Cell[] = [];
    const n = row.cellCount;
    for (let c = 1; c <= n; c++) out.push(plainValue(row.getCell(c).value));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    rows.push(out);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new (excelJs().Workbook)();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Above this size ExcelJS's streaming reader is the fallback: its full model costs ~1 KB per cell. */
export const STREAM_THRESHOLD_BYTES = 8 * 1024 * 1024;

/**
 * Read a workbook's values with the values-only reader (src/cli/xlsx). A
 * package it cannot take apart goes to ExcelJS: the full reader for small
 * files, the streaming one for large files; a file neither reads is damaged.
 */
export async function readWorkbookData(
  path: string,
  sizeBytes: number,
  options: XlsxReadOptions = {},
): Promise<WorkbookData> {
  try {
    return await readXlsxValues(path, options);
  } catch {
    if (sizeBytes < STREAM_THRESHOLD_BYTES) return toWorkbookData(await loadWorkbook(path));
    return streamWorkbookData(path);
  }
}

export async function streamWorkbookData(path: string): Promise<WorkbookData> {
  const reader = new (excelJs().stream.xlsx.WorkbookReader)(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const sheets: SheetData[] = [];
  for await (const ws of reader) {
    const rows: Cell[][] = [];
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      const out: Cell[] = [];
      for (let c = 1; c < values.length; c++) out.push(plainValue(values[c]));
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      rows[row.number - 1] = out;
    }
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    const name = (ws as unknown as { name?: string }).name ?? `Sheet${sheets.length + 1}`;
    sheets.push({ name, rows });
  }
  return { sheets };
}

export function toWorkbookData(wb: ExcelJS.Workbook): WorkbookData {
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => sheets.push({ name: ws.name, rows: worksheetRows(ws) }));
  return { sheets };
}
