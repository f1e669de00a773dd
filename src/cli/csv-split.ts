/**
 * A big CSV read on two cores. Once this thread has read the first rows
 * (encoding, delimiter, kept columns known), a worker (csv-split-worker.ts)
 * reads from a line start near the middle to the end, while this thread reads
 * up to there. The worker's rows are used only if this thread's byte path ends
 * a record exactly at that line start: then the worker started at a record, as
 * the one-thread read would have. Otherwise (the line start was inside a quoted
 * field, papaparse took over, the worker gave up or failed) this thread reads
 * the rest itself. Either way the result is the one-thread read's.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import type { Worker } from 'worker_threads';
import { CsvSheetReader, type CsvContinuation, type CsvResult, type RowBatch } from '../engine';
import type { CsvSplitJob, CsvSplitMessage } from './csv-split-worker';
import { fileChunks } from './file-chunks';
import { startWorker, stopWorker } from './threads';

export interface CsvSplitOptions {
  /** Smaller files are read on this thread alone: a worker costs more than it saves. */
  minBytes?: number;
  /**
   * Fewer cores: one thread reads. On this project's 2-core VM the split once did not pay (V8's GC helpers kept
   * the second core busy; each half read at about half speed). With the rows kept as batches, the worker's
   * posted batches kept as they come (no copy on this thread) and every chunk read into two reused buffers, it
   * does (1M-row GBK CSV, the read alone: 1.87-1.97 s against 2.21-2.50 s; whole `cs-kpi payroll` runs, four
   * alternating pairs: 5.27-5.32 s against 5.59-5.75 s, 476 MB against 428 MB peak). CS_KPI_CSV_SPLIT=0: one thread.
   */
  minCores?: number;
  /** Where the worker's part starts: the first line start at or after this fraction of the file. */
  at?: number;
  /** The size of the reads from the file, on both threads (tests: small, to split small files). */
  chunkBytes?: number;
}

/** How the read went: `used` the worker's rows, `discarded` them (this thread read on), or no worker (`none`). */
export type SplitUse = 'none' | 'used' | 'discarded';

/**
 * The worker reads the last 45 %: it also copies and posts each batch. Measured (the read alone, three runs each):
 * from 0.5, 1.96-1.97 s (this thread waited 0.34 s for the worker); 0.55, 1.87-1.96 s; 0.6, 1.89-2.09 s.
 */
const DEFAULT_AT = 0.55;
const DEFAULT_MIN_BYTES = 32 << 20;
const DEFAULT_MIN_CORES = process.env.CS_KPI_CSV_SPLIT === '0' ? Infinity : 2;
const CHUNK_BYTES = 1 << 20;
/** How far past the chosen offset a line start is looked for. */
const LINE_WINDOW = 1 << 20;
const CR = 0x0d;
const LF = 0x0a;

interface SplitRead {
  offset: number;
  worker: Worker;
  /** The worker's batches so far. */
  batches: RowBatch[];
  /** The offset the worker read up to, or null when it gave up. */
  outcome: Promise<number | null>;
}

/** Throws only when the file cannot be read (the caller says so in the manager's words). */
export async function readCsvFile(
  file: string,
  size: number,
  reader: CsvSheetReader,
  options: CsvSplitOptions = {},
): Promise<{ result: CsvResult; split: SplitUse }> {
  const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  let split: SplitRead | null = null;
  try {
    let tried = size < minBytes || os.availableParallelism() < (options.minCores ?? DEFAULT_MIN_CORES);
    for await (const chunk of fileChunks(file, 0, chunkBytes)) {
      reader.push(chunk);
      if (reader.stopped) break;
      const settings = tried ? null : reader.continuation();
      if (settings) {
        tried = true;
        split = await startSplit({ file, size, settings, at: options.at ?? DEFAULT_AT, chunkBytes });
        if (split) reader.stopAt(split.offset);
      }
    }
    if (!split) return { result: reader.finish(), split: 'none' };
    if (!reader.stopped) return { result: reader.finish(), split: 'discarded' };
    const next = await split.outcome;
    if (next === null) {
      reader.resume();
      await pushFrom(file, split.offset, reader, chunkBytes);
      return { result: reader.finish(), split: 'discarded' };
    }
    reader.adopt(split.batches, next);
    await pushFrom(file, next, reader, chunkBytes);
    return { result: reader.finish(), split: 'used' };
  } finally {
    // Its files closed, the worker ends (it has said its last, or is asked to stop).
    if (split) await stopWorker(split.worker);
  }
}

async function pushFrom(file: string, start: number, reader: CsvSheetReader, chunkBytes: number): Promise<void> {
  for await (const chunk of fileChunks(file, start, chunkBytes)) reader.push(chunk);
}

interface SplitPlan {
  file: string;
  size: number;
  settings: CsvContinuation & { readTo: number };
  at: number;
  chunkBytes: number;
}

async function startSplit({ file, size, settings, at, chunkBytes }: SplitPlan): Promise<SplitRead | null> {
  const offset = await lineStartAfter(file, Math.max(settings.readTo, Math.floor(size * at)));
  if (offset === null || offset >= size) return null;
  const job: CsvSplitJob = {
    file,
    start: offset,
    settings: { encoding: settings.encoding, delimiter: settings.delimiter, target: settings.target },
    chunkBytes,
  };
  const worker = startWorker('csv-split-worker', job);
  if (!worker) return null;
  const batches: SplitRead['batches'] = [];
  const outcome = new Promise<number | null>((resolve) => {
    worker.on('message', (m: CsvSplitMessage) => {
      if ('batch' in m) batches.push(m.batch);
      else resolve('end' in m ? m.end : null);
    });
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });
  return { offset, worker, batches, outcome };
}

/** The first offset ≥ `from` right after a line break (LF, or CR without LF), within LINE_WINDOW; null if none. */
async function lineStartAfter(file: string, from: number): Promise<number | null> {
  const h = await fs.open(file, 'r');
  try {
    const buf = new Uint8Array(LINE_WINDOW);
    const { bytesRead } = await h.read(buf, 0, LINE_WINDOW, from);
    for (let i = 1; i < bytesRead; i++) {
      const before = buf[i - 1];
      if (before === LF || (before === CR && buf[i] !== LF)) return from + i;
    }
    return null;
  } finally {
    await h.close();
  }
}
