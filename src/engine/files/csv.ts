/**
 * A downloaded CSV → one sheet of cells, fed in byte chunks of any size:
 * the text is decoded incrementally and parsed by papaparse record by record,
 * so neither the whole text nor a second copy of the rows is ever held.
 */
import Papa from 'papaparse';
import type { Cell, SheetData } from '../cell';
import { detectEncoding, type CsvEncoding } from './encoding';
import { csvShortLastRow, csvTruncated, type FileProblem } from './messages';
import { isUnusedOrderColumn } from './unused-columns';

export type CsvResult =
  | { ok: true; sheet: SheetData; encoding: CsvEncoding; delimiter: ',' | '\t'; notes: FileProblem[] }
  | { ok: false; problem: FileProblem };

/** The header is among the first records (exports put titles above it). */
const HEADER_SEARCH_RECORDS = 20;
/** Bytes looked at before choosing the encoding. */
const SNIFF_BYTES = 64 * 1024;
/** No real record is this long: past it, an unclosed quote has swallowed the rest of the file. */
const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * One cell as the engine wants it: surrounding spaces and tabs stripped, empty
 * → null, `="…"` (how the order report keeps order numbers exact) unwrapped to
 * the text inside. Everything else stays text, so order numbers are never numbers.
 */
export function csvCell(raw: string): Cell {
  if (raw.length === 0) return null;
  let t = raw;
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  if (first <= 32 || last <= 32 || first > 126 || last > 126) t = t.trim();
  if (t.length === 0) return null;
  if (t.length >= 3 && t.charCodeAt(0) === 61 && t.charCodeAt(1) === 34 && t.charCodeAt(t.length - 1) === 34) {
    t = t.slice(2, -1);
    if (t.indexOf('"') !== -1) t = t.replace(/""/g, '"');
    if (t.length === 0) return null;
  }
  // A long substring keeps its whole parent chunk alive in V8 (a "sliced string"); copy it so chunks can go.
  return t.length >= 13 ? (' ' + t).slice(1) : t;
}

/** Comma or tab, whichever separates more fields (outside quotes) in the first lines. */
export function detectDelimiter(sample: string): ',' | '\t' {
  let commas = 0;
  let tabs = 0;
  let lines = 0;
  let quoted = false;
  for (let i = 0; i < sample.length && lines < 10; i++) {
    const c = sample.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) commas++;
    else if (c === 9) tabs++;
    else if (c === 10) lines++;
  }
  return tabs > commas ? '\t' : ',';
}

/** What we use of TextDecoder (Node and browsers; the CLI build has no DOM types). */
interface TextDecoding {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export class CsvSheetReader {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private decoder: TextDecoding | null = null;
  private encoding: CsvEncoding = 'utf-8';
  private delimiter: ',' | '\t' | null = null;
  private parser: Papa.Parser | null = null;
  /** Text of a record not yet complete. */
  private pending = '';
  /** A CR at the end of a chunk, held until we know whether LF follows. */
  private carryCR = false;
  private readonly rows: Cell[][] = [];
  private lastFields = 0;
  private previousFields = 0;
  private failed: FileProblem | null = null;
  private endedWithoutNewline = false;
  /** Columns whose cells are dropped below the header (null until the header is seen). */
  private dropped: boolean[] | null = null;

  /**
   * `sheetName`: the sheet the rows become; `fileLabel`: the file as the manager knows it, for messages;
   * `dropUnusedColumns`: leave out an order report's contact and shipping cells (the CLI: it only computes).
   */
  constructor(
    private readonly sheetName: string,
    private readonly fileLabel: string,
    private readonly options: { dropUnusedColumns?: boolean } = {},
  ) {}

  push(bytes: Uint8Array): void {
    if (this.failed) return;
    if (!this.decoder) {
      this.head.push(bytes);
      this.headBytes += bytes.length;
      if (this.headBytes < SNIFF_BYTES) return;
      this.start();
      return;
    }
    this.feed(this.decoder.decode(bytes, { stream: true }), false);
  }

