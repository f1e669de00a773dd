/**
 * Worker thread (see csv-split.ts): reads a CSV from a record's start to its
 * end on the byte path and posts each chunk's records as a RowBatch (two
 * strings and transferred buffers). Anything the byte path hands over (papaparse's
 * cases, a record too long) ends the read: the main thread then reads it all itself.
 * Asked to stop (threads.ts), it closes the file and ends without a word.
 */
import { parentPort, workerData } from 'worker_threads';
// The files part alone (59 ms to load, the whole engine 150 ms): the worker starts reading that much sooner.
import { continuedByteStream, transferableBatch, type CsvContinuation, type RowBatch } from '../engine/files';
import { fileChunks } from './file-chunks';
import { MainThreadMessages, runInWorker } from './threads';

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
  const messages = new MainThreadMessages<never>(parentPort!);
  const stream = continuedByteStream(job.settings, job.start, (b) => {
    const copy = transferableBatch(b);
    post({ batch: copy.batch }, copy.buffers);
  });
  let givenUp = false;
  for await (const chunk of fileChunks(job.file, job.start, job.chunkBytes)) {
    messages.poll();
    const step = stream.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (step.kind !== 'more') {
      givenUp = true;
      break;
    }
  }
  // The file is closed once the loop is left: the last message comes after.
  post(givenUp ? { givenUp: true } : { end: stream.next });
}

const port = parentPort!;
runInWorker(
  () => readFrom(workerData as CsvSplitJob, (m, buffers) => port.postMessage(m, buffers)),
  () => port.postMessage({ givenUp: true }),
);
