/**
 * A chunk of the byte path's records (csv-bytes.ts) as plain data: the kept
 * values decoded into two strings, and Int32Arrays of references. Rows are cut
 * from it here, in the thread that reads the bytes or, when the CLI reads a big
 * file's second half on another thread, in the one that receives the batches
 * (a copy made by transferableBatch: two strings and a few buffers, no row arrays).
 */
import type { Cell } from '../cell';
import { cellText } from './csv-cell';

/** Remembered values: slots of a direct-mapped table, kept alike by the reader of the bytes and the cutter of the rows. */
export const SLOTS = 1 << 16;
/** A cell's reference to its value: a piece (≥ 0), null, or the value slot s holds (KNOWN_REF - s); -2 is not one. */
export const NULL_REF = -1;
export const KNOWN_REF = -3;

export interface RowBatch {
  /** The ASCII pieces, end to end. */
  asciiText: string;
  /** The other pieces, each followed by a NUL. */
  multiText: string;
  /** Piece i: asciiText from pieceStart[i] to pieceEnd[i], or (pieceStart -1) the next piece of multiText. */
  pieces: number;
  pieceStart: Int32Array;
  pieceEnd: Int32Array;
  /** 1: the piece is the cell's text already; 0: it goes through cellText. */
  pieceFinal: Int32Array;
  /** Record r's cells: refs from recordRefs[r] to the next record's (or refCount); its field count. */
  records: number;
  recordRefs: Int32Array;
  recordFields: Int32Array;
  refCount: number;
  refs: Int32Array;
  /** After the batch's rows: slot learnedSlot[i] holds piece learnedPiece[i]'s value. */
  learned: number;
  learnedSlot: Int32Array;
  learnedPiece: Int32Array;
  /** The arrays are the batch's own, cut to their counts (a posted copy): a store keeps them without copying. */
  owned?: boolean;
}

/** Rows from the batches of one byte reader, in order (the remembered values are that reader's). */
export class CsvBatchRows {
  /** What each slot holds now (null where nothing was learned yet). */
  readonly remembered: Cell[] = new Array<Cell>(SLOTS).fill(null);

  /** The batch's rows, one per record (its field count, as papaparse counts it: batch.recordFields). */
  rows(batch: RowBatch): Cell[][] {
    const values = pieceValues(batch);
    const refs = batch.refs;
    const rows: Cell[][] = new Array<Cell[]>(batch.records);
    for (let r = 0; r < batch.records; r++) {
      const from = batch.recordRefs[r];
      const to = r + 1 < batch.records ? batch.recordRefs[r + 1] : batch.refCount;
      // As long as its last value, nothing written twice.
      let len = to - from;
      while (len > 0 && this.valueOf(refs[from + len - 1], values) === null) len--;
      const row: Cell[] = new Array<Cell>(len);
      for (let i = 0; i < len; i++) row[i] = this.valueOf(refs[from + i], values);
      rows[r] = row;
    }
    for (let i = 0; i < batch.learned; i++) this.remembered[batch.learnedSlot[i]] = values[batch.learnedPiece[i]];
    return rows;
  }

  private valueOf(ref: number, values: Cell[]): Cell {
    return ref >= 0 ? values[ref] : ref === NULL_REF ? null : this.remembered[KNOWN_REF - ref];
  }
}

function pieceValues(batch: RowBatch): Cell[] {
  const values: Cell[] = new Array<Cell>(batch.pieces);
  const { asciiText, multiText } = batch;
  let m = 0;
  for (let i = 0; i < batch.pieces; i++) {
    const s = batch.pieceStart[i];
    let text: string;
    if (s !== -1) text = asciiText.slice(s, batch.pieceEnd[i]);
    else {
      const e = multiText.indexOf('\0', m);
      text = multiText.slice(m, e);
      m = e + 1;
    }
    values[i] = pieceCell(text, batch.pieceFinal[i]);
  }
  return values;
}

/** A piece's text as its cell: as it is where the reader marked it final (pieceFinal 1), else through cellText. */
export function pieceCell(text: string, final: number): Cell {
  return final === 1 ? text : cellText(text);
}

/** A copy of a batch that owns its arrays (cut to length), and those arrays' buffers, to post to another thread. */
export function transferableBatch(batch: RowBatch): { batch: RowBatch; buffers: ArrayBuffer[] } {
  const copy: RowBatch = {
    ...batch,
    pieceStart: batch.pieceStart.slice(0, batch.pieces),
    pieceEnd: batch.pieceEnd.slice(0, batch.pieces),
    pieceFinal: batch.pieceFinal.slice(0, batch.pieces),
    recordRefs: batch.recordRefs.slice(0, batch.records),
    recordFields: batch.recordFields.slice(0, batch.records),
    refs: batch.refs.slice(0, batch.refCount),
    learnedSlot: batch.learnedSlot.slice(0, batch.learned),
    learnedPiece: batch.learnedPiece.slice(0, batch.learned),
    owned: true,
  };
  const arrays = [copy.pieceStart, copy.pieceEnd, copy.pieceFinal, copy.recordRefs, copy.recordFields, copy.refs];
  const buffers = [...arrays, copy.learnedSlot, copy.learnedPiece].map((a) => a.buffer as ArrayBuffer);
  return { batch: copy, buffers };
}
