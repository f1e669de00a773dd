/**
 * The byte path over a file's chunks, in order: a record cut at a chunk's end
 * is carried into the next. It knows each byte's offset in the file, so a read
 * can stop where a record ends at a given offset (the CLI reads from there on
 * another thread), and a read can start at such an offset.
 */
import { CsvByteRows } from './csv-bytes';
import type { RowBatch } from './csv-batch';
import type { CsvDelimiter } from './csv-cell';

/** A record still open after this many bytes goes to papaparse, whose limit (MAX_RECORD_CHARS) then applies. */
const MAX_BYTE_RECORD = 1 << 20;
/** How much of a chunk is joined to the carried part of a record to finish it. */
const JOIN_BYTES = 64 * 1024;

export type ByteStep =
  | { kind: 'more' }
  /** Papaparse must read `rest` (from a record's start) and every chunk after it. */
  | { kind: 'hand-over'; rest: Uint8Array }
  /** A record ended at `stopAt`: nothing after it was read. */
  | { kind: 'stopped' };

/** What a read of a file's later part needs to know from its first rows. */
export interface CsvContinuation {
  encoding: 'utf-8' | 'gb18030';
  delimiter: CsvDelimiter;
  /** See CsvByteRows.read. */
  target: Int32Array | null;
}

export class CsvByteStream {
  private carry: Uint8Array = new Uint8Array(0);
  /** The file offset of carry[0]: the first byte not yet in a row. */
  private offset: number;
  target: Int32Array | null = null;
  /** Read one record at a time: its row may change `target`. */
  oneAtATime = false;
  /** Stop where a record ends at this file offset; forgotten once a record goes past it. */
  stopAt = Infinity;

  constructor(
    private readonly bytes: CsvByteRows,
    start: number,
    private readonly onBatch: (batch: RowBatch) => void,
  ) {
    this.offset = start;
  }

  /** The file offset of the first byte not yet in a row (the start of what is carried). */
  get next(): number {
    return this.offset;
  }

  get carried(): Uint8Array {
    return this.carry;
  }

  /** Go on from `offset` (a record's start) with nothing carried. */
  restartAt(offset: number): void {
    this.offset = offset;
    this.carry = new Uint8Array(0);
  }

  push(chunk: Uint8Array): ByteStep {
    let buf = chunk;
    let bufStart = this.offset + this.carry.length;
    if (this.carry.length > 0) {
      // The record cut at the last chunk's end, finished from this chunk's first bytes: the chunk itself is not copied.
      const carried = this.carry.length;
      const joinedLength = carried + Math.min(chunk.length, JOIN_BYTES);
      const joined = concat([this.carry, chunk.subarray(0, joinedLength - carried)], joinedLength);
      const r = this.bytes.read(joined, this.target, 1, this.onBatch);
      if (r.records === 1) {
        buf = chunk.subarray(r.next - carried);
        bufStart = this.offset + r.next;
      } else {
        buf = concat([this.carry, chunk], carried + chunk.length);
        bufStart = this.offset;
      }
    }
    let at = 0;
    for (;;) {
      if (bufStart + at === this.stopAt) return this.stop(bufStart + at);
      // A record went on past it: no record ends there.
      if (bufStart + at > this.stopAt) this.stopAt = Infinity;
      const one = this.oneAtATime;
      const stop = this.stopAt - bufStart - at;
      const r = this.bytes.read(buf.subarray(at), this.target, one ? 1 : Infinity, this.onBatch, stop);
      at += r.next;
      if (r.handOver) return this.handOver(bufStart + at, buf.subarray(at));
      // Reading stopped at stopAt or just past it: stop, or read on.
      if (bufStart + at < this.stopAt && (!one || r.records === 0)) break;
    }
    // A copy, so the chunk itself can go.
    this.carry = buf.slice(at);
    this.offset = bufStart + at;
    return this.carry.length > MAX_BYTE_RECORD ? this.handOver(this.offset, this.carry) : { kind: 'more' };
  }

  private stop(offset: number): ByteStep {
    this.restartAt(offset);
    return { kind: 'stopped' };
  }

  private handOver(offset: number, rest: Uint8Array): ByteStep {
    this.restartAt(offset);
    return { kind: 'hand-over', rest };
  }
}

/** The byte path from `start`, a record's start in a file whose first rows gave `settings` (no BOM, no header there). */
export function continuedByteStream(
  settings: CsvContinuation,
  start: number,
  onBatch: (batch: RowBatch) => void,
): CsvByteStream {
  const decoder = new TextDecoder(settings.encoding, { ignoreBOM: true });
  const stream = new CsvByteStream(new CsvByteRows(decoder, settings.delimiter.charCodeAt(0)), start, onBatch);
  stream.target = settings.target;
  return stream;
}

export function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
