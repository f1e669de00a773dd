/**
 * A CSV's SHA-256 computed while the engine runs (readInputFiles' hashLater):
 * the read is not slowed by it, and the result gets it before anything is
 * written. Apart from file-hash.ts, which its worker loads without the engine.
 */
import { fileProblem, type FileProblem, giveFileSha256, type InputSheetSummary, type SheetData } from '../engine';
import type { FileHashing } from './file-hash';

/** A CSV sheet whose file is hashed while the engine runs (readInputFiles' hashLater). */
export interface LaterHash {
  sheet: SheetData;
  file: string;
  hashing: FileHashing;
}

/**
 * Waits for each later hash and gives it to the run's input rows (the Audit, --json): null, or the problem of a
 * file that could not be read again (gone or locked since it was read).
 */
export async function giveLaterHashes(later: LaterHash[], inputs: InputSheetSummary[]): Promise<FileProblem | null> {
  for (const h of later) {
    try {
      giveFileSha256(inputs, h.sheet.name, await h.hashing.sha256());
    } catch {
      return fileProblem('file-unreadable', h.file);
    }
  }
  return null;
}

/** Ends the workers of later hashes (the hashes came, or are not wanted any more). */
export async function stopLaterHashes(later: LaterHash[]): Promise<void> {
  await Promise.all(later.map((h) => h.hashing.stop()));
}
