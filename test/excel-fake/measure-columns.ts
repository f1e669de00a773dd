/**
 * What reading an order sheet costs the adapter, with every column (as
 * before the engine chose columns) and with only the columns the engine
 * reads: bytes that crossed to and from the fake, syncs, largest response.
 * Measured on the 71-column Taobao layout for the benchmark and the README.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { FakeExcel } from './fake-excel';
import { taobao71Rows } from './taobao-71';
import type { InputCell } from './sample-orders';

export interface ReadCost {
  syncs: number;
  /** Requests plus responses, UTF-8 JSON bytes, as Excel on the web counts them. */
  bytes: number;
  maxResponseBytes: number;
  cells: number;
  ms: number;
}

export interface ColumnReadMeasurement {
  rows: number;
  cols: number;
  everyColumn: ReadCost;
  usedColumns: ReadCost;
  /** Columns fetched below the header by the used-columns read. */
  columnsRead: number;
}

/** A fake holding one sheet named `name` with these rows. */
export function fakeWithSheet(name: string, rows: InputCell[][]): FakeExcel {
  return FakeExcel.fromWorkbookData({ sheets: [{ name, rows }] });
}

export async function readCost(fake: FakeExcel, name: string, everyColumn: boolean): Promise<ReadCost> {
  const adapter = new OfficeWorkbook(fake.run);
  adapter.readEveryColumn = everyColumn;
  fake.resetStats();
  const t = Date.now();
  await adapter.readSheets([name]);
  const ms = Date.now() - t;
  const log = fake.stats.log;
  return {
    syncs: fake.stats.syncCalls,
    bytes: log.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0),
    maxResponseBytes: fake.stats.maxResponseBytes,
    cells: adapter.lastRead.cells,
    ms,
  };
}

/** The 71-column export of `rows` orders, read both ways from the same fake. */
export async function measureColumnRead(rows: number): Promise<ColumnReadMeasurement> {
  const sheet = taobao71Rows(rows);
  const fake = fakeWithSheet('订单报表', sheet);
  const cols = sheet[0].length;
  const everyColumn = await readCost(fake, '订单报表', true);
  const usedColumns = await readCost(fake, '订单报表', false);
  const header = Math.min(20, sheet.length);
  const columnsRead = rows > header ? (usedColumns.cells - header * cols) / (sheet.length - header) : cols;
  return { rows, cols, everyColumn, usedColumns, columnsRead };
}
