/**
 * A downloaded CSV → one sheet of cells, fed in byte chunks of any size, never
 * holding the whole text or a second copy of the rows. UTF-8 and GBK files are
 * split on their bytes (csv-bytes.ts), decoding only the cells kept; whatever
 * that path does not read, and UTF-16 files, papaparse reads (csv-text.ts),
 * from that record on. Both give the same rows: test/files/csv-byte-path.test.ts.
 */
import { type Cell, type SheetData, columnLetter } from '../cell';
import { csvCell, type CsvDelimiter, detectDelimiter } from './csv-cell';
import { CsvByteRows } from './csv-bytes';
import { CsvBatchRows, type RowBatch } from './csv-batch';
import { CsvRowStore, RememberedSlots } from './csv-row-store';
import { concat, CsvByteStream, type CsvContinuation } from './csv-byte-stream';
import { CsvTextRecords, normaliseBreaks, type TextOutcome } from './csv-text';
import { detectEncoding, type CsvEncoding } from './encoding';
import { csvShortLastRow, csvTruncated, csvUndecodable, type FileProblem } from './messages';
import { columnsToRead, HEADER_ROWS_TO_READ } from '../sheets/columns-to-read';

export { csvCell, detectDelimiter } from './csv-cell';

export type CsvResult =
  | { ok: true; sheet: SheetData; encoding: CsvEncoding; delimiter: CsvDelimiter; notes: FileProblem[] }
  | { ok: false; problem: FileProblem };

/** Bytes looked at before choosing the encoding. */
const SNIFF_BYTES = 64 * 1024;

export interface CsvReadOptions {
  /**
   * Keep only the columns the engine reads of an order report or 接待记录 (the CLI: it only computes),
   * chosen from the first rows as the add-in chooses them (columnsToRead); the sheet's `columns` says
   * which file column each kept one is.
   */
  dropUnusedColumns?: boolean;
  /** Read with papaparse alone: the reference the byte path is tested against. */
  papaparseOnly?: boolean;
  /**
   * Keep the byte path's rows as their batches, each row cut when the engine asks for it (csv-row-store.ts):
   * the sheet's `source`. The CLI: a million rows then cost a third of the memory and little collecting.
   */
  keepBatches?: boolean;
}

export class CsvSheetReader {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private started = false;
  private encoding: CsvEncoding = 'utf-8';
  private delimiter: CsvDelimiter | null = null;
  private bytePath: CsvByteStream | null = null;
  private readonly batchRows = new CsvBatchRows();
  /** With keepBatches, once the columns are chosen: where the rows go (`rows` is then empty). */
  private store: CsvRowStore | null = null;
  private readonly slots = new RememberedSlots();
  /** The byte path stopped where a record ends at the offset asked (see stopAt). */
  private stoppedAt: number | null = null;
  private textPath: CsvTextRecords | null = null;
  private rows: Cell[][] = [];
  private lastFields = 0;
  private previousFields = 0;
  private failed: FileProblem | null = null;
  private endedWithoutNewline = false;
  /** Kept cells with bytes the encoding cannot read (U+FFFD): the first one's row and file column, and how many. */
  private undecodable = { count: 0, row: 0, column: 0 };
  /** The columns kept (null: every column), chosen once the first rows are read. */
  private kept: KeptColumns | null = null;
  private columnsChosen = false;
  /** Rows papaparse made (the byte path made the rest): for tests and the benchmark. */
  rowsFromPapaparse = 0;

  /** `sheetName`: the sheet the rows become; `fileLabel`: the file as the manager knows it, for messages. */
  constructor(
    private readonly sheetName: string,
    private readonly fileLabel: string,
    private readonly options: CsvReadOptions = {},
  ) {}

