/**
 * A big CSV's rows kept as the byte path's batches (two strings and a few
 * typed arrays each), each row cut out when it is asked for. The 1M-row order
 * report kept as arrays of strings left 410 MB of heap after the read, every
 * object of it copied by V8 as it survived its first collections; kept this
 * way, 90 MB of heap and the typed arrays, and a row cut for one pass dies
 * young, which costs the collector next to nothing. Rows papaparse reads (the
 * first rows, the last record, anything the byte path hands over) are kept as
 * they are.
 */
import type { Cell, CellView, RowSource } from '../cell';
import { KNOWN_REF, NULL_REF, pieceCell, SLOTS, type RowBatch } from './csv-batch';
import { doubled } from '../typed-arrays';
import { isCellTextAsIs } from './csv-cell';
import { isPlainText, isPlainTextIn } from '../text';

/** One batch, owning its arrays. Pieces: ASCII ones have pieceStart ≥ 0; others start at -1 - pieceStart in multiText. */
interface StoredBatch {
  records: number;
  asciiText: string;
  multiText: string;
  pieceStart: Int32Array;
  pieceEnd: Int32Array;
  pieceFinal: Uint8Array;
  recordRefs: Int32Array;
  refCount: number;
  /** Refs as in RowBatch, except that KNOWN_REF - v names the store's value v (see value()), not a reader's slot. */
  refs: Int32Array;
}

/** Rows `first` to `first + size`: kept as they are (`rows`), or a batch's records. One shape, for the hot path. */
class Segment {
  constructor(
    readonly first: number,
    public size: number,
    readonly rows: Cell[][] | null,
    readonly batch: StoredBatch | null,
  ) {}
}

const CACHE_SLOTS = 1 << 14;

/** Which of the store's values each slot of one byte reader's remembered table holds (see CsvBatchRows). */
export class RememberedSlots {
  readonly value = new Int32Array(SLOTS).fill(-1);
}

export class CsvRowStore implements RowSource {
  private readonly segments: Segment[] = [];
  private readonly batches: StoredBatch[] = [];
  /**
   * The values the readers remembered (statuses, amounts, agents, repeat buyers …): value v is a cell learned
   * before the store began (v < cells.length), or piece learnedPiece[k] of batch learnedBatch[k] (k = v -
   * cells.length), cut when asked like any piece: a million remembered values are no million strings kept.
   */
  private readonly cells: Cell[] = [];
  private learnedBatch = new Int32Array(1024);
  private learnedPiece = new Int32Array(1024);
  private learned = 0;
  /** Remembered values cut lately, by v mod CACHE_SLOTS: a status or an amount is asked for again and again. */
  private readonly cachedValue = new Int32Array(CACHE_SLOTS).fill(-1);
  private readonly cachedCell: Cell[] = new Array<Cell>(CACHE_SLOTS).fill(null);
  private rowCount = 0;
  /** The segment the last row asked for was in: passes go row by row. */
  private last = 0;
  private materialized: Cell[][] | null = null;

  get count(): number {
    return this.rowCount;
  }

  /** Whether every row was made at once (some reader of `rows` that does not know the store): tests check it is not. */
  get wasMaterialized(): boolean {
    return this.materialized !== null;
  }

  pushRow(row: Cell[]): void {
    const tail = this.segments[this.segments.length - 1];
    if (tail?.rows) {
      tail.rows.push(row);
      tail.size++;
    } else this.segments.push(new Segment(this.rowCount, 1, [row], null));
    this.rowCount++;
  }

