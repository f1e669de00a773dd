/**
 * The output writer as it was before the streaming one (ExcelJS's in-memory
 * Workbook, up to commit 753f696), kept as the reference the new writer is
 * compared with cell by cell (test/outputs/writer-differential.test.ts).
 */
import ExcelJS from 'exceljs';
import { columnLetter, isFormulaCell, NUMBER_FORMATS, type OutCell, type SheetSpec } from '../../src/engine';

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
    pageSetup: spec.print
      ? {
          orientation: spec.print.landscape ? 'landscape' : 'portrait',
          fitToPage: spec.print.fitToWidth,
          fitToWidth: 1,
          fitToHeight: 0,
          paperSize: 9,
        }
      : undefined,
  });
  ws.columns = spec.columns.map((c) => ({
    key: c.key,
    width: c.width ?? 12,
    style: { numFmt: NUMBER_FORMATS[c.format] },
  }));
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
  for (const d of spec.dateCells ?? []) ws.getRow(d.row + 2).getCell(d.column + 1).numFmt = NUMBER_FORMATS.datetime;
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
      for (let c = 0; c < rows[i].length; c++)
        row.getCell(c + 1).numFmt = i < headerRows ? 'General' : NUMBER_FORMATS[formats[c] ?? 'general'];
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
      rules: [
        {
          type: 'colorScale',
          priority: (spec.highlights?.length ?? 0) + k + 1,
          cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
          color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
        },
      ],
    });
  });
  // Grade colours: one expression rule per value, each with its own priority (Excel and LibreOffice both read these).
  (spec.highlights ?? []).forEach((h, k) => {
    const ci = spec.columns.findIndex((c) => c.key === h.columnKey);
    if (ci < 0 || spec.rows.length === 0) return;
    const L = columnLetter(ci);
    ws.addConditionalFormatting({
      ref: `${L}2:${L}${last}`,
      rules: [
        {
          type: 'expression',
          priority: k + 1,
          formulae: [`$${L}2="${h.equals.replace(/"/g, '""')}"`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(h.fill) } } },
        },
      ],
    });
  });
  if (spec.print)
    ws.headerFooter = { oddHeader: `&C&"-,Bold"${spec.print.header.replace(/&/g, '&&')}`, oddFooter: '&C&P / &N' };
  if (spec.protect)
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
    });
  return ws;
}
