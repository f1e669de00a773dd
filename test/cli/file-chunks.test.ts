/**
 * fileChunks reads a file from an offset into two buffers in turn: the bytes
 * are the file's, every chunk is one of those two (the caller copies what it
 * keeps), and the file is closed however the loop ends.
 */
import { randomBytes } from 'crypto';
import { writeFileSync } from 'fs';
import { fileChunks } from '../../src/cli/file-chunks';
import { makeTempDir } from '../corpus/xlsx-files';
import { openFdsOn } from '../support/open-files';

const dir = makeTempDir('cs-kpi-chunks-');
afterAll(() => dir.remove());

function fileOf(bytes: Buffer): string {
  const file = dir.file(`f-${bytes.length}.bin`);
  writeFileSync(file, bytes);
  return file;
}

test('the bytes from an offset to the end, in chunks of at most the size asked, in two buffers', async () => {
  const bytes = randomBytes(10_000);
  const file = fileOf(bytes);
  const copies: Buffer[] = [];
  const buffers = new Set<ArrayBufferLike>();
  for await (const chunk of fileChunks(file, 123, 777)) {
    expect(chunk.length).toBeLessThanOrEqual(777);
    buffers.add(chunk.buffer);
    copies.push(Buffer.from(chunk));
  }
  expect(Buffer.concat(copies).equals(bytes.subarray(123))).toBe(true);
  // 9,877 bytes: twelve chunks of 777 and one of 553.
  expect(copies.map((c) => c.length)).toEqual([...new Array(12).fill(777), 553]);
  expect(buffers.size).toBe(2);
  expect(openFdsOn(file)).toBe(0);
});

test('an empty file, an offset at the end: no chunk', async () => {
  const file = fileOf(Buffer.alloc(0));
  const chunks: Buffer[] = [];
  for await (const chunk of fileChunks(file, 0, 64)) chunks.push(chunk);
  const other = fileOf(randomBytes(50));
  for await (const chunk of fileChunks(other, 50, 64)) chunks.push(chunk);
  expect(chunks).toEqual([]);
});

test('the file is closed when the loop is left early', async () => {
  const file = fileOf(randomBytes(5_000));
  for await (const chunk of fileChunks(file, 0, 100)) {
    expect(chunk.length).toBe(100);
    break;
  }
  expect(openFdsOn(file)).toBe(0);
});
