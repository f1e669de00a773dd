/**
 * .xlsx → WorkbookData, values only: the package's parts through the zip's
 * central directory, each worksheet's XML streamed through the sheet scanner
 * in 1 MB pieces, so a million-row sheet never sits in memory as text.
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
import { fillMergedCells, mergesReachRow } from './merged-cells';
import { SheetScanner } from './sheet-scanner';
import { NotPlainXlsx, readWorkbookParts, type WorkbookParts } from './workbook-parts';
import { ZipParts } from './zip-entries';

export { NotPlainXlsx } from './workbook-parts';

export interface XlsxReadOptions {
  skipUnusedColumns?: boolean;
}

export async function readXlsxValues(file: string, options: XlsxReadOptions = {}): Promise<WorkbookData> {
  const zip = await ZipParts.open(file);
  try {
    const parts = await readWorkbookParts(zip);
    const sheets: SheetData[] = [];
    for (const sheet of parts.sheets) {
      const choose = options.skipUnusedColumns
        ? (firstRows: Cell[][]) => columnsToRead(firstRows, sheetKind(sheet.name))
        : null;
      sheets.push({ name: sheet.name, rows: await readSheet(zip, sheet.part, parts, choose) });
    }
    return { sheets };
  } finally {
    zip.close();
  }
}

type ColumnChooser = (firstRows: Cell[][]) => ColumnsToRead | null;

async function readSheet(
  zip: ZipParts,
  part: string,
  parts: WorkbookParts,
  choose: ColumnChooser | null,
): Promise<SheetData['rows']> {
  const scanner = await scanSheet(zip, part, parts, choose);
  const rows = scanner.rows;
  fillMergedCells(rows, scanner.merges);
  if (!choose) return rows;
  const choice = choose(rows.slice(0, HEADER_ROWS_TO_READ));
  if (!choice) return rows;
  // The first rows as they finally are (merges filled, rows out of order placed) chose other columns, or a
  // merge reaches into the rows read narrowly: read the sheet again in full (rare: exports do not merge).
  const narrowed = scanner.choice !== null;
  if (
    narrowed &&
    (scanner.lateFirstRow || mergesReachRow(scanner.merges, HEADER_ROWS_TO_READ) || !sameChoice(choice, scanner.choice))
  ) {
    const full = (await scanSheet(zip, part, parts, null)).rows;
    fillMergedCells(full, scanner.merges);
    blankUnread(full, choice, full.length);
    return full;
  }
  blankUnread(rows, choice, narrowed ? HEADER_ROWS_TO_READ : rows.length);
  return rows;
}

async function scanSheet(
  zip: ZipParts,
  part: string,
  parts: WorkbookParts,
  choose: ColumnChooser | null,
): Promise<SheetScanner> {
  const scanner = new SheetScanner(parts, choose);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const chunk of zip.chunks(part)) {
    // UTF-16 XML is legal but no spreadsheet writer in use makes it: leave it to the other reader.
    if (first && chunk.length >= 2 && (chunk[0] === 0xff || chunk[0] === 0xfe))
      throw new NotPlainXlsx(`${part} is not UTF-8`);
    first = false;
    scanner.push(decoder.decode(chunk, { stream: true }));
  }
  scanner.push(decoder.decode());
  scanner.finish();
  return scanner;
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