  /** The chunk's memory is the caller's again once this returns (the CLI reads the chunks into two buffers in turn). */
  push(chunk: Uint8Array): void {
    if (this.stoppedAt !== null) throw new Error('CsvSheetReader: push after a stop, before resume or adopt');
    if (this.failed) return;
    // A plain Uint8Array view of a Node Buffer: the byte loops then see one kind of array.
    const bytes =
      chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!this.started) {
      // Kept until the sniff has enough: a copy.
      this.head.push(bytes.slice());
      this.headBytes += bytes.length;
      if (this.headBytes >= SNIFF_BYTES) this.start();
      return;
    }
    if (this.bytePath) this.readBytes(bytes);
    else this.outcome(this.textPath!.push(bytes));
  }

  finish(): CsvResult {
    if (!this.started) this.start();
    // The last record, complete or not, is papaparse's: it knows a missing quote and a short last line.
    if (!this.failed && this.bytePath) this.toTextPath(this.bytePath.carried);
    if (!this.failed) this.outcome(this.textPath!.finish());
    if (this.failed) return { ok: false, problem: this.failed };
    if (this.lookingForHeader()) this.chooseColumns();
    const rows = this.rows;
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    this.store?.dropTrailingBlankRows();
    const count = this.rowTotal();
    const notes: FileProblem[] = [];
    if (this.endedWithoutNewline && count > 1 && this.lastFields < this.previousFields)
      notes.push({
        ...csvShortLastRow(this.fileLabel, count, this.lastFields, this.previousFields),
        sheet: this.sheetName,
      });
    const bad = this.undecodable;
    if (bad.count > 0) {
      const column = columnLetter(bad.column);
      notes.push({ ...csvUndecodable(this.fileLabel, bad.row, column, bad.count), sheet: this.sheetName, column });
    }
    const delimiter = this.textPath?.chosenDelimiter ?? this.delimiter ?? ',';
    const sheet = this.store ? storedSheet(this.sheetName, this.store) : { name: this.sheetName, rows };
    if (this.kept) sheet.columns = this.kept.columns;
    return { ok: true, sheet, encoding: this.encoding, delimiter, notes };
  }

  private start(): void {
    this.started = true;
    const head = concat(this.head, this.headBytes);
    this.head = [];
    this.encoding = detectEncoding(head);
    if (this.options.papaparseOnly || (this.encoding !== 'utf-8' && this.encoding !== 'gb18030')) {
      // TextDecoder drops the BOM itself.
      this.textPath = new CsvTextRecords(new TextDecoder(this.encoding), null, (r) => this.addRecord(r));
      this.outcome(this.textPath.push(head));
      return;
    }
    // The delimiter papaparse's path would choose, from the same first text.
    const first = normaliseBreaks(new TextDecoder(this.encoding).decode(head, { stream: true }), false).text;
    const bom = this.encoding === 'utf-8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    if (first.length === 0) {
      this.textPath = new CsvTextRecords(new TextDecoder(this.encoding), null, (r) => this.addRecord(r));
      this.outcome(this.textPath.push(head));
      return;
    }
    this.delimiter = detectDelimiter(first);
    const bytes = new CsvByteRows(new TextDecoder(this.encoding, { ignoreBOM: true }), this.delimiter.charCodeAt(0));
    this.bytePath = new CsvByteStream(bytes, bom, (batch) => this.addBatch(batch, this.batchRows, this.slots));
    this.bytePath.oneAtATime = this.lookingForHeader();
    this.readBytes(head.subarray(bom));
  }

  private readBytes(chunk: Uint8Array): void {
    const step = this.bytePath!.push(chunk);
    if (step.kind === 'hand-over') this.toTextPath(step.rest);
    else if (step.kind === 'stopped') this.stoppedAt = this.bytePath!.next;
  }

  /**
   * Once the first rows are read on the byte path: what a read of the file from a later record needs to know
   * (see continuedByteStream), and the file offset read up to; null if the rest cannot be read that way.
   */
  continuation(): (CsvContinuation & { readTo: number }) | null {
    const b = this.bytePath;
    if (!b || this.lookingForHeader() || this.failed || this.stoppedAt !== null) return null;
    const encoding = this.encoding as CsvContinuation['encoding'];
    return { encoding, delimiter: this.delimiter!, target: b.target, readTo: b.next + b.carried.length };
  }

  /**
   * Stop reading where a record ends at file offset `offset` (just past a line break), if one does: then
   * `stopped` is true, nothing after it is read, and the reader waits for resume() or adopt().
   */
  stopAt(offset: number): void {
    if (this.bytePath) this.bytePath.stopAt = offset;
  }

  get stopped(): boolean {
    return this.stoppedAt !== null;
  }

  /** Read on after a stop: the next chunk pushed starts at the offset stopped at. */
  resume(): void {
    this.stoppedAt = null;
    this.bytePath!.stopAt = Infinity;
  }

  /**
   * After a stop: the records from there to file offset `next`, read elsewhere from the same continuation()
   * as batches, in order; the next chunk pushed starts at `next`.
   */
  adopt(batches: RowBatch[], next: number): void {
    // The other reader remembered values of its own.
    const [cutter, slots] = [new CsvBatchRows(), new RememberedSlots()];
    for (const batch of batches) this.addBatch(batch, cutter, slots);
    this.resume();
    this.bytePath!.restartAt(next);
  }

  /** From here on papaparse reads: `rest` starts at a record. */
  private toTextPath(rest: Uint8Array): void {
    this.bytePath = null;
    // Not the file's start: a BOM here would be a character of the record.
    this.textPath = new CsvTextRecords(new TextDecoder(this.encoding, { ignoreBOM: true }), this.delimiter, (r) =>
      this.addRecord(r),
    );
    this.outcome(this.textPath.push(rest));
  }

  private outcome(o: TextOutcome): void {
    if (o.kind === 'truncated') this.failed = csvTruncated(this.fileLabel, this.rowTotal() + (o.extraRecord ? 1 : 0));
    else if (o.kind === 'end') this.endedWithoutNewline = o.endedWithoutNewline;
  }

  /** Still reading the first rows whole, to choose the columns from (one record at a time). */
  private lookingForHeader(): boolean {
    return this.options.dropUnusedColumns === true && !this.columnsChosen;
  }

  /** The columns kept, from the first rows; those rows lose the others too, so every row has the same layout. */
  private chooseColumns(): void {
    this.columnsChosen = true;
    this.kept = keptColumns(this.rows.slice(0, HEADER_ROWS_TO_READ));
    if (this.bytePath) {
      this.bytePath.target = this.kept?.target ?? null;
      this.bytePath.oneAtATime = false;
    }
    if (this.kept)
      for (let r = 0; r < this.rows.length; r++) this.rows[r] = compactRow(this.rows[r], this.kept.columns);
  }

  private addRecord(record: string[]): void {
    const n = record.length;
    const columns = this.kept?.columns;
    const width = columns ? columns.length : n;
    const out: Cell[] = new Array(width);
    let used = 0;
    for (let i = 0; i < width; i++) {
      const from = columns ? columns[i] : i;
      const v = from < n ? csvCell(record[from]) : null;
      // Only papaparse meets these: the byte path hands a record with a broken character over to it.
      if (typeof v === 'string' && v.indexOf('\ufffd') !== -1) this.noteUndecodable(from);
      out[i] = v;
      if (v !== null) used = i + 1;
    }
    out.length = used;
    this.rowsFromPapaparse++;
    this.addRow(out, n === 1 && record[0] === '' ? 0 : n);
  }

  private noteUndecodable(column: number): void {
    const bad = this.undecodable;
    if (bad.count++ === 0) {
      // The row this record becomes, 1-based; the header's row when the columns are still being chosen.
      bad.row = this.rowTotal() + 1;
      bad.column = column;
    }
  }

  /** A batch of the byte path's records, read by a reader whose remembered values `cutter` and `slots` follow. */
  private addBatch(batch: RowBatch, cutter: CsvBatchRows, slots: RememberedSlots): void {
    if (this.options.keepBatches && !this.lookingForHeader()) {
      if (!this.store) {
        this.store = this.storeFrom(this.rows);
        this.store.learnAll(cutter.remembered, slots);
      }
      this.store.pushBatch(batch, slots);
      // The last two field counts, for the short-last-row note.
      for (let i = Math.max(0, batch.records - 2); i < batch.records; i++) this.noteFields(batch.recordFields[i]);
      return;
    }
    const rows = cutter.rows(batch);
    for (let i = 0; i < rows.length; i++) this.addRow(rows[i], batch.recordFields[i]);
  }

  private addRow(row: Cell[], fields: number): void {
    this.noteFields(fields);
    if (this.store) this.store.pushRow(row);
    else this.rows.push(row);
    if (this.lookingForHeader() && this.rows.length >= HEADER_ROWS_TO_READ) this.chooseColumns();
  }

  private noteFields(fields: number): void {
    this.previousFields = this.lastFields;
    this.lastFields = fields;
  }

  private rowTotal(): number {
    return this.store ? this.store.count : this.rows.length;
  }

  /** A store holding the rows read so far: `rows` is left empty. */
  private storeFrom(rows: Cell[][]): CsvRowStore {
    const store = new CsvRowStore();
    for (const row of rows) store.pushRow(row);
    this.rows = [];
    return store;
  }
}

