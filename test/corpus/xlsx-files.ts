/** Real .xlsx files for the corpus (written with ExcelJS into a temp dir) and the CLI run in-process. */
import ExcelJS from 'exceljs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { WorkbookData } from '../../src/engine';
import { main } from '../../src/cli/main';

export function makeTempDir(prefix = 'cs-kpi-corpus-'): { dir: string; file(name: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** WorkbookData → ExcelJS workbook (one worksheet per sheet, values as given); `decorate` adds merges, hidden rows … */
export function toExcel(wb: WorkbookData, decorate?: (book: ExcelJS.Workbook) => void): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const s of wb.sheets) {
    const ws = book.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r.map((c) => (c === null ? undefined : c)));
  }
  decorate?.(book);
  return book;
}

export async function writeXlsx(
  wb: WorkbookData,
  file: string,
  decorate?: (book: ExcelJS.Workbook) => void,
): Promise<string> {
  await toExcel(wb, decorate).xlsx.writeFile(file);
  return file;
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** The --json object, when asked for. */
  json<T = ReturnType<typeof import('../../src/engine').payrollJson>>(): T;
}

/** `cs-kpi …` in-process: exit code and what it printed. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  const outText = out.join('\n');
  return { code, out: outText, err: err.join('\n'), json: () => JSON.parse(outText) };
}

export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** The namespaces a hand-written package's parts declare. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Zero-based column → letters (0 → A, 26 → AA), for cell references in hand-written sheets. */
export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A zip (stored, no compression) holding these files: a hand-written package, or a .docx-like one that is not a workbook. */
export function zipOf(files: Record<string, string>): Buffer {
  const entries: Zippable = {};
  for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { level: 0 }];
  return Buffer.from(zipSync(entries));
}

const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A hand-written package of one sheet: only the parts a reader needs, and a shared-string table when given (its XML). */
export function oneSheetPackage(p: {
  name: string;
  sheetData: string;
  after?: string;
  sharedStrings?: string;
}): Buffer {
  const relsTo = (...parts: string[]) =>
    `<Relationships xmlns="${PACKAGE_RELS_NS}">${parts.map((part) => `<Relationship ${part}/>`).join('')}</Relationships>`;
  const workbookRels = [`Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"`];
  const files: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': relsTo(`Id="r1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"`),
    'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${p.name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  };
  if (p.sharedStrings !== undefined) {
    workbookRels.push(`Id="rS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"`);
    files['xl/sharedStrings.xml'] = p.sharedStrings;
  }
  files['xl/_rels/workbook.xml.rels'] = relsTo(...workbookRels);
  files['xl/worksheets/sheet1.xml'] =
    `<worksheet xmlns="${MAIN_NS}"><sheetData>${p.sheetData}</sheetData>${p.after ?? ''}</worksheet>`;
  return zipOf(files);
}
