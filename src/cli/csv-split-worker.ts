/**
 * Worker thread (see csv-split.ts): reads a CSV from a record's start to its
 * end on the byte path and posts each chunk's records as a RowBatch (two
 * strings and transferred buffers). Anything the byte path hands over (papaparse's
 * cases, a record too long) ends the read: the main thread then reads it all itself.
 */
import { createReadStream } from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { continuedByteStream, transferableBatch, type CsvContinuation, type RowBatch } from '../engine';

export interface CsvSplitJob {
  file: string;
  /** The file offset of a record's start. */
  start: number;
  settings: CsvContinuation;
  chunkBytes: number;
}

/** Batches in order, then `end`: the offset of the last, incomplete record (the main thread reads from there), or `given-up`. */
export type CsvSplitMessage = { batch: RowBatch } | { end: number } | { givenUp: true };

async function readFrom(job: CsvSplitJob, post: (m: CsvSplitMessage, buffers?: ArrayBuffer[]) => void): Promise<void> {
  const stream = continuedByteStream(job.settings, job.start, (b) => {
    const copy = transferableBatch(b);
    post({ batch: copy.batch }, copy.buffers);
  });
  for await (const chunk of createReadStream(job.file, { start: job.start, highWaterMark: job.chunkBytes })) {
    const buffer = chunk as Buffer;
    const step = stream.push(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    if (step.kind !== 'more') return post({ givenUp: true });
  }
  post({ end: stream.next });
}

const port = parentPort!;
readFrom(workerData as CsvSplitJob, (m, buffers) => port.postMessage(m, buffers)).catch(() =>
  port.postMessage({ givenUp: true }),
);
