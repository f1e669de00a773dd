/**
 * A CSV hashed while the engine runs (readInputFiles' hashLater): its SHA-256
 * reaches the run's input rows, only the rows of its own sheet, and a file
 * that cannot be read again is said, not written as a checksum.
 */
import { createHash } from 'crypto';
import { writeFileSync } from 'fs';
import { FILE_SHA256_LATER, type InputSheetSummary } from '../../src/engine';
import { giveLaterHashes, stopLaterHashes, type LaterHash } from '../../src/cli/later-hashes';
import type { FileHashing } from '../../src/cli/file-hash';
import { readInputFiles } from '../../src/cli/read-inputs';
import { makeTempDir } from '../corpus/xlsx-files';
import { encodeGbk } from '../support/gbk';

const tmp = makeTempDir('cs-kpi-later-hash-');
afterAll(() => tmp.remove());

const row = (sheet: string, checksum: string): InputSheetSummary => ({
  kind: 'orders',
  sheet,
  headerRow: 1,
  dataRows: 1,
  checksum,
});

/** A hashing that answers `sha` (or fails), and counts its stops. */
function fakeHashing(sha: string | Error): FileHashing & { stops: number } {
  const h = {
    stops: 0,
    sha256: () => (sha instanceof Error ? Promise.reject(sha) : Promise.resolve(sha)),
    stop: () => {
      h.stops++;
      return Promise.resolve();
    },
  };
  return h;
}

const later = (name: string, hashing: FileHashing): LaterHash => ({
  sheet: { name, rows: [] },
  file: `/data/${name}.csv`,
  hashing,
});

test("each later hash replaces the marker of its own sheet's row, nothing else", async () => {
  const inputs = [row('订单', FILE_SHA256_LATER), row('花名册', 'abc'), row('订单2', FILE_SHA256_LATER)];
  const problem = await giveLaterHashes(
    [later('订单', fakeHashing('f00d')), later('订单2', fakeHashing('beef'))],
    inputs,
  );
  expect(problem).toBeNull();
  expect(inputs.map((i) => i.checksum)).toEqual(['f00d', 'abc', 'beef']);
});

test('a file that cannot be read again: its problem, naming the file, and no checksum given', async () => {
  const inputs = [row('订单', FILE_SHA256_LATER)];
  const problem = await giveLaterHashes([later('订单', fakeHashing(new Error('EACCES')))], inputs);
  expect(problem?.code).toBe('file-unreadable');
  expect(problem?.message.zh).toContain('/data/订单.csv');
  expect(inputs[0].checksum).toBe(FILE_SHA256_LATER);
});

test('stopLaterHashes stops every hashing', async () => {
  const a = fakeHashing('1');
  const b = fakeHashing('2');
  await stopLaterHashes([later('a', a), later('b', b)]);
  expect([a.stops, b.stops]).toEqual([1, 1]);
});

test("read with hashLater, a CSV's sheet waits for its hash; given, it is the file's SHA-256 (Node's crypto over the bytes)", async () => {
  const file = tmp.file('订单.csv');
  const bytes = encodeGbk(
    '订单编号,买家会员名,买家实际支付金额,订单付款时间\r\n="1001",甲,100.00,2026-10-05 12:00:00\r\n',
  );
  writeFileSync(file, bytes);
  const read = await readInputFiles([file], { hashLater: true });
  if (!read.ok) throw new Error(read.problem.code);
  try {
    expect(read.data.sheets[0].fileSha256).toBe(FILE_SHA256_LATER);
    expect(read.later.map((h) => h.sheet)).toEqual([read.data.sheets[0]]);
    const inputs = [row(read.data.sheets[0].name, FILE_SHA256_LATER)];
    expect(await giveLaterHashes(read.later, inputs)).toBeNull();
    expect(inputs[0].checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
  } finally {
    await stopLaterHashes(read.later);
  }
  // Without it, as before: hashed beside the read, nothing left for later.
  const plain = await readInputFiles([file]);
  if (!plain.ok) throw new Error(plain.problem.code);
  expect(plain.later).toEqual([]);
  expect(plain.data.sheets[0].fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
});
