/**
 * Request sizes and sync counts for 1,000 and 200,000 order rows (13
 * columns), written and read through the adapter: syncs grow with the
 * number of chunks only, and no request or response exceeds 4 MB (Excel on
 * the web refuses 5 MB).
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel, jsonBytes } from '../excel-fake';
import { AdapterMeasurement, measureAdapter, sampleSheet } from '../excel-fake/measure';
import type { InputCell } from '../excel-fake/sample-orders';

const FOUR_MB = 4_000_000;
let big: InputCell[][];
let small: AdapterMeasurement;
let large: AdapterMeasurement;

beforeAll(async () => {
  big = sampleSheet(200_000, 13);
  small = await measureAdapter(1_000, 13);
  large = await measureAdapter(200_000, 13, big);
}, 300_000);

test.each([
  ['1,000 rows', () => small],
  ['200,000 rows', () => large],
])('%s: values round-trip; syncs = chunks + a small constant; every request ≤ 4 MB', (_label, get) => {
  const m = get();
  expect(m.roundTripOk).toBe(true);
  expect(m.writeSyncs).toBeLessThanOrEqual(m.chunks.write + 3); // inventory, swap, finish
  expect(m.readSyncs).toBeLessThanOrEqual(m.chunks.read + 2); // sheet list, used range
  expect(m.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
  expect(m.maxResponseBytes).toBeLessThanOrEqual(FOUR_MB);
  expect(m.calculationSuspendedOnEveryWrite).toBe(true);
});

test('the 1,000-row sheet goes in one chunk each way', () => {
  expect(small.chunks).toEqual({ write: 1, read: 1 });
  expect(small.writeSyncs).toBeLessThanOrEqual(4);
  expect(small.readSyncs).toBeLessThanOrEqual(3);
});

test('200,000 rows: chunks are as large as the limits allow, so syncs stay the same order of magnitude', () => {
  const totalBytes = jsonBytes(big);
  // At least the 20,000-row limit forces, at most what ~2.5 MB per request would need.
  expect(large.chunks.write).toBeGreaterThanOrEqual(Math.ceil(big.length / 20_000));
  expect(large.chunks.write).toBeLessThanOrEqual(Math.ceil(totalBytes / 2_500_000) + 1);
  expect(large.chunks.read).toBeLessThanOrEqual(Math.ceil(totalBytes / 2_500_000) + 2);
  expect(large.writeSyncs).toBeLessThan(small.writeSyncs * 10);
  expect(large.readSyncs).toBeLessThan(small.readSyncs * 10);
  expect(large.maxRequestBytes).toBeGreaterThan(2_000_000); // requests are not needlessly small
  expect(large.maxResponseBytes).toBeGreaterThan(2_000_000);
});

test('without chunking, the write Excel refuses as over 5 MB is halved until it goes through', async () => {
  const fake = FakeExcel.empty();
  const unlimited = new OfficeWorkbook(fake.run, { maxRowsPerRequest: 10_000_000, maxBytesPerRequest: 1e12 });
  await unlimited.writeInputSheets([{ name: 'Orders', rows: big }]);
  expect(unlimited.lastWrite.retries).toBeGreaterThan(0);
  expect(fake.stats.log.filter((s) => s.failed === 'RequestPayloadSizeLimitExceeded').length).toBe(
    unlimited.lastWrite.retries,
  );
  expect(fake.sheetNames()).toEqual(['Sheet1', 'Orders']);
  expect(fake.sheet('Orders').valueAt(big.length - 1, 0)).toBe(big[big.length - 1][0]);
});