  /** A batch of the byte reader whose remembered values `slots` follows (one per reader: this thread's, the worker's). */
  pushBatch(batch: RowBatch, slots: RememberedSlots): void {
    // A reader's own batch is overwritten by its next read: its arrays are copied (a posted one's are kept).
    const own = <T extends Int32Array>(a: T, length: number): T => (batch.owned ? a : (a.slice(0, length) as T));
    const pieceStart = own(batch.pieceStart, batch.pieces);
    const pieceEnd = own(batch.pieceEnd, batch.pieces);
    let m = 0;
    for (let i = 0; i < batch.pieces; i++) {
      if (pieceStart[i] !== -1) continue;
      const e = batch.multiText.indexOf('\0', m);
      pieceStart[i] = -1 - m;
      pieceEnd[i] = e;
      m = e + 1;
    }
    const refs = own(batch.refs, batch.refCount);
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (ref <= KNOWN_REF) refs[i] = KNOWN_REF - slots.value[KNOWN_REF - ref];
    }
    const stored: StoredBatch = {
      records: batch.records,
      asciiText: batch.asciiText,
      multiText: batch.multiText,
      pieceStart,
      pieceEnd,
      pieceFinal: new Uint8Array(batch.pieceFinal.subarray(0, batch.pieces)),
      recordRefs: own(batch.recordRefs, batch.records),
      refCount: batch.refCount,
      refs,
    };
    this.batches.push(stored);
    for (let i = 0; i < batch.learned; i++) {
      if (this.learned === this.learnedBatch.length) {
        this.learnedBatch = doubled(this.learnedBatch);
        this.learnedPiece = doubled(this.learnedPiece);
      }
      this.learnedBatch[this.learned] = this.batches.length - 1;
      this.learnedPiece[this.learned] = batch.learnedPiece[i];
      slots.value[batch.learnedSlot[i]] = this.cells.length + this.learned++;
    }
    if (batch.records > 0) this.segments.push(new Segment(this.rowCount, batch.records, null, stored));
    this.rowCount += batch.records;
  }

  /** What the slots of a reader hold now, whose earlier batches were cut into rows (see CsvBatchRows.remembered). */
  learnAll(remembered: readonly Cell[], slots: RememberedSlots): void {
    if (this.learned > 0) throw new Error('CsvRowStore: learnAll after a batch');
    for (let s = 0; s < remembered.length; s++) {
      this.cells.push(remembered[s]);
      slots.value[s] = this.cells.length - 1;
    }
  }

  /** Drops blank rows at the end (as a reader of rows does). */
  dropTrailingBlankRows(): void {
    while (this.rowCount > 0 && this.row(this.rowCount - 1)!.length === 0) {
      const tail = this.segments[this.segments.length - 1];
      tail.rows?.pop();
      if (--tail.size === 0) this.segments.pop();
      this.rowCount--;
      this.last = 0;
    }
  }

  /** Row `index`: a new array each time (as long as its last value), undefined past the end. */
  row(index: number): Cell[] | undefined {
    if (index < 0 || index >= this.rowCount) return undefined;
    const s = this.segmentOf(index);
    return s.rows ? s.rows[index - s.first] : this.batchRow(s.batch!, index - s.first);
  }

  /** A cell of row `index`, as row(index)[column] would be, without making the row. */
  cell(index: number, column: number): Cell | undefined {
    if (index < 0 || index >= this.rowCount) return undefined;
    const s = this.segmentOf(index);
    if (s.rows) return s.rows[index - s.first][column];
    const b = s.batch!;
    const r = index - s.first;
    const from = b.recordRefs[r];
    const to = recordEnd(b, r);
    if (column < 0 || column >= to - from) return undefined;
    const v = this.valueOf(b, b.refs[from + column]);
    if (v !== null) return v;
    // Past the row's last value: the row is cut there.
    for (let k = from + column + 1; k < to; k++) if (this.valueOf(b, b.refs[k]) !== null) return null;
    return undefined;
  }

  /**
   * Cell (index, column) in place (see RowSource.view): an ASCII piece that is its cell's text as it stands, the
   * row's own or the one a remembered value was learned from (so a repeat buyer is not cut either). Any other
   * remembered value is shown whole (cut once, then cached). A piece of the row's own that is not ASCII, or whose
   * text cellText would change, is cut by cell() as usual.
   */
  view(index: number, column: number, out: CellView): boolean {
    return this.inPlace(index, column, out, false);
  }

  /** See RowSource.plainView: ASCII and non-ASCII pieces alike, when isPlainText holds for their text. */
  plainView(index: number, column: number, out: CellView): boolean {
    return this.inPlace(index, column, out, true);
  }

  private inPlace(index: number, column: number, out: CellView, plain: boolean): boolean {
    if (index < 0 || index >= this.rowCount) return false;
    const s = this.segmentOf(index);
    const b = s.batch;
    if (b === null) return false;
    const r = index - s.first;
    const from = b.recordRefs[r];
    const to = recordEnd(b, r);
    if (column < 0 || column >= to - from) return false;
    const ref = b.refs[from + column];
    if (ref >= 0) return pieceView(b, ref, out, plain);
    if (ref === NULL_REF) return false;
    const v = KNOWN_REF - ref;
    if (v >= this.cells.length) {
      const k = v - this.cells.length;
      if (pieceView(this.batches[this.learnedBatch[k]], this.learnedPiece[k], out, plain)) return true;
    }
    // Learned before the store began, or not in place (a status, a name): the value, cut once and cached.
    const cell = this.value(v);
    if (typeof cell !== 'string' || (plain && !isPlainText(cell))) return false;
    out.text = cell;
    out.from = 0;
    out.to = cell.length;
    return true;
  }

  /** Every row at once, for code that reads `rows` (kept: later calls are free). */
  all(): Cell[][] {
    if (this.materialized === null) {
      const rows: Cell[][] = new Array<Cell[]>(this.rowCount);
      for (let i = 0; i < this.rowCount; i++) rows[i] = this.row(i)!;
      this.materialized = rows;
    }
    return this.materialized;
  }

  private batchRow(b: StoredBatch, r: number): Cell[] {
    const from = b.recordRefs[r];
    const to = recordEnd(b, r);
    const refs = b.refs;
    let len = to - from;
    while (len > 0 && this.valueOf(b, refs[from + len - 1]) === null) len--;
    const row: Cell[] = new Array<Cell>(len);
    for (let i = 0; i < len; i++) row[i] = this.valueOf(b, refs[from + i]);
    return row;
  }

  private valueOf(b: StoredBatch, ref: number): Cell {
    return ref >= 0 ? pieceValue(b, ref) : ref === NULL_REF ? null : this.value(KNOWN_REF - ref);
  }

  private value(v: number): Cell {
    if (v < this.cells.length) return this.cells[v];
    const slot = v & (CACHE_SLOTS - 1);
    if (this.cachedValue[slot] === v) return this.cachedCell[slot];
    const k = v - this.cells.length;
    const cell = pieceValue(this.batches[this.learnedBatch[k]], this.learnedPiece[k]);
    this.cachedValue[slot] = v;
    this.cachedCell[slot] = cell;
    return cell;
  }

  private segmentOf(index: number): Segment {
    const segments = this.segments;
    const at = segments[this.last];
    if (at !== undefined && index >= at.first && index < at.first + at.size) return at;
    const next = segments[this.last + 1];
    if (next !== undefined && index >= next.first && index < next.first + next.size) return segments[++this.last];
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].first <= index) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return segments[lo];
  }
}

