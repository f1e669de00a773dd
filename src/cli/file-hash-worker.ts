/**
 * Worker thread (see file-hash.ts): the SHA-256 of one file's bytes, read in
 * chunks on the second core. Asked to stop (threads.ts), it closes the file
 * and ends without a word.
 */
import { parentPort, workerData } from 'worker_threads';
import { sha256OfFile } from './file-hash';
import { MainThreadMessages, runInWorker } from './threads';

export interface FileHashJob {
  file: string;
  chunkBytes: number;
}

export type FileHashMessage = { sha256: string } | { failed: true };

async function hashInWorker(job: FileHashJob, post: (m: FileHashMessage) => void): Promise<void> {
  const messages = new MainThreadMessages<never>(parentPort!);
  const sha256 = await sha256OfFile(job.file, job.chunkBytes, () => messages.poll());
  // The file is closed once sha256OfFile resolves: the message comes after.
  post({ sha256 });
}

const port = parentPort!;
runInWorker(
  () => hashInWorker(workerData as FileHashJob, (m) => port.postMessage(m)),
  () => port.postMessage({ failed: true } satisfies FileHashMessage),
);
