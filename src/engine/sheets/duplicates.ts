/**
 * Duplicate keys (order numbers, 工号, account+day) decided independently of
 * row order: identical copies count once; copies that differ are all left
 * out, because nobody can tell which one is right.
 */
import type { Table } from './table';
import { cellText } from '../text';

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
    if (cellText(a.table.get(a.table.sheet.rows[a.index], k)) !== cellText(b.table.get(b.table.sheet.rows[b.index], k))) return false;
  }
  return true;
}

/**
 * Keys of rows in reading order, with rows as numbers (table × 2^32 + row
 * index): a million order rows then cost two arrays, not two million objects.
 */
export class KeyedRows {
  readonly keys: string[] = [];
  readonly refs: number[] = [];
  constructor(readonly tables: Table[]) {}
  push(key: string, tableIndex: number, rowIndex: number): void {
    this.keys.push(key);
    this.refs.push(tableIndex * 4294967296 + rowIndex);
  }
  ref(n: number): RowRef {
    return { table: this.tables[Math.floor(n / 4294967296)], index: n % 4294967296 };
  }
}

/** Group rows by key; only keys seen more than once are returned. */
export function findDuplicates(rows: KeyedRows, same: (a: RowRef, b: RowRef) => boolean): Map<string, DuplicateInfo> {
  const dups = new Map<string, DuplicateInfo>();
  const first = new Map<string, number>();
  const { keys, refs } = rows;
  for (let i = 0; i < keys.length; i++) {
    const f = first.get(keys[i]);
    if (f === undefined) {
      first.set(keys[i], refs[i]);
      continue;
    }
    const ref = rows.ref(refs[i]);
    let d = dups.get(keys[i]);
    if (!d) {
      const head = rows.ref(f);
      dups.set(keys[i], (d = { first: head, rows: [head], conflict: false }));
    }
    d.rows.push(ref);
    if (!d.conflict && !same(d.first, ref)) d.conflict = true;
  }
  return dups;
}
export function isSameRef(a: RowRef, b: RowRef): boolean {
  return a.table === b.table && a.index === b.index;
}

/** "订单报表 第 3、9 行" / "订单报表 rows 3, 9" for messages. */
export function rowsText(rows: RowRef[]): { zh: string; en: string } {
  const bySheet = new Map<string, number[]>();
  for (const r of rows) bySheet.set(r.table.sheet.name, [...(bySheet.get(r.table.sheet.name) ?? []), r.index + 1]);
  return {
    zh: [...bySheet].map(([s, n]) => `${s} 第 ${n.join('、')} 行`).join('，'),
    en: [...bySheet].map(([s, n]) => `${s} row${n.length > 1 ? 's' : ''} ${n.join(', ')}`).join('; '),
  };
}
