/**
 * A file's bytes in chunks, its file closed before the loop over them ends,
 * however it ends (a worker that says it is done must be done with its files,
 * see threads.ts).
 *
 * Chunks are read into two buffers in turn, the next one read while the
 * caller works on this one: the caller must be done with a chunk (or copy what
 * it keeps) before asking for the next. A read stream allocates a new buffer
 * per chunk, and memory first touched is slow on the project's VM: the CLI's
 * read of the 457 MB bench CSV, without its checksum, took 2.42-2.52 s of CPU
 * against 2.68-2.87 s, for the same wall time (the stream's page faults were
 * taken on libuv's thread, not this one).
 */
import { open } from 'fs/promises';
import type { Readable } from 'stream';

export async function* fileChunks(file: string, from: number, chunkBytes: number): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  const buffers = [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)];
  let position = from;
  const readInto = (buffer: Buffer) => handle.read(buffer, 0, chunkBytes, position);
  let reading: ReturnType<typeof readInto> | null = null;
  try {
    reading = readInto(buffers[0]);
    for (let turn = 0; ; turn ^= 1) {
      const { bytesRead } = await reading;
      reading = null;
      if (bytesRead === 0) return;
      position += bytesRead;
      reading = readInto(buffers[turn ^ 1]);
      yield buffers[turn].subarray(0, bytesRead);
    }
  } finally {
    // A read still under way ends before the file is closed (its failure is not this loop's).
    if (reading) await reading.catch(() => undefined);
    await handle.close();
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
