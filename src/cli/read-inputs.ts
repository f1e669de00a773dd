/**
 * The files named on the command line → one workbook for the engine: each
 * .xlsx gives all its sheets, each CSV one sheet named after the file. What a
 * file is comes from its bytes; anything else gets a plain sentence, never a library's text.
 */
import * as path from 'path';
import { promises as fs } from 'fs';
import { readCsvFile } from './csv-split';
import { hashFile } from './file-hash';
import { type LaterHash, stopLaterHashes } from './later-hashes';
import { readWorkbookData } from './xlsx-read';
import {
  CsvSheetReader,
  type CsvResult,
  FILE_SHA256_LATER,
  fileProblem,
  type FileProblem,
  type FileProblemCode,
  type SheetData,
  sheetNameForFile,
  sniffFile,
  type WorkbookData,
} from '../engine';

export type ReadResult =
  { ok: true; data: WorkbookData; notes: FileProblem[]; later: LaterHash[] } | { ok: false; problem: FileProblem };

export interface ReadOptions {
  /**
   * A CSV's SHA-256 is computed after its read, while the engine runs: its sheet's fileSha256 is
   * FILE_SHA256_LATER and `later` says what to wait for (giveLaterHashes). Else it is hashed beside the read.
   */
  hashLater?: boolean;
}

/** Zip entry names sit in the central directory at the end: the sniff sees both ends of the file. */
const END_BYTES = 64 * 1024;

const OPEN_FAILURE: Record<string, FileProblemCode> = {
  ENOENT: 'file-not-found',
  ENOTDIR: 'file-not-found',
  EACCES: 'file-no-permission',
  EPERM: 'file-no-permission',
};

/** A file read, its CSV sheet (if it is a CSV) not named yet: the name depends on the sheets of the files before it. */
type UnnamedRead = ReadResult & { csvSheet?: SheetData };

export async function readInputFiles(files: string[], options: ReadOptions = {}): Promise<ReadResult> {
  // Side by side: a big CSV's second core starts on it while the roster (.xlsx) is read here.
  const reads = await Promise.all(files.map((f) => readUnnamed(f, options)));
  const later = reads.flatMap((r) => (r.ok ? r.later : []));
  const sheets: SheetData[] = [];
  const notes: FileProblem[] = [];
  for (let i = 0; i < files.length; i++) {
    const r = named(
      reads[i],
      files[i],
      sheets.map((s) => s.name),
    );
    if (!r.ok) {
      await stopLaterHashes(later);
      return r;
    }
    sheets.push(...r.data.sheets);
    notes.push(...r.notes);
  }
  return { ok: true, data: { sheets }, notes, later };
}

export async function readOneFile(file: string, takenNames: string[]): Promise<ReadResult> {
  return named(await readUnnamed(file, {}), file, takenNames);
}

function named(r: UnnamedRead, file: string, takenNames: string[]): ReadResult {
  if (!r.csvSheet) return r;
  const name = sheetNameForFile(file, takenNames);
  r.csvSheet.name = name;
  // Its notes become lines of the Issues sheet, which names the sheet.
  if (r.ok) for (const note of r.notes) note.sheet = name;
  return r;
}

async function readUnnamed(file: string, options: ReadOptions): Promise<UnnamedRead> {
  const label = path.basename(file);
  let size: number;
  let ends: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, problem: fileProblem('file-is-folder', file) };
    size = stat.size;
    ends = await readEnds(file, size);
  } catch (e) {
    return {
      ok: false,
      problem: fileProblem(OPEN_FAILURE[(e as NodeJS.ErrnoException).code ?? ''] ?? 'file-unreadable', file),
    };
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
    return { ok: true, data, notes: [], later: [] };
  }
  // The file's SHA-256 (the sheet's checksum in the Audit) on the second core: beside this read, or after it.
  const hashing = options.hashLater ? null : hashFile(file, size);
  const reader = new CsvSheetReader('', label, { dropUnusedColumns: true, keepBatches: true });
  let r: CsvResult;
  try {
    r = (await readCsvFile(file, size, reader)).result;
    if (r.ok) r.sheet.fileSha256 = hashing ? await hashing.sha256() : FILE_SHA256_LATER;
  } catch {
    return { ok: false, problem: fileProblem('file-unreadable', file) };
  } finally {
    await hashing?.stop();
  }
  if (!r.ok) return r;
  const later = hashing ? [] : [{ sheet: r.sheet, file, hashing: hashFile(file, size) }];
  return { ok: true, data: { sheets: [r.sheet] }, notes: r.notes, csvSheet: r.sheet, later };
}

const OLE_DIRECTORY_BYTES = 4096;
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Where an OLE2 compound file's first directory sector starts (its header says), or null for any other file. */
function oleDirectoryOffset(head: Uint8Array): number | null {
  if (!OLE2_SIGNATURE.every((b, i) => head[i] === b)) return null;
  const view = new DataView(head.buffer, head.byteOffset, 0x40);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift < 7 || sectorShift > 16) return null;
  return (view.getUint32(0x30, true) + 1) * 2 ** sectorShift;
}

async function readEnds(file: string, size: number): Promise<Uint8Array> {
  const h = await fs.open(file, 'r');
  try {
    if (size <= 2 * END_BYTES) {
      const all = new Uint8Array(size);
      await h.read(all, 0, size, 0);
      return all;
    }
    const both = new Uint8Array(2 * END_BYTES + OLE_DIRECTORY_BYTES);
    await h.read(both, 0, END_BYTES, 0);
    await h.read(both, END_BYTES, END_BYTES, size - END_BYTES);
    // An OLE2 file's directory (the stream names that tell an encrypted .xlsx from an .xls) may lie anywhere.
    const dir = oleDirectoryOffset(both);
    if (dir !== null && dir < size) await h.read(both, 2 * END_BYTES, OLE_DIRECTORY_BYTES, dir);
    return both;
  } finally {
    await h.close();
  }
}
