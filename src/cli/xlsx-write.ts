/**
 * Writing output files: the output sheets as .xlsx (xlsx-write-package.ts),
 * ExcelJS workbooks (demo data, a locked month's rewritten Audit) and text,
 * several files as one step.
 */
import type ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Cell, SheetData, SheetSpec, WorkbookProps } from '../engine';
import { xlsxBytes } from './xlsx-write-package';
import { asWriteError } from './write-problem';

/** A plain sheet of values (inputs, demo data). */
export function addValuesSheet(wb: ExcelJS.Workbook, sheet: SheetData): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name);
  for (const r of sheet.rows) ws.addRow(r.map((c: Cell) => (typeof c === 'number' && !Number.isFinite(c) ? null : c)));
  return ws;
}

const tmpOf = (target: string, tag = 'tmp') =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${tag}`);

export type OutputFile =
  | { target: string; sheets: SheetSpec[]; props: WorkbookProps }
  | { target: string; workbook: ExcelJS.Workbook }
  | { target: string; text: string }
  | { target: string; bytes: Uint8Array };

/** A file's bytes (or text) as written. */
async function writeFile(f: OutputFile, file: string): Promise<void> {
  if ('sheets' in f) await fs.writeFile(file, xlsxBytes(f.sheets, f.props));
  else if ('workbook' in f) await f.workbook.xlsx.writeFile(file);
  else if ('bytes' in f) await fs.writeFile(file, f.bytes);
  else await fs.writeFile(file, f.text, 'utf8');
}

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
  let written = 0;
  try {
    for (; written < files.length; written++) await writeFile(files[written], temps[written]);
  } catch (e) {
    await cleanup(temps);
    throw asWriteError(e, files[written].target);
  }
  const existed: boolean[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      existed[i] = await fs.copyFile(files[i].target, backups[i]).then(
        () => true,
        () => false,
      );
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
    throw asWriteError(e, files[placed].target);
  }
  await cleanup(backups);
}

/** One workbook, written atomically (temporary file, then rename). */
export async function writeAtomically(wb: ExcelJS.Workbook, target: string): Promise<void> {
  await writeOutputs([{ target, workbook: wb }]);
}
