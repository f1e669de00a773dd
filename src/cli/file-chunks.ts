/**
 * A file's bytes in chunks, its file closed before the loop over them ends,
 * however it ends. A read stream closes its file only after, asynchronously:
 * a worker that says it is done must be done with its files (see threads.ts).
 */
import { createReadStream } from 'fs';
import type { Readable } from 'stream';

export async function* fileChunks(file: string, from: number, chunkBytes: number): AsyncGenerator<Buffer> {
  const stream = createReadStream(file, { start: from, highWaterMark: chunkBytes });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } finally {
    await closed(stream);
  }
}

/** Ends a stream and resolves once it has closed (a file's read stream: once its file is closed). */
export function closed(stream: Readable): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('close', () => resolve());
    stream.destroy();
  });
}