/** An order report's kept columns: the file's column of each, and each file column's place (-1: left out). */
interface KeptColumns {
  columns: number[];
  target: Int32Array;
}

/** The kept columns of a sheet whose first rows are these: the ones the engine reads (see columnsToRead), or null for all. */
function keptColumns(firstRows: Cell[][]): KeptColumns | null {
  const choice = columnsToRead(firstRows, null);
  if (!choice) return null;
  const columns = choice.columns;
  const target = new Int32Array(columns[columns.length - 1] + 1).fill(-1);
  columns.forEach((c, i) => (target[c] = i));
  return { columns, target };
}

function compactRow(row: Cell[], columns: number[]): Cell[] {
  const out = columns.map((c) => row[c] ?? null);
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/**
 * A sheet whose rows come from a store: `source` for the engine, which asks for each row as it goes; `rows`,
 * for any other reader, makes them all once.
 */
function storedSheet(name: string, store: CsvRowStore): SheetData {
  const sheet: SheetData = { name, rows: [], source: store };
  Object.defineProperty(sheet, 'rows', { get: () => store.all(), enumerable: true });
  return sheet;
}

/** Read a whole CSV held in memory (the pane's File, a test's bytes), in the same chunks as a stream. */
export function readCsvBytes(bytes: Uint8Array, sheetName: string, fileLabel: string): CsvResult {
  const reader = new CsvSheetReader(sheetName, fileLabel);
  const step = 1 << 20;
  for (let at = 0; at < bytes.length; at += step) reader.push(bytes.subarray(at, Math.min(bytes.length, at + step)));
  return reader.finish();
}
