/**
 * Worker thread (see file-hash.ts): the SHA-256 of one file's bytes, read in
 * chunks on the second core. Asked to stop (threads.ts), it closes the file
 * and ends without a word.
 */
import { createHash } from 'crypto';
import { parentPort, workerData } from 'worker_threads';
import { fileChunks } from './file-chunks';
import { MainThreadMessages, runInWorker } from './threads';

export interface FileHashJob {
  file: string;
  chunkBytes: number;
}

export type FileHashMessage = { sha256: string } | { failed: true };

async function hashFile(job: FileHashJob, post: (m: FileHashMessage) => void): Promise<void> {
  const messages = new MainThreadMessages<never>(parentPort!);
  const hash = createHash('sha256');
  for await (const chunk of fileChunks(job.file, 0, job.chunkBytes)) {
    messages.poll();
    hash.update(chunk);
  }
  // The file is closed once the loop is left: the message comes after.
  post({ sha256: hash.digest('hex') });
}

const port = parentPort!;
runInWorker(
  () => hashFile(workerData as FileHashJob, (m) => port.postMessage(m)),
  () => port.postMessage({ failed: true } satisfies FileHashMessage),
);
