/**
 * .xlsx → WorkbookData, values only: the package's parts through the zip's
 * central directory, each worksheet's XML streamed through the sheet scanner
 * in 1 MB pieces, so a million-row sheet never sits in memory as text.
 */
import type { SheetData, WorkbookData } from '../../engine';
import { fillMergedCells } from './merged-cells';
import { SheetScanner } from './sheet-scanner';
import { NotPlainXlsx, readWorkbookParts, type WorkbookParts } from './workbook-parts';
import { ZipParts } from './zip-entries';

export { NotPlainXlsx } from './workbook-parts';

export async function readXlsxValues(file: string): Promise<WorkbookData> {
  const zip = await ZipParts.open(file);
  try {
    const parts = await readWorkbookParts(zip);
    const sheets: SheetData[] = [];
    for (const sheet of parts.sheets) sheets.push({ name: sheet.name, rows: await readSheet(zip, sheet.part, parts) });
    return { sheets };
  } finally {
    zip.close();
  }
}

async function readSheet(zip: ZipParts, part: string, parts: WorkbookParts): Promise<SheetData['rows']> {
  const scanner = new SheetScanner(parts);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const chunk of zip.chunks(part)) {
    // UTF-16 XML is legal but no spreadsheet writer in use makes it: leave it to the other reader.
    if (first && chunk.length >= 2 && (chunk[0] === 0xff || chunk[0] === 0xfe)) throw new NotPlainXlsx(`${part} is not UTF-8`);
    first = false;
    scanner.push(decoder.decode(chunk, { stream: true }));
  }
  scanner.push(decoder.decode());
  const rows = scanner.finish();
  fillMergedCells(rows, scanner.merges);
  return rows;
}