  finish(): CsvResult {
    if (!this.decoder) this.start();
    if (!this.failed) this.feed(this.decoder!.decode(), true);
    if (this.failed) return { ok: false, problem: this.failed };
    const rows = this.rows;
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    const notes: FileProblem[] = [];
    if (this.endedWithoutNewline && rows.length > 1 && this.lastFields < this.previousFields) notes.push(csvShortLastRow(this.fileLabel, rows.length, this.lastFields, this.previousFields));
    return { ok: true, sheet: { name: this.sheetName, rows }, encoding: this.encoding, delimiter: this.delimiter ?? ',', notes };
  }

  private start(): void {
    const head = concat(this.head, this.headBytes);
    this.head = [];
    this.encoding = detectEncoding(head);
    // TextDecoder drops the BOM itself.
    this.decoder = new TextDecoder(this.encoding);
    this.feed(this.decoder.decode(head, { stream: true }), false);
  }

  private feed(chunk: string, last: boolean): void {
    let text = this.carryCR ? '\r' + chunk : chunk;
    this.carryCR = false;
    if (!last && text.charCodeAt(text.length - 1) === 13) {
      this.carryCR = true;
      text = text.slice(0, -1);
    }
    // One line break for the parser: CRLF (the export's), LF and lone CR all become LF.
    if (text.indexOf('\r') !== -1) text = text.replace(/\r\n?/g, '\n');
    if (this.delimiter === null) {
      if (!last && text.length === 0) return;
      this.delimiter = detectDelimiter(text);
      this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: '\n', quoteChar: '"' });
    }
    const input = this.pending.length > 0 ? this.pending + text : text;
    const result = this.parser!.parse(input, 0, !last) as { data: string[][]; errors: { code: string }[]; meta: { cursor: number } };
    for (const record of result.data) this.addRecord(record);
    if (last) {
      this.pending = '';
      this.endedWithoutNewline = input.length > 0 && input.charCodeAt(input.length - 1) !== 10;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) this.failed = csvTruncated(this.fileLabel, this.rows.length);
      return;
    }
    this.pending = input.slice(result.meta.cursor);
    if (this.pending.length > MAX_RECORD_CHARS) this.failed = csvTruncated(this.fileLabel, this.rows.length + 1);
  }

  private addRecord(record: string[]): void {
    const n = record.length;
    const out: Cell[] = new Array(n);
    const dropped = this.dropped;
    let used = 0;
    for (let i = 0; i < n; i++) {
      const v = dropped !== null && dropped[i] === true ? null : csvCell(record[i]);
      out[i] = v;
      if (v !== null) used = i + 1;
    }
    if (dropped === null && this.options.dropUnusedColumns && this.rows.length < HEADER_SEARCH_RECORDS) this.dropped = unusedColumns(out);
    out.length = used;
    this.previousFields = this.lastFields;
    this.lastFields = n === 1 && record[0] === '' ? 0 : n;
    this.rows.push(out);
  }
}

/** An order report's header (two or more unused columns named) → which columns to drop; otherwise null. */
function unusedColumns(row: Cell[]): boolean[] | null {
  const flags = row.map((c) => typeof c === 'string' && isUnusedOrderColumn(c));
  return flags.filter(Boolean).length >= 2 ? flags : null;
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Read a whole CSV held in memory (the pane's File, a test's bytes), in the same chunks as a stream. */
export function readCsvBytes(bytes: Uint8Array, sheetName: string, fileLabel: string): CsvResult {
  const reader = new CsvSheetReader(sheetName, fileLabel);
  const step = 1 << 20;
  for (let at = 0; at < bytes.length; at += step) reader.push(bytes.subarray(at, Math.min(bytes.length, at + step)));
  return reader.finish();
}
