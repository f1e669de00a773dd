/**
 * The byte path: rows of a UTF-8 or GBK/GB18030 CSV split on the raw bytes,
 * decoding only the cells that are kept. It exists for speed alone (a
 * million-row order report: papaparse builds 46 strings a row and the GC sweeps
 * them, where the engine needs a dozen), so it is narrow on purpose:
 * - `"`, the delimiter, CR and LF never occur inside a UTF-8 or GBK/GB18030
 *   multi-byte character (every trail byte is ≥ 0x80, 0x30–0x39 or ≥ 0x40),
 *   so records and fields can be found on the bytes;
 * - it reads only what papaparse reads the plain way: a field is unquoted up to
 *   the next delimiter or line break (quotes inside kept), or quoted with `""`
 *   for a quote and the closing quote right before a delimiter or line break;
 * - anything else (text between a closing quote and the delimiter, a decoding
 *   error, a NUL in a non-ASCII value) is handed back to the caller, which reads
 *   on from that record with papaparse: never a different answer.
 * Kept values are copied into two buffers (ASCII, and the rest with a NUL after
 * each) and decoded once per chunk: a RowBatch, which csv-batch.ts cuts up into
 * rows, in this thread or (the CLI's split read) in the one that receives it.
 * Short values are remembered by their bytes, so a status, an amount or a memo
 * seen before is the same string.
 */
import { KNOWN_REF, NULL_REF, SLOTS, type RowBatch } from './csv-batch';
import type { TextDecoding } from './csv-text';

const QUOTE = 0x22;
const EQUALS = 0x3d;
const CR = 0x0d;
const LF = 0x0a;
/** Ends each non-ASCII value in its buffer. */
const NUL = 0;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Values up to this many bytes are remembered. */
const KEY_BYTES = 32;
/** A column whose values are found again less often than this (order numbers) is not remembered after its first rows. */
const MIN_HIT_RATE = 0.2;
const RATE_SAMPLE = 2048;

export interface ByteRead {
  /** Offset of the first record not read (incomplete, or handed over). */
  next: number;
  records: number;
  /** The record at `next` must be read by papaparse, and everything after it. */
  handOver: boolean;
}

/** A record that yields no row: it goes on past the bytes so far, or papaparse must read it. */
const NEED_MORE = -1;
/** Also a cell reference that is none (see csv-batch.ts for the others). */
const HAND_OVER = -2;

