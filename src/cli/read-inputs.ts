/**
 * The files named on the command line → one workbook for the engine: each
 * .xlsx gives all its sheets, each CSV one sheet named after the file. What a
 * file is comes from its bytes; anything else gets a plain sentence, never a library's text.
 */
import * as path from 'path';
import { promises as fs } from 'fs';
import { readCsvFile } from './csv-split';
import { readWorkbookData } from './xlsx-read';
import {
  CsvSheetReader,
  type CsvResult,
  fileProblem,
  type FileProblem,
  type SheetData,
  sheetNameForFile,
  sniffFile,
  type WorkbookData,
} from '../engine';

export type ReadResult = { ok: true; data: WorkbookData; notes: FileProblem[] } | { ok: false; problem: FileProblem };

/** Zip entry names sit in the central directory at the end: the sniff sees both ends of the file. */
const END_BYTES = 64 * 1024;

/** A file read, its CSV sheet (if it is a CSV) not named yet: the name depends on the sheets of the files before it. */
type UnnamedRead = ReadResult & { csvSheet?: SheetData };

export async function readInputFiles(files: string[]): Promise<ReadResult> {
  // Side by side: a big CSV's second core starts on it while the roster (.xlsx) is read here.
  const reads = await Promise.all(files.map(readUnnamed));
  const sheets: SheetData[] = [];
  const notes: FileProblem[] = [];
  for (let i = 0; i < files.length; i++) {
    const r = named(
      reads[i],
      files[i],
      sheets.map((s) => s.name),
    );
    if (!r.ok) return r;
    sheets.push(...r.data.sheets);
    notes.push(...r.notes);
  }
  return { ok: true, data: { sheets }, notes };
}

export async function readOneFile(file: string, takenNames: string[]): Promise<ReadResult> {
  return named(await readUnnamed(file), file, takenNames);
}

function named(r: UnnamedRead, file: string, takenNames: string[]): ReadResult {
  if (r.csvSheet) r.csvSheet.name = sheetNameForFile(file, takenNames);
  return r;
}

async function readUnnamed(file: string): Promise<UnnamedRead> {
  const label = path.basename(file);
  let size: number;
  let ends: Uint8Array;
  try {
    size = (await fs.stat(file)).size;
    ends = await readEnds(file, size);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, problem: fileProblem(missing ? 'file-not-found' : 'file-unreadable', file) };
  }
  const kind = sniffFile(ends, label);
  if (kind.type === 'unsupported') return { ok: false, problem: kind.problem };
  if (kind.type === 'xlsx') {
    let data: WorkbookData;
    try {
      // Cells of an order report's or 接待记录's columns the engine never reads are not made into values.
      data = await readWorkbookData(file, size, { skipUnusedColumns: true });
    } catch {
      return { ok: false, problem: fileProblem('file-xlsx-damaged', label) };
    }
    if (data.sheets.length === 0) return { ok: false, problem: fileProblem('file-xlsx-no-sheets', label) };
    return { ok: true, data, notes: [] };
  }
  const reader = new CsvSheetReader('', label, { dropUnusedColumns: true });
  let r: CsvResult;
  try {
    r = (await readCsvFile(file, size, reader)).result;
  } catch {
    return { ok: false, problem: fileProblem('file-unreadable', file) };
  }
  return r.ok ? { ok: true, data: { sheets: [r.sheet] }, notes: r.notes, csvSheet: r.sheet } : r;
}

async function readEnds(file: string, size: number): Promise<Uint8Array> {
  const h = await fs.open(file, 'r');
  try {
    if (size <= 2 * END_BYTES) {
      const all = new Uint8Array(size);
      await h.read(all, 0, size, 0);
      return all;
    }
    const both = new Uint8Array(2 * END_BYTES);
    await h.read(both, 0, END_BYTES, 0);
    await h.read(both, END_BYTES, END_BYTES, size - END_BYTES);
    return both;
  } finally {
    await h.close();
  }
}
