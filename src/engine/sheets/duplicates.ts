import { rowAt, rowCount } from '../cell';
/**
 * Duplicate keys (order numbers, 工号, account+day) decided independently of
 * row order: identical copies count once; copies that differ are all left
 * out, because nobody can tell which one is right.
 */
import type { Table } from './table';
import { cellText } from '../text';
import { hashString } from '../hashing';
import type { LocalText } from '../model';
import { joined, joinedText, msg } from '../messages';
import { doubled } from '../typed-arrays';

export interface RowRef {
  table: Table;
  index: number;
}

export interface DuplicateInfo {
  first: RowRef;
  rows: RowRef[];
  conflict: boolean;
}

/** The field texts two rows are compared on (fields both tables have). */
export function sameFields(a: RowRef, b: RowRef, keys: string[]): boolean {
  for (const k of keys) {
    if (!a.table.has(k) || !b.table.has(k)) continue;
    if (
      cellText(a.table.get(rowAt(a.table.sheet, a.index)!, k)) !==
      cellText(b.table.get(rowAt(b.table.sheet, b.index)!, k))
    )
      return false;
  }
  return true;
}

/**
 * Keys of rows in reading order. Rows are numbers (table × 2^32 + row
 * index) and each key is hashed once as it comes: a million order rows cost
 * a few typed arrays and no object each. With `keyAt`, keys are not kept
 * either (read again from the row for the few rows that may repeat), so a
 * million order numbers are garbage at once instead of live until the end.
 */
export class KeyedRows {
  private keys: string[] = [];
  private hashes: Int32Array;
  private refs: Float64Array;
  private n = 0;

  constructor(
    readonly tables: Table[],
    private readonly keyAt?: (row: RowRef) => string,
  ) {
    // Room for every row below the headers: no growing and copying on the way.
    const rows = tables.reduce((n, t) => n + Math.max(0, rowCount(t.sheet) - t.headerIndex - 1), 0);
    this.hashes = new Int32Array(Math.max(16, rows));
    this.refs = new Float64Array(Math.max(16, rows));
  }

  push(key: string, tableIndex: number, rowIndex: number): void {
    if (!this.keyAt) this.keys.push(key);
    this.pushHash(hashString(key), tableIndex, rowIndex);
  }

  /** A row by its key's hashString, for callers that hash the key in place (with `keyAt` only). */
  pushHash(hash: number, tableIndex: number, rowIndex: number): void {
    if (this.n === this.hashes.length) this.grow();
    this.hashes[this.n] = hash;
    this.refs[this.n] = tableIndex * 4294967296 + rowIndex;
    this.n++;
  }

  ref(n: number): RowRef {
    return { table: this.tables[Math.floor(n / 4294967296)], index: n % 4294967296 };
  }

  /** Group rows by key; only keys seen more than once are returned (in the order first seen), their rows in reading order. */
  duplicates(same: (a: RowRef, b: RowRef) => boolean): Map<string, DuplicateInfo> {
    const { refs } = this;
    // Only rows whose hash is another row's too can repeat (a few in a million): their keys are compared, in reading order.
    const rowsOf = new Map<string, number[]>();
    for (const i of sharedHashes(this.hashes, this.n)) {
      const key = this.keyAt ? this.keyAt(this.ref(refs[i])) : this.keys[i];
      const list = rowsOf.get(key);
      if (list) list.push(refs[i]);
      else rowsOf.set(key, [refs[i]]);
    }
    const dups = new Map<string, DuplicateInfo>();
    for (const [key, list] of rowsOf) {
      if (list.length < 2) continue;
      const rows = list.map((r) => this.ref(r));
      let conflict = false;
      for (let i = 1; i < rows.length && !conflict; i++) conflict = !same(rows[0], rows[i]);
      dups.set(key, { first: rows[0], rows, conflict });
    }
    return dups;
  }

  private grow(): void {
    this.hashes = doubled(this.hashes);
    this.refs = doubled(this.refs);
  }
}

/**
 * The positions i < n whose hashes[i] occurs more than once, ascending. Why a sort: marking hashes in a bitmap
 * as rows came read a random word of megabytes per row, a cache miss each; a radix sort (three passes of
 * 11 bits) reads and writes in runs.
 */
export function sharedHashes(hashes: Int32Array, n: number): Int32Array {
  let keys = hashes.slice(0, n);
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let keysOut = new Int32Array(n);
  let orderOut = new Int32Array(n);
  const count = new Int32Array(2048);
  for (let shift = 0; shift < 33; shift += 11) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[i] >>> shift) & 2047]++;
    for (let b = 0, sum = 0; b < 2048; b++) {
      const c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = count[(keys[i] >>> shift) & 2047]++;
      keysOut[at] = keys[i];
      orderOut[at] = order[i];
    }
    [keys, keysOut] = [keysOut, keys];
    [order, orderOut] = [orderOut, order];
  }
  // Equal hashes are now adjacent: keep every member of a run of two or more.
  let m = 0;
  for (let i = 0; i < n; i++) {
    if ((i > 0 && keys[i] === keys[i - 1]) || (i + 1 < n && keys[i] === keys[i + 1])) orderOut[m++] = order[i];
  }
  return orderOut.subarray(0, m).sort();
}

export function isSameRef(a: RowRef, b: RowRef): boolean {
  return a.table === b.table && a.index === b.index;
}

/** "订单报表 第 3、9 行" / "订单报表 rows 3, 9" for messages. */
export function rowsText(rows: RowRef[]): LocalText {
  const bySheet = new Map<string, number[]>();
  for (const r of rows) bySheet.set(r.table.sheet.name, [...(bySheet.get(r.table.sheet.name) ?? []), r.index + 1]);
  const each = [...bySheet].map(([sheet, n]) =>
    msg(n.length > 1 ? 'rows.many' : 'rows.one', { sheet, rows: joined(n) }),
  );
  return joinedText(each, '，', '; ');
}