function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export class CsvByteRows {
  private readonly decoder: TextDecoding;
  private readonly asciiDecoder: TextDecoding = new TextDecoder('utf-8', { ignoreBOM: true });
  private ascii = new Uint8Array(0);
  private asciiAt = 0;
  private multi = new Uint8Array(0);
  private multiAt = 0;
  /** Pieces (kept values decoded this chunk): start and end in `ascii`, or -1 for the next non-ASCII one. */
  private pieces = 0;
  private pieceStart = new Int32Array(1024);
  private pieceEnd = new Int32Array(1024);
  /** 1: the piece is the cell's text already (`="…"` unwrapped on the bytes); 0: it goes through cellText. */
  private pieceFinal = new Int32Array(1024);
  /** The chunk's records: their cells' references, where each record's start, and its field count. */
  private records = 0;
  private refCount = 0;
  private refs = new Int32Array(4096);
  private recordRefs = new Int32Array(1024);
  private recordFields = new Int32Array(1024);
  /** Remembered values, direct-mapped by a hash of their bytes. */
  private readonly slotKey = new Uint8Array(SLOTS * KEY_BYTES);
  private readonly slotLen = new Int32Array(SLOTS);
  private readonly slotHash = new Int32Array(SLOTS);
  /** The piece a slot filled this chunk waits for (-1: its value is known, to whoever cuts the batches up). */
  private readonly slotPiece = new Int32Array(SLOTS).fill(-1);
  /** The cell column whose value fills a slot: a value found again is credited to it. */
  private readonly slotOwner = new Int32Array(SLOTS);
  private filledSlots: number[] = [];
  /** Slots whose value became known this chunk, and the piece each now holds. */
  private learnedSlot = new Int32Array(256);
  private learnedPiece = new Int32Array(256);
  /** Per cell column: values remembered, how often they were found again (in any column), and whether it is still remembered. */
  private misses = new Int32Array(64);
  private hits = new Int32Array(64);
  private unremembered = new Int32Array(64);

  constructor(
    decoder: TextDecoding,
    private readonly delimiter: number,
  ) {
    this.decoder = decoder;
  }

  /**
   * The complete records at the start of `buf`, at most `maxRecords` of them and
   * none starting at or after `stopAt`, as one batch (its arrays are reused by the
   * next read). `target`: null keeps every field in place; else field i goes to
   * cell target[i], or nowhere (not even decoded) when that is -1 or i is past its end.
   */
  read(
    buf: Uint8Array,
    target: Int32Array | null,
    maxRecords: number,
    onBatch: (batch: RowBatch) => void,
    stopAt = Infinity,
  ): ByteRead {
    this.startChunk(buf.length);
    let at = 0;
    let handOver = false;
    while (this.records < maxRecords && at < buf.length && at < stopAt) {
      const end = this.record(buf, at, target);
      if (end === NEED_MORE) break;
      if (end === HAND_OVER) {
        handOver = true;
        break;
      }
      at = end;
    }
    const batch = this.decodePieces();
    if (!batch) return { next: 0, records: 0, handOver: true };
    onBatch(batch);
    return { next: at, records: this.records, handOver };
  }

  private startChunk(bytes: number): void {
    if (this.ascii.length < bytes) this.ascii = new Uint8Array(bytes + 64);
    if (this.multi.length < 2 * bytes) this.multi = new Uint8Array(2 * bytes + 64);
    this.asciiAt = 0;
    this.multiAt = 0;
    this.pieces = 0;
    this.refCount = 0;
    this.records = 0;
    this.filledSlots.length = 0;
  }

  /** One record from `at`: its cell references kept, the offset after it returned; or NEED_MORE / HAND_OVER (nothing of it kept). */
  private record(buf: Uint8Array, at: number, target: Int32Array | null): number {
    const asciiAt = this.asciiAt;
    const multiAt = this.multiAt;
    const pieces = this.pieces;
    const refCount = this.refCount;
    const filled = this.filledSlots.length;
    const outcome = this.scanRecord(buf, at, target);
    if (outcome >= 0) return outcome;
    // Forget the unfinished record; the slots it filled point at forgotten pieces.
    for (let i = filled; i < this.filledSlots.length; i++) this.slotLen[this.filledSlots[i]] = 0;
    this.filledSlots.length = filled;
    this.asciiAt = asciiAt;
    this.multiAt = multiAt;
    this.pieces = pieces;
    this.refCount = refCount;
    return outcome;
  }

  private scanRecord(buf: Uint8Array, at: number, target: Int32Array | null): number {
    const firstRef = this.refCount;
    const d = this.delimiter;
    const len = buf.length;
    let p = at;
    let n = 0;
    let contentBytes = 0;
    for (;;) {
      if (p >= len) return NEED_MORE;
      const t = target === null ? n : n < target.length ? target[n] : -1;
      const keep = t !== -1;
      // Of a kept value's bytes, in the same pass that finds its end: a hash, their OR (≥ 0x80: not ASCII), any CR.
      let h = FNV_OFFSET;
      let high = 0;
      let cr = 0;
      let escaped = false;
      let start: number;
      let i: number;
      if (buf[p] === QUOTE) {
        start = p + 1;
        i = start;
        for (;;) {
          if (keep) {
            for (; i < len; i++) {
              const c = buf[i];
              if (c === QUOTE) break;
              h = Math.imul(h ^ c, FNV_PRIME);
              high |= c;
              if (c === CR) cr = 1;
            }
          } else while (i < len && buf[i] !== QUOTE) i++;
          if (i + 1 >= len) return NEED_MORE;
          if (buf[i + 1] !== QUOTE) break;
          escaped = true;
          i += 2;
        }
        const after = buf[i + 1];
        // Text between the closing quote and the delimiter: papaparse has rules of its own for that.
        if (after !== d && after !== CR && after !== LF) return HAND_OVER;
        p = i + 1;
      } else {
        start = p;
        i = p;
        if (keep) {
          for (; i < len; i++) {
            const c = buf[i];
            if (c === d || c === CR || c === LF) break;
            h = Math.imul(h ^ c, FNV_PRIME);
            high |= c;
          }
        } else {
          for (; i < len; i++) {
            const c = buf[i];
            if (c === d || c === CR || c === LF) break;
          }
        }
        if (i >= len) return NEED_MORE;
        p = i;
      }
      contentBytes += i - start;
      if (keep) {
        const ref = start === i ? NULL_REF : this.cellRef(buf, start, i, t, h, high, escaped || cr === 1);
        if (ref === HAND_OVER) return HAND_OVER;
        if (this.refCount >= this.refs.length) this.refs = grown(this.refs, this.refCount + 1);
        this.refs[this.refCount++] = ref;
      }
      n++;
      // p is at the delimiter or line break after the field.
      const c = buf[p];
      if (c === d) {
        p++;
        continue;
      }
      // CR ends the record, and so does an LF right after it (which may not have arrived yet).
      if (c === CR && p + 1 >= len) return NEED_MORE;
      p += c === CR && buf[p + 1] === LF ? 2 : 1;
      break;
    }
    if (this.records >= this.recordRefs.length) {
      this.recordRefs = grown(this.recordRefs, this.records + 1);
      this.recordFields = grown(this.recordFields, this.records + 1);
    }
    this.recordRefs[this.records] = firstRef;
    this.recordFields[this.records] = n === 1 && contentBytes === 0 ? 0 : n;
    this.records++;
    return p;
  }

  /**
   * Cell t's value from the non-empty bytes [start, end) (h, high: see scanRecord; `transform`: `""` or CR
   * inside): a reference (see NULL_REF), or HAND_OVER.
   */
  private cellRef(
    buf: Uint8Array,
    start: number,
    end: number,
    t: number,
    h: number,
    high: number,
    transform: boolean,
  ): number {
    const len = end - start;
    if (t >= this.misses.length) this.growColumns(t + 1);
    if (transform || len > KEY_BYTES || this.unremembered[t] === 1) return this.piece(buf, start, end, high, transform);
    const slot = (h ^ (h >>> 15)) & (SLOTS - 1);
    if (this.slotLen[slot] === len && this.slotHash[slot] === h && this.sameKey(slot, buf, start, len)) {
      this.hits[this.slotOwner[slot]]++;
      const piece = this.slotPiece[slot];
      // The value the slot holds at the chunk's start: learned slots change only after the chunk's rows are made.
      return piece !== -1 ? piece : KNOWN_REF - slot;
    }
    if (++this.misses[t] === RATE_SAMPLE && this.hits[t] < RATE_SAMPLE * MIN_HIT_RATE) this.unremembered[t] = 1;
    const piece = this.piece(buf, start, end, high, false);
    if (piece < 0) return HAND_OVER;
    this.remember(slot, h, buf, start, len, piece, t);
    return piece;
  }

  private growColumns(n: number): void {
    this.misses = grown(this.misses, n);
    this.hits = grown(this.hits, n);
    this.unremembered = grown(this.unremembered, n);
  }

  private sameKey(slot: number, buf: Uint8Array, start: number, len: number): boolean {
    const key = this.slotKey;
    const base = slot * KEY_BYTES;
    for (let i = 0; i < len; i++) if (key[base + i] !== buf[start + i]) return false;
    return true;
  }

  private remember(
    slot: number,
    h: number,
    buf: Uint8Array,
    start: number,
    len: number,
    piece: number,
    owner: number,
  ): void {
    const key = this.slotKey;
    const base = slot * KEY_BYTES;
    for (let i = 0; i < len; i++) key[base + i] = buf[start + i];
    this.slotLen[slot] = len;
    this.slotHash[slot] = h;
    this.slotPiece[slot] = piece;
    this.slotOwner[slot] = owner;
    this.filledSlots.push(slot);
  }

  private newPiece(start: number, end: number, final: boolean): number {
    const i = this.pieces;
    if (i >= this.pieceStart.length) {
      this.pieceStart = grown(this.pieceStart, i + 1);
      this.pieceEnd = grown(this.pieceEnd, i + 1);
      this.pieceFinal = grown(this.pieceFinal, i + 1);
    }
    this.pieceStart[i] = start;
    this.pieceEnd[i] = end;
    this.pieceFinal[i] = final ? 1 : 0;
    this.pieces = i + 1;
    return i;
  }

  /** ASCII bytes; `="…"` with text and no quote inside is unwrapped here already (cellText would do just that). */
  private asciiPiece(buf: Uint8Array, start: number, end: number): number {
    let from = start;
    let to = end;
    const wrapped =
      to - from >= 4 &&
      buf[from] === EQUALS &&
      buf[from + 1] === QUOTE &&
      buf[to - 1] === QUOTE &&
      buf.indexOf(QUOTE, from + 2) === to - 1;
    if (wrapped) {
      from += 2;
      to -= 1;
    }
    const out = this.ascii;
    const at = this.asciiAt;
    let w = at;
    for (let i = from; i < to; i++) out[w++] = buf[i];
    this.asciiAt = w;
    return this.newPiece(at, w, wrapped);
  }

  /** Bytes with a non-ASCII character, NUL-terminated in their own buffer; a NUL inside → HAND_OVER. */
  private multiPiece(buf: Uint8Array, start: number, end: number, transform: boolean): number {
    const w = transform
      ? copyQuotedValue(this.multi, this.multiAt, buf, start, end)
      : copyPlain(this.multi, this.multiAt, buf, start, end);
    if (w < 0) return HAND_OVER;
    this.multi[w] = NUL;
    this.multiAt = w + 1;
    return this.newPiece(-1, -1, false);
  }

  /** A value as a piece: ASCII or not (`high`), copied as it is or with `""` → `"` and CRLF / CR → LF (`transform`). */
  private piece(buf: Uint8Array, start: number, end: number, high: number, transform: boolean): number {
    if (high >= 0x80) return this.multiPiece(buf, start, end, transform);
    if (!transform) return this.asciiPiece(buf, start, end);
    const at = this.asciiAt;
    const w = copyQuotedValue(this.ascii, at, buf, start, end);
    if (w < 0) return HAND_OVER;
    this.asciiAt = w;
    return this.newPiece(at, w, false);
  }

  /** The chunk as a batch; null when the non-ASCII text does not decode cleanly (papaparse reads the chunk). */
  private decodePieces(): RowBatch | null {
    const multiText = this.multiAt > 0 ? this.decoder.decode(this.multi.subarray(0, this.multiAt)) : '';
    if (multiText.indexOf('\ufffd') !== -1) {
      for (const slot of this.filledSlots) this.slotLen[slot] = 0;
      return null;
    }
    const asciiText = this.asciiAt > 0 ? this.asciiDecoder.decode(this.ascii.subarray(0, this.asciiAt)) : '';
    let learned = 0;
    for (const slot of this.filledSlots) {
      const piece = this.slotPiece[slot];
      if (piece === -1 || this.slotLen[slot] === 0) continue;
      if (learned >= this.learnedSlot.length) {
        this.learnedSlot = grown(this.learnedSlot, learned + 1);
        this.learnedPiece = grown(this.learnedPiece, learned + 1);
      }
      this.learnedSlot[learned] = slot;
      this.learnedPiece[learned++] = piece;
      this.slotPiece[slot] = -1;
    }
    return {
      asciiText,
      multiText,
      pieces: this.pieces,
      pieceStart: this.pieceStart,
      pieceEnd: this.pieceEnd,
      pieceFinal: this.pieceFinal,
      records: this.records,
      recordRefs: this.recordRefs,
      recordFields: this.recordFields,
      refCount: this.refCount,
      refs: this.refs,
      learned,
      learnedSlot: this.learnedSlot,
      learnedPiece: this.learnedPiece,
    };
  }
}

function copyPlain(out: Uint8Array, at: number, buf: Uint8Array, start: number, end: number): number {
  let w = at;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === NUL) return -1;
    out[w++] = c;
  }
  return w;
}

/**
 * A quoted value's bytes as papaparse gives them once line breaks are LF: each
 * quote inside is the first of a `""` pair (the closing one is not in the
 * value), CRLF and CR become LF. Returns the new write offset, -1 at a NUL.
 */
function copyQuotedValue(out: Uint8Array, at: number, buf: Uint8Array, start: number, end: number): number {
  let w = at;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === NUL) return -1;
    if (c === CR) {
      out[w++] = LF;
      if (i + 1 < end && buf[i + 1] === LF) i++;
    } else {
      out[w++] = c;
      if (c === QUOTE) i++;
    }
  }
  return w;
}