/** Where record r's cell references end: the next record's start, or the batch's end. */
function recordEnd(b: StoredBatch, r: number): number {
  return r + 1 < b.records ? b.recordRefs[r + 1] : b.refCount;
}

/**
 * Piece `piece` of b in place. `plain`: any piece whose text isPlainText (csv-cell's cellText and text.ts's then
 * return it as it is; it also passes isCellTextAsIs). Otherwise an ASCII piece that is final already or its
 * cell's text as it stands.
 */
function pieceView(b: StoredBatch, piece: number, out: CellView, plain: boolean): boolean {
  const start = b.pieceStart[piece];
  const end = b.pieceEnd[piece];
  const text = start >= 0 ? b.asciiText : b.multiText;
  const from = start >= 0 ? start : -1 - start;
  const inPlace = plain
    ? isPlainTextIn(text, from, end)
    : start >= 0 && (b.pieceFinal[piece] === 1 || isCellTextAsIs(text, from, end));
  if (!inPlace) return false;
  out.text = text;
  out.from = from;
  out.to = end;
  return true;
}

/** A piece's cell, as CsvBatchRows makes it. */
function pieceValue(b: StoredBatch, piece: number): Cell {
  const s = b.pieceStart[piece];
  const text = s >= 0 ? b.asciiText.slice(s, b.pieceEnd[piece]) : b.multiText.slice(-1 - s, b.pieceEnd[piece]);
  return pieceCell(text, b.pieceFinal[piece]);
}
