/**
 * What the adapter costs on a sheet of `rows` × `cols`: syncs and the largest
 * request/response, for writing the sheet as an input and reading it back.
 * For the benchmark; tests assert on the same numbers.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from './fake-excel';
import { InputCell, orderRows } from './sample-orders';

export interface AdapterMeasurement {
  rows: number;
  cols: number;
  writeSyncs: number;
  readSyncs: number;
  /** Largest request of the write (the read's requests are tiny). */
  maxRequestBytes: number;
  /** Largest response of the read. */
  maxResponseBytes: number;
  chunks: { write: number; read: number };
  writeMs: number;
  readMs: number;
  /** The values read back equal the values written. */
  roundTripOk: boolean;
  /** Every request that wrote cells had called suspendApiCalculationUntilNextSync. */
  calculationSuspendedOnEveryWrite: boolean;
}

/** An order sheet of exactly `rows` data rows and `cols` columns (the 13 real ones repeated as needed). */
export function sampleSheet(rows: number, cols: number): InputCell[][] {
  const base = orderRows(rows);
  if (cols === base[0].length) return base;
  return base.map((row, r) =>
    Array.from({ length: cols }, (_, c) => {
      const v = row[c % row.length];
      return r === 0 && c >= row.length ? `${String(v)}${Math.floor(c / row.length) + 1}` : v;
    }),
  );
}

/** `sheet` may be passed in when the caller already generated it. */
export async function measureAdapter(
  rows: number,
  cols: number,
  sheet: InputCell[][] = sampleSheet(rows, cols),
): Promise<AdapterMeasurement> {
  const fake = FakeExcel.empty();
  const adapter = new OfficeWorkbook(fake.run);

  let t = Date.now();
  await adapter.writeInputSheets([{ name: 'Orders', rows: sheet }]);
  const writeMs = Date.now() - t;
  const write = fake.stats;
  const writeChunks = adapter.lastWrite.chunks;

  fake.resetStats();
  t = Date.now();
  const data = await adapter.readSheets(['Orders']);
  const readMs = Date.now() - t;
  const read = fake.stats;

  const expected = sheet.map((row) => row.map((v) => (v === '' ? null : v)));
  return {
    rows,
    cols,
    writeSyncs: write.syncCalls,
    readSyncs: read.syncCalls,
    maxRequestBytes: write.maxRequestBytes,
    maxResponseBytes: read.maxResponseBytes,
    chunks: { write: writeChunks, read: adapter.lastRead.chunks },
    writeMs,
    readMs,
    roundTripOk: JSON.stringify(data.sheets[0]?.rows) === JSON.stringify(expected),
    calculationSuspendedOnEveryWrite: write.log.every((s) => !s.writesCells || s.calculationSuspended),
  };
}
