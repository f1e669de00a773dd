/**
 * What the CSV reader said of a file imported all the same (a byte that is not text, a short last record) is
 * shown at import, but the payroll may be generated hours later, by another pane: the notes are kept in the
 * workbook (its add-in settings, saved with the file) under the sheet the file became, and go into the Issues
 * sheet of every generation that reads that sheet, as cs-kpi puts them there. A note holds while the sheet keeps
 * the number of rows it was imported with; importing a file into the sheet again replaces its notes.
 */
import type { FileProblem } from '../engine';
import type { SheetInfo, WorkbookPort } from '../excel/workbook-port';

export const IMPORT_NOTES_KEY = 'csPerformance.importNotes';

/** Per imported sheet: its rows when imported, and the notes. */
type KeptNotes = Record<string, { rowCount: number; notes: FileProblem[] }>;

function keptIn(value: unknown): KeptNotes {
  if (typeof value !== 'object' || value === null) return {};
  const out: KeptNotes = {};
  for (const [sheet, entry] of Object.entries(value as Record<string, unknown>)) {
    const e = entry as { rowCount?: unknown; notes?: unknown };
    if (typeof e?.rowCount === 'number' && Array.isArray(e.notes))
      out[sheet] = { rowCount: e.rowCount, notes: e.notes };
  }
  return out;
}

/** After an import wrote `imported` (each CSV's sheet and its notes): keep them; the sheets' earlier notes go. */
export async function keepImportNotes(
  port: Pick<WorkbookPort, 'listSheets' | 'readSetting' | 'writeSetting'>,
  imported: { sheet: string; notes: FileProblem[] }[],
): Promise<void> {
  const sheets = await port.listSheets();
  const rows = new Map(sheets.map((s) => [s.name, s.rowCount]));
  const kept = keptIn(await port.readSetting(IMPORT_NOTES_KEY));
  // Notes of a sheet since deleted or renamed name nothing any more.
  for (const sheet of Object.keys(kept)) if (!rows.has(sheet)) delete kept[sheet];
  for (const { sheet, notes } of imported) {
    if (notes.length > 0) kept[sheet] = { rowCount: rows.get(sheet) ?? 0, notes };
    else delete kept[sheet];
  }
  await port.writeSetting(IMPORT_NOTES_KEY, Object.keys(kept).length > 0 ? kept : null);
}

/** The kept notes of the sheets a generation reads (`read`), where a sheet still has the rows it was imported with. */
export async function importNotesFor(
  port: Pick<WorkbookPort, 'readSetting'>,
  read: SheetInfo[],
): Promise<FileProblem[]> {
  const kept = keptIn(await port.readSetting(IMPORT_NOTES_KEY));
  return read.flatMap((s) => (kept[s.name]?.rowCount === s.rowCount ? kept[s.name].notes : []));
}
