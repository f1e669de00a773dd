/**
 * What the task pane needs from a workbook. The Office.js adapter implements
 * it over Excel; tests implement it over an in-memory fake. Nothing outside
 * src/excel touches `Excel.*`.
 */
import type { FileProblem, SheetSpec, WorkbookData } from '../engine';
import type { SelfCheckReport } from './self-check';

export interface SheetInfo {
  name: string;
  rowCount: number; // rows of the used range (0 for an empty sheet)
  columnCount: number;
}

export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal: number;
}

export interface WriteProgress {
  sheet: string;
  rowsWritten: number;
  rowsTotal: number;
}

export interface WorkbookPort {
  /** Sheets in workbook order with their used-range sizes. */
  listSheets(): Promise<SheetInfo[]>;
  /** Values of the named sheets' used ranges (from A1), read in chunks. */
  readSheets(names: string[], onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookData>;
  /**
   * What the last readSheets could not read as Excel shows it, for the Issues sheet: on a host below
   * ExcelApi 1.13, a sheet that seems to hold merged cells (src/excel/merge-blind.ts). Absent: nothing to say.
   */
  readNotes?(): FileProblem[];
  /** The first rows (where a header is looked for) of the named sheets: to recognise a sheet by its header. */
  readHeaderRows(names: string[]): Promise<WorkbookData>;
  /**
   * Write output sheets atomically as a set: each is written under a
   * temporary name first; only when all are complete are the sheets named in
   * `replace` (and any sheet with a target name) deleted and the new ones
   * renamed into place. On failure the temporaries are removed and the
   * workbook is as before. Input sheets are never touched.
   */
  writeOutputs(
    sheets: SheetSpec[],
    replace: string[],
    onProgress?: (p: WriteProgress) => void,
    signal?: AbortSignal,
  ): Promise<void>;
  /** Create (or replace) plain sheets of values, e.g. the demo inputs or a Plan sheet. */
  writeInputSheets(
    sheets: { name: string; rows: (string | number | boolean | null)[][] }[],
    onProgress?: (p: WriteProgress) => void,
  ): Promise<void>;
  /** Whether the host can insert the sheets of an .xlsx file itself (ExcelApi 1.13). */
  canInsertWorkbook(): boolean;
  /**
   * Insert every sheet of an .xlsx file (base64) after the last sheet, as Excel
   * reads it; a sheet whose name is taken gets Excel's own new name. Returns the names inserted.
   */
  insertWorkbook(base64: string): Promise<string[]>;
  /** Rename a sheet (an inserted export's "Sheet1 (2)" → 聊天统计). */
  renameSheet(from: string, to: string): Promise<void>;
  /** Select a cell so the user sees a data problem ("Orders", "C12"). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Activate a sheet. */
  activateSheet(name: string): Promise<void>;
  /**
   * A value the add-in keeps in the workbook (Excel's workbook.settings,
   * ExcelApi 1.4: saved with the file and shared by every pane of this add-in
   * on it); null when absent. Read from the workbook each time, never cached.
   */
  readSetting(key: string): Promise<unknown>;
  /** Store a JSON-able value under `key`, or remove it with null. */
  writeSetting(key: string, value: unknown): Promise<void>;
  /** The in-Excel self-check (Diagnostics); absent where there is no Excel to check. */
  selfCheck?(): Promise<SelfCheckReport>;
}
