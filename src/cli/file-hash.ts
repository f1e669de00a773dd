/**
 * The SHA-256 of an input file's bytes: a CSV's checksum in the Audit (what
 * `sha256sum` prints for the download). A big file is hashed by a worker on
 * the second core: cs-kpi payroll starts it once the file is read, so it runs
 * beside the engine (beside the read it slowed the read of the 457 MB order
 * report by 0.2-0.35 s; moved, whole runs took a median 0.19 s less).
 * A small file, or one whose worker does not start or fails, is hashed here.
 */
import { createHash } from 'crypto';
import type { Worker } from 'worker_threads';
import { fileChunks } from './file-chunks';
import type { FileHashJob, FileHashMessage } from './file-hash-worker';
import { startWorker, stopWorker } from './threads';

const CHUNK_BYTES = 1 << 20;
/** Below this a worker costs about what it saves (starting one takes tens of milliseconds). */
const DEFAULT_MIN_BYTES = 32 << 20;

export interface FileHashing {
  /** The file's SHA-256 in hex; rejects only when the file cannot be read. */
  sha256(): Promise<string>;
  /** Ends the worker, if one runs (the hash is not wanted any more, or has come). */
  stop(): Promise<void>;
}

/** Starts hashing `file` (`size` bytes, as seen before reading it); `minBytes`: tests' threshold for the worker. */
export function hashFile(file: string, size: number, minBytes = DEFAULT_MIN_BYTES): FileHashing {
  const worker =
    size >= minBytes ? startWorker('file-hash-worker', { file, chunkBytes: CHUNK_BYTES } satisfies FileHashJob) : null;
  if (!worker) return { sha256: () => sha256OfFile(file), stop: () => Promise.resolve() };
  const fromWorker = workerHash(worker);
  return {
    sha256: async () => (await fromWorker) ?? sha256OfFile(file),
    stop: () => stopWorker(worker),
  };
}

/** The worker's hash, or null when it failed or ended without one. */
function workerHash(worker: Worker): Promise<string | null> {
  return new Promise((resolve) => {
    worker.on('message', (m: FileHashMessage) => resolve('sha256' in m ? m.sha256 : null));
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });
}

/**
 * The SHA-256 (hex) of a file's bytes, read in chunks, here or in the worker; `beforeEach` runs before each
 * chunk is hashed (the worker's check for a stop request). The file is closed when it resolves.
 */
export async function sha256OfFile(
  file: string,
  chunkBytes = CHUNK_BYTES,
  beforeEach: () => void = () => undefined,
): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fileChunks(file, 0, chunkBytes)) {
    beforeEach();
    hash.update(chunk);
  }
  return hash.digest('hex');
}
