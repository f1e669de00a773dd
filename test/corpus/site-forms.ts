/**
 * The two forms a manager downloads one export in, from the neutral 2-D array the
 * layout builder writes: the site's .xlsx (order numbers as text, amounts and
 * counts as numbers) and the site's CSV (GBK, every field quoted, ="…" order
 * numbers outside quotes, CRLF), read back through the CLI's CSV reader.
 */
import type { Cell, SheetData } from '../../src/engine';
import { CsvSheetReader } from '../../src/engine/files';
import { encodeGbk } from '../support/gbk';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** As the .xlsx export holds it: `="…"` is the text inside; short numeric text becomes a number (long digit runs are ids and stay text). */
export function asXlsxCells(sheet: SheetData): SheetData {
  const cell = (c: Cell): Cell => {
    if (typeof c !== 'string') return c;
    if (c.startsWith('="') && c.endsWith('"')) return c.slice(2, -1);
    return PLAIN_NUMBER.test(c) && c.length < 12 ? Number(c) : c;
  };
  return { name: sheet.name, rows: sheet.rows.map((r) => r.map(cell)) };
}

/** The site's CSV bytes: GBK, quoted fields (quotes doubled), ="…" left unquoted, CRLF. */
export function siteCsvBytes(sheet: SheetData): Uint8Array {
  const field = (c: Cell): string => {
    const text = c === null ? '' : String(c);
    return text.startsWith('="') ? text : `"${text.replace(/"/g, '""')}"`;
  };
  return encodeGbk(sheet.rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n');
}

/** The CSV read back as the CLI reads a downloaded file (sheet named after the file, kind from its header). */
export function readSiteCsv(bytes: Uint8Array, fileStem: string): SheetData {
  const reader = new CsvSheetReader(fileStem, `${fileStem}.csv`, { dropUnusedColumns: true });
  reader.push(bytes);
  const r = reader.finish();
  if (!r.ok) throw new Error(`CSV not read: ${r.problem.message.en}`);
  return r.sheet;
}
