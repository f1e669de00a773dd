/**
 * SheetSpec → ExcelJS worksheet: values, number formats, native SUM totals,
 * an Excel table, frozen header, filters, grade colours, protection and print
 * setup. Strings are always written as strings, so an input cell reading
 * "=HYPERLINK(…)" stays inert text.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { type Cell, columnLetter, isFormulaCell, NUMBER_FORMATS, OutCell, type SheetData, SheetSpec } from '../engine';

const HEADER_FILL = 'FF1F4E78';
/** A named font on every styled cell: a bare <b/> makes LibreOffice fall back to a serif face. */
const FONT = { name: 'Calibri', size: 11, family: 2 } as const;
const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

function cellValue(c: OutCell): ExcelJS.CellValue {
  if (c === null || c === undefined) return null;
  if (isFormulaCell(c)) return { formula: c.formula, result: c.value } as ExcelJS.CellFormulaValue;
  if (typeof c === 'number' && !Number.isFinite(c)) return null;
  return c;
}

export async function addSpecSheet(wb: ExcelJS.Workbook, spec: SheetSpec): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(spec.name, {
    views: spec.freezeHeader ? [{ state: 'frozen', ySplit: 1, xSplit: 0 }] : undefined,
    pageSetup: spec.print ? { orientation: spec.print.landscape ? 'landscape' : 'portrait', fitToPage: spec.print.fitToWidth, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } : undefined,
  });
  ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width ?? 12, style: { numFmt: NUMBER_FORMATS[c.format] } }));
  const last = spec.rows.length + 1;
  const lastCol = columnLetter(spec.columns.length - 1);
  if (spec.tableName && spec.rows.length > 0) {
    ws.addTable({
      name: spec.tableName,
      ref: 'A1',
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: spec.columns.map((c) => ({ name: c.header, filterButton: spec.autoFilter })),
      rows: spec.rows.map((r) => r.map(cellValue)),
    });
  } else {
    ws.addRow(spec.columns.map((c) => c.header));
    for (const r of spec.rows) ws.addRow(r.map(cellValue));
    if (spec.autoFilter) ws.autoFilter = `A1:${lastCol}${Math.max(1, last)}`;
  }
  const header = ws.getRow(1);
  header.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  spec.columns.forEach((_, i) => {
    header.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  for (const b of spec.boldRows ?? []) ws.getRow(b + 2).font = { ...FONT, bold: true };
  if (spec.totalsRow) {
    const row = ws.addRow(spec.totalsRow.map(cellValue));
    row.font = { ...FONT, bold: true };
    row.eachCell((cell) => (cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } }));
  }
  if (spec.notes?.length) {
    ws.addRow([]);
    for (const n of spec.notes) ws.addRow([n]).font = { ...FONT, italic: true, color: { argb: 'FF595959' } };
  }
  if (spec.after?.rows.length) {
    const { rows, headerRows, formats } = spec.after;
    ws.addRow([]);
    const first = ws.rowCount + 1;
    for (const r of rows) ws.addRow(r.map(cellValue));
    // The block has its own formats, not those of the columns above it.
    for (let i = 0; i < rows.length; i++) {
      const row = ws.getRow(first + i);
      for (let c = 0; c < rows[i].length; c++) row.getCell(c + 1).numFmt = i < headerRows ? 'General' : NUMBER_FORMATS[formats[c] ?? 'general'];
      if (i < headerRows) row.font = { ...FONT, bold: true };
    }
  }
  // Colour scales (red → yellow → green) on score and trend columns: ExcelJS has no charts, this is its picture.
  (spec.colorScales ?? []).forEach((key, k) => {
    const ci = spec.columns.findIndex((c) => c.key === key);
    if (ci < 0 || spec.rows.length === 0) return;
    const L = columnLetter(ci);
    ws.addConditionalFormatting({
      ref: `${L}2:${L}${last}`,
      rules: [{ type: 'colorScale', priority: (spec.highlights?.length ?? 0) + k + 1, cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }], color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }] }],
    });
  });
  // Grade colours: one expression rule per value, each with its own priority (Excel and LibreOffice both read these).
  (spec.highlights ?? []).forEach((h, k) => {
    const ci = spec.columns.findIndex((c) => c.key === h.columnKey);
    if (ci < 0 || spec.rows.length === 0) return;
    const L = columnLetter(ci);
    ws.addConditionalFormatting({
      ref: `${L}2:${L}${last}`,
      rules: [{ type: 'expression', priority: k + 1, formulae: [`$${L}2="${h.equals.replace(/"/g, '""')}"`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(h.fill) } } } }],
    });
  });
  if (spec.print) ws.headerFooter = { oddHeader: `&C&"-,Bold"${spec.print.header.replace(/&/g, '&&')}`, oddFooter: '&C&P / &N' };
  if (spec.protect) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });
  return ws;
}

/** A plain sheet of values (inputs, demo data). */
export function addValuesSheet(wb: ExcelJS.Workbook, sheet: SheetData): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name);
  for (const r of sheet.rows) ws.addRow(r.map((c: Cell) => (typeof c === 'number' && !Number.isFinite(c) ? null : c)));
  return ws;
}

const tmpOf = (target: string, tag = 'tmp') => path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${tag}`);

export type OutputFile = { target: string; workbook: ExcelJS.Workbook } | { target: string; text: string };

/**
 * Write several files as one step: every file goes to a temporary name first;
 * only when all are written are they renamed into place. Existing targets are
 * copied aside first and restored if any rename fails, so a failed run leaves
 * the previous outputs exactly as they were and no temporary file behind.
 */
export async function writeOutputs(files: OutputFile[]): Promise<void> {
  const temps = files.map((f) => tmpOf(f.target));
  const backups = files.map((f) => tmpOf(f.target, 'bak'));
  const cleanup = async (paths: string[]) => Promise.all(paths.map((p) => fs.rm(p, { force: true })));
  try {
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      if ('workbook' in f) await f.workbook.xlsx.writeFile(temps[i]);
      else await fs.writeFile(temps[i], f.text, 'utf8');
    }
  } catch (e) {
    await cleanup(temps);
    throw e;
  }
  const existed: boolean[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      existed[i] = await fs.copyFile(files[i].target, backups[i]).then(() => true, () => false);
    }
  } catch (e) {
    await cleanup([...temps, ...backups]);
    throw e;
  }
  let placed = 0;
  try {
    for (; placed < files.length; placed++) await fs.rename(temps[placed], files[placed].target);
  } catch (e) {
    for (let i = 0; i < placed; i++) {
      if (existed[i]) await fs.copyFile(backups[i], files[i].target);
      else await fs.rm(files[i].target, { force: true });
    }
    await cleanup([...temps, ...backups]);
    throw e;
  }
  await cleanup(backups);
}

/** One workbook, written atomically (temporary file, then rename). */
export async function writeAtomically(wb: ExcelJS.Workbook, target: string): Promise<void> {
  await writeOutputs([{ target, workbook: wb }]);
}
