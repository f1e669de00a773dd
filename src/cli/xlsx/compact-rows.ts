/**
 * A worksheet's rows as a worker thread sends them: typed arrays of cell
 * kinds, columns and numbers (a shared string by its index: the table stays
 * in the receiving thread) and one string holding the rare text the worker
 * made (inline strings, formula results), transferred rather than copied
 * value by value. The receiving thread replays them into SheetRows, which
 * places them exactly as the scanner would have in that thread.
 */
import type { RowSink, SheetRows } from './sheet-rows';
import { detach } from './xml-text';

const KIND = { number: 0, text: 1, true: 2, false: 3, shared: 4 } as const;

interface CompactArrays {
  /** Per row, in document order: its index, one past its last cell, one past its last skipped cell with a value. */
  rowIndexes: Int32Array;
  rowEnds: Int32Array;
  rowWidths: Int32Array;
  /** Per cell: its kind, its column, and a number's value, a shared string's index or a text's length in `texts`. */
  kinds: Uint8Array;
  cols: Int32Array;
  values: Float64Array;
}

export interface CompactRows extends CompactArrays {
  texts: string;
}

function compactArrays(rows: number, cells: number): CompactArrays {
  const [rowIndexes, rowEnds, rowWidths] = [0, 1, 2].map(() => new Int32Array(rows));
  return {
    rowIndexes,
    rowEnds,
    rowWidths,
    kinds: new Uint8Array(cells),
    cols: new Int32Array(cells),
    values: new Float64Array(cells),
  };
}

export function transferables(rows: CompactRows): ArrayBuffer[] {
  return [rows.rowIndexes, rows.rowEnds, rows.rowWidths, rows.kinds, rows.cols, rows.values].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Rows go out in batches of about this many cells: each message has a cost, and its arrays are allocated at this size. */
export const BATCH_CELLS = 1 << 17;

/** The engine's doubled(), kept here: the worker loads no engine code. */
function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export interface CompactOut {
  /** Rows per message, counted in cells. */
  batchCells: number;
  send(rows: CompactRows): void;
  /** Every row before `narrowFrom` has been sent (null: no columns are to be chosen). */
  firstRowsSent: (() => void) | null;
}

/** The sink of the scanner in a worker: records rows and sends them in batches of whole rows. */
export class CompactWriter implements RowSink {
  keep: Uint8Array | null = null;
  private rows = 0;
  private cells = 0;
  private a: CompactArrays;
  private texts: string[] = [];
  private firstRowsSent: (() => void) | null;

  constructor(
    readonly narrowFrom: number,
    private readonly out: CompactOut,
  ) {
    this.firstRowsSent = out.firstRowsSent;
    const cells = out.batchCells + 64;
    this.a = compactArrays((cells >> 2) + 1, cells);
  }

  /**
   * From now on, cells of other columns from row narrowFrom on are only checked for a value. The mask is made
   * here, not by the engine's columnMask: the worker loads no engine code, so it starts fast.
   */
  narrow(columns: number[]): void {
    const keep = new Uint8Array(columns[columns.length - 1] + 1);
    for (const c of columns) keep[c] = 1;
    this.keep = keep;
  }

  startRow(row: number): void {
    const firstRowsSent = this.firstRowsSent;
    if (firstRowsSent !== null && row >= this.narrowFrom) {
      // The main thread chooses the columns from the rows before this one: they go now.
      this.flush();
      this.firstRowsSent = null;
      firstRowsSent();
    } else if (this.cells >= this.out.batchCells) this.flush();
    const a = this.a;
    if (this.rows === a.rowIndexes.length) {
      a.rowIndexes = grown(a.rowIndexes, 2 * this.rows);
      a.rowEnds = grown(a.rowEnds, 2 * this.rows);
      a.rowWidths = grown(a.rowWidths, 2 * this.rows);
    }
    a.rowIndexes[this.rows] = row;
    a.rowEnds[this.rows] = this.cells;
    a.rowWidths[this.rows] = 0;
    this.rows++;
  }

  value(col: number, v: string | number | boolean): void {
    if (typeof v === 'number') this.add(KIND.number, col, v);
    else if (typeof v === 'boolean') this.add(v ? KIND.true : KIND.false, col, 0);
    else {
      this.texts.push(v);
      this.add(KIND.text, col, v.length);
    }
  }

  sharedString(col: number, index: number): void {
    this.add(KIND.shared, col, index);
  }

  endRow(width: number): void {
    if (this.rows === 0) return; // before the first row: nothing was recorded
    this.a.rowEnds[this.rows - 1] = this.cells;
    this.a.rowWidths[this.rows - 1] = width;
  }

  private add(kind: number, col: number, value: number): void {
    const a = this.a;
    const at = this.cells++;
    if (at === a.kinds.length) {
      a.kinds = grown(a.kinds, 2 * at);
      a.cols = grown(a.cols, 2 * at);
      a.values = grown(a.values, 2 * at);
    }
    a.kinds[at] = kind;
    a.cols[at] = col;
    a.values[at] = value;
  }

  /** Hands over every row recorded, their arrays with them (called between rows: a batch holds whole rows), and starts afresh. */
  flush(): void {
    if (this.rows === 0) return;
    const a = this.a;
    const [rows, cells] = [this.rows, this.cells];
    // Sending transfers the arrays' memory: the next rows go into new ones as large.
    this.a = compactArrays(a.rowIndexes.length, a.kinds.length);
    this.rows = 0;
    this.cells = 0;
    const texts = this.texts.join('');
    this.texts = [];
    this.out.send({
      rowIndexes: a.rowIndexes.subarray(0, rows),
      rowEnds: a.rowEnds.subarray(0, rows),
      rowWidths: a.rowWidths.subarray(0, rows),
      kinds: a.kinds.subarray(0, cells),
      cols: a.cols.subarray(0, cells),
      values: a.values.subarray(0, cells),
      texts,
    });
  }
}

/**
 * The rows a worker sent → `rows`, cell by cell as the scanner would have
 * given them. Cells of columns `rows` does not keep (rows the worker read
 * before it learnt the columns) only lengthen their row when they hold a value.
 * Each row is made at its greatest possible length at once (one past its last
 * cell, or the worker's width) and cut back to what its cells make it.
 */
export function replayRows(batch: CompactRows, rows: SheetRows, strings: { isEmpty(index: number): boolean }): void {
  const { rowIndexes, rowEnds, rowWidths, kinds, cols, values, texts } = batch;
  let textAt = 0;
  let c = 0;
  for (let r = 0; r < rowIndexes.length; r++) {
    const row = rowIndexes[r];
    const end = rowEnds[r];
    let width = rowWidths[r];
    let most = width;
    for (let k = c; k < end; k++) if (cols[k] >= most) most = cols[k] + 1;
    rows.startRow(row, most);
    const keep = row >= rows.narrowFrom ? rows.keep : null;
    for (; c < end; c++) {
      const kind = kinds[c];
      const col = cols[c];
      const v = values[c];
      let text = '';
      if (kind === KIND.text) {
        text = detach(texts.slice(textAt, textAt + v));
        textAt += v;
      }
      if (keep !== null && keep[col] !== 1) {
        if (col >= width && (kind !== KIND.shared || !strings.isEmpty(v))) width = col + 1;
        continue;
      }
      if (kind === KIND.shared) {
        if (!rows.sharedString(col, v)) continue;
      } else rows.value(col, kind === KIND.number ? v : kind === KIND.text ? text : kind === KIND.true);
      if (col >= width) width = col + 1;
    }
    rows.endRow(width, true);
  }
}
