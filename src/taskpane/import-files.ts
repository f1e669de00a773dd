/**
 * 导入文件 / Import files: the files a manager picked → what to write. Each CSV
 * becomes one sheet named by what it holds (花名册 / 订单报表 / 聊天统计, else the
 * file's name); each .xlsx is inserted whole by Excel itself. Nothing is
 * written if any file cannot be read: the manager gets one sentence per file.
 */
import {
  type Cell,
  type CsvResult,
  CsvSheetReader,
  fileProblem,
  type FileProblem,
  IMPORT_SHEET_NAME,
  type Issue,
  kindByHeader,
  type LocalText,
  msg,
  type SheetData,
  sheetKind,
  sniffFile,
} from '../engine';
import type { WorkbookPort } from '../excel/workbook-port';

export interface PickedFile {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

export interface ImportPlan {
  sheets: SheetData[];
  /** Imported, but worth a look (e.g. a last record shorter than the one before: a download cut short). */
  warnings: LocalText[];
  /** Each CSV's sheet and what the reader said of its bytes, to keep in the workbook (import-notes.ts). */
  notes: { sheet: string; notes: FileProblem[] }[];
  workbooks: { file: string; base64: string }[];
}

/** Excel's grid. */
const MAX_ROWS = 1048576;
/** One insertWorksheetsFromBase64 call is one request: keep it within the limit every write keeps. */
export const MAX_WORKBOOK_BASE64 = 4 * 1024 * 1024;

/** Thrown when a file cannot be imported; carries issues, so the pane shows them like the engine's. */
export class ImportError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => i.message.en).join(' '));
    this.name = 'ImportError';
  }
}

function asIssue(p: FileProblem): Issue {
  return {
    severity: 'fatal',
    code: p.code,
    sheet: null,
    row: p.row,
    column: null,
    cell: null,
    value: p.file,
    message: p.message,
    action: msg('pane.import.nothingImported'),
  };
}

// Amounts, counts and rates become numbers (Excel can sum them); anything longer stays text, so
// 16–19-digit order numbers and 11-digit phone numbers keep every digit and never show as 1.23E+18.
const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,9})(\.\d{1,6})?$/;

export function importCell(c: Cell): Cell {
  return typeof c === 'string' && PLAIN_NUMBER.test(c) ? Number(c) : c;
}

const BAD_SHEET_CHARS = /[:\\/?*[\]]/g;

function fileSheetName(file: string): string {
  const base = file
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .replace(BAD_SHEET_CHARS, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (base || 'CSV').slice(0, 31);
}

function unique(name: string, taken: Set<string>): string {
  let out = name;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${name.slice(0, 26)} (${i})`;
  taken.add(out.toLowerCase());
  return out;
}

/** Bytes read between two paints of the progress bar. */
const SLICE_BYTES = 2 * 1024 * 1024;

/** A CSV in slices, yielding to the page between them so progress shows and the pane stays responsive. */
async function readCsvInSlices(bytes: Uint8Array, file: string, onFraction: (f: number) => void): Promise<CsvResult> {
  const reader = new CsvSheetReader(file, file);
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    reader.push(bytes.subarray(at, Math.min(bytes.length, at + SLICE_BYTES)));
    onFraction(Math.min(1, (at + SLICE_BYTES) / bytes.length));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return reader.finish();
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Read and sort out the picked files; reports 0–1 progress per file read. */
export async function planImport(
  files: PickedFile[],
  canInsertWorkbook: boolean,
  onProgress?: (fraction: number) => void,
): Promise<ImportPlan> {
  const plan: ImportPlan = { sheets: [], workbooks: [], warnings: [], notes: [] };
  const problems: FileProblem[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    let bytes: Uint8Array;
    try {
      bytes = await f.bytes();
    } catch {
      problems.push(fileProblem('file-unreadable', f.name));
      continue;
    }
    const type = sniffFile(bytes, f.name);
    if (type.type === 'unsupported') problems.push(type.problem);
    else if (type.type === 'xlsx') {
      if (!canInsertWorkbook) problems.push(importProblem('import-xlsx-unsupported', f.name));
      else {
        const base64 = toBase64(bytes);
        if (base64.length > MAX_WORKBOOK_BASE64) problems.push(importProblem('import-xlsx-too-big', f.name));
        else plan.workbooks.push({ file: f.name, base64 });
      }
    } else {
      const r = await readCsvInSlices(bytes, f.name, (x) => onProgress?.((i + x) / files.length));
      if (!r.ok) problems.push(r.problem);
      else if (r.sheet.rows.length > MAX_ROWS) problems.push(importProblem('import-too-many-rows', f.name));
      else {
        plan.warnings.push(...r.notes.map((n) => n.message));
        const kind = kindByHeader(r.sheet.rows);
        const rows = r.sheet.rows;
        for (const row of rows) for (let c = 0; c < row.length; c++) row[c] = importCell(row[c]);
        const name = unique(kind ? IMPORT_SHEET_NAME[kind] : fileSheetName(f.name), taken);
        plan.sheets.push({ name, rows });
        plan.notes.push({ sheet: name, notes: r.notes.map((n) => ({ ...n, sheet: name })) });
      }
    }
    onProgress?.((i + 1) / files.length);
  }
  if (problems.length > 0) throw new ImportError(problems.map(asIssue));
  return plan;
}

const IMPORT_MESSAGE = {
  'import-xlsx-unsupported': 'pane.import.xlsxUnsupported',
  'import-xlsx-too-big': 'pane.import.xlsxTooBig',
  'import-too-many-rows': 'pane.import.tooManyRows',
} as const;

function importProblem(code: keyof typeof IMPORT_MESSAGE, file: string): FileProblem {
  return { code, file, row: null, message: msg(IMPORT_MESSAGE[code], { file }) };
}

/**
 * Sheets Excel inserted from an .xlsx keep the export's own names ("Sheet1 (2)",
 * "ExportOrderList202410"), which the pane does not find its inputs by: one whose
 * header says what it holds takes that kind's name (花名册 / 订单报表 / 聊天统计),
 * as a CSV does, when no sheet has it yet. Returns the names as they end up.
 */
export async function nameInsertedSheets(
  port: Pick<WorkbookPort, 'listSheets' | 'readSheets' | 'renameSheet'>,
  inserted: string[],
): Promise<string[]> {
  const taken = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
  const out: string[] = [];
  for (const name of inserted) {
    if (sheetKind(name) !== null) {
      out.push(name);
      continue;
    }
    const [sheet] = (await port.readSheets([name])).sheets;
    const kind = sheet ? kindByHeader(sheet.rows) : null;
    const target = kind ? IMPORT_SHEET_NAME[kind] : null;
    if (target && !taken.has(target.toLowerCase())) {
      await port.renameSheet(name, target);
      taken.add(target.toLowerCase());
      out.push(target);
    } else out.push(name);
  }
  return out;
}
