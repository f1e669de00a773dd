import {
  Cell,
  CellView,
  SheetData,
  cellAddress,
  columnLetter,
  fileColumn,
  isBlank,
  isBlankText,
  rowAt,
  rowCount,
} from '../cell';
import { normalizeKey, isSummaryRow, isSummaryWord, mayBeSummaryText, SUMMARY_COLUMNS } from '../text';
import type { IssueLog } from '../issues';
import type { FieldDef } from './aliases';
import type { LocalText, Severity } from '../model';
import { msg } from '../messages';

/** A problem at a field (null: the whole row) of one data row: its code, the cell's value, what is wrong and what was done. */
type RowIssue = (
  code: string,
  key: string | null,
  value: unknown,
  message: LocalText,
  action: LocalText,
  agentId?: string,
) => void;
export interface RowReport {
  error: RowIssue;
  warning: RowIssue;
}

/** How many rows from the top to search for the header (exports put titles above it). */
export const HEADER_SEARCH_ROWS = 20;

function stripBrackets(k: string): string {
  return k.replace(/\(.*?\)|（.*?）|\[.*?\]/g, '');
}

/**
 * 千牛 / 赤兔 write a badge into the header: 延 (delayed statistics) or 修
 * (corrected), before or after the name, with or without a space. The key
 * without it, or null when there is none.
 */
function stripBadge(k: string): string | null {
  if (k.length < 3) return null;
  const first = k.charAt(0);
  if (first === '延' || first === '修') return k.slice(1);
  const last = k.charAt(k.length - 1);
  if (last === '延' || last === '修') return k.slice(0, -1);
  return null;
}

/** A field and how strongly an alias names it (0 = its first alias). */
interface AliasHit {
  key: string;
  rank: number;
}

/** Index of alias keys → field key, with and without bracketed units. */
function aliasIndex(fields: FieldDef[]): Map<string, AliasHit> {
  const idx = new Map<string, AliasHit>();
  for (const f of fields) {
    f.aliases.forEach((a, rank) => {
      const k = normalizeKey(a);
      if (!idx.has(k)) idx.set(k, { key: f.key, rank });
    });
  }
  for (const f of fields) {
    f.aliases.forEach((a, rank) => {
      const k = stripBrackets(normalizeKey(a));
      if (!idx.has(k)) idx.set(k, { key: f.key, rank });
    });
  }
  return idx;
}

function hitOfHeader(idx: Map<string, AliasHit>, v: Cell | undefined): AliasHit | undefined {
  const k = normalizeKey(v);
  if (!k) return undefined;
  const hit = idx.get(k) ?? idx.get(stripBrackets(k));
  if (hit) return hit;
  const bare = stripBadge(stripBrackets(k));
  return bare ? idx.get(bare) : undefined;
}

function fieldOfHeader(idx: Map<string, AliasHit>, v: Cell | undefined): string | undefined {
  return hitOfHeader(idx, v)?.key;
}

/** Columns of a header row that name one of `fields`: every one, repeated headers and alternative names included. */
export function columnsNamingFields(header: readonly Cell[], fields: FieldDef[]): number[] {
  const idx = aliasIndex(fields);
  const out: number[] = [];
  for (let c = 0; c < header.length; c++) if (hitOfHeader(idx, header[c])) out.push(c);
  return out;
}

/** The fields a header row names, and the row's index among the first rows that names the most. */
export function bestHeaderRow(sheet: SheetData, fields: FieldDef[]): { index: number; fields: Set<string> } {
  const idx = aliasIndex(fields);
  let best = -1;
  let bestSeen = new Set<string>();
  const limit = Math.min(rowCount(sheet), HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rowAt(sheet, r) ?? [];
    const seen = new Set<string>();
    for (const c of row) {
      const f = fieldOfHeader(idx, c);
      if (f) seen.add(f);
    }
    if (seen.size > bestSeen.size) {
      bestSeen = seen;
      best = r;
    }
  }
  return { index: best, fields: bestSeen };
}

/** Not missing and not blank. */
export function isFilledRow(row: Cell[] | undefined): row is Cell[] {
  if (!row) return false;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return true;
  return false;
}

/** Not missing, not blank, not a summary row (汇总/合计/均值 …). */
export function isDataRow(row: Cell[] | undefined): row is Cell[] {
  return isFilledRow(row) && !isSummaryRow(row);
}

/**
 * isDataRow(rowAt(sheet, index)), reading only the cells that decide it: a sheet with a source makes no row,
 * and a cell it can show in place (`view`) that cannot be a summary word is not cut out either.
 */
export function isDataRowAt(sheet: SheetData, index: number, view: CellView): boolean {
  const source = sheet.source;
  if (!source) return isDataRow(sheet.rows[index]);
  let filled = false;
  for (let k = 0; ; k++) {
    if (source.view?.(index, k, view) && !mayBeSummaryText(view.text, view.from, view.to)) {
      // Not a summary word, and it starts with a printable character (mayBeSummaryText) or is long.
      const blank = isBlankText(view.text, view.from, view.to);
      if (k >= SUMMARY_COLUMNS && !blank) return true;
      filled ||= !blank;
      continue;
    }
    const c = source.cell(index, k);
    if (c === undefined) return filled;
    if (k < SUMMARY_COLUMNS) {
      if (isSummaryWord(c)) return false;
      filled ||= !isBlank(c);
    } else if (c !== null && !isBlank(c)) {
      // The first filled cell after the leading columns is the last that can make it a summary row.
      return !isSummaryWord(c);
    }
  }
}

/** A located input table: where the header is and which column holds each field. */
export class Table {
  constructor(
    readonly sheet: SheetData,
    /** 0-based index of the header row */
    readonly headerIndex: number,
    readonly cols: ReadonlyMap<string, number>,
  ) {}

  private readonly labels = new Map<string, string | null>();
  private dataRows = -1;

  has(key: string): boolean {
    return this.cols.has(key);
  }

  col(key: string): number | undefined {
    return this.cols.get(key);
  }

  /** "买家实际支付金额 (F)"; made once per column, as issues on a big sheet ask for it on thousands of rows. */
  columnLabel(key: string): string | null {
    let label = this.labels.get(key);
    if (label === undefined) {
      const c = this.cols.get(key);
      label =
        c === undefined
          ? null
          : `${String(rowAt(this.sheet, this.headerIndex)![c] ?? '').trim()} (${columnLetter(fileColumn(this.sheet, c))})`;
      this.labels.set(key, label);
    }
    return label;
  }

  cellRef(rowIndex: number, key: string): string | null {
    const c = this.cols.get(key);
    return c === undefined ? null : cellAddress(rowIndex, fileColumn(this.sheet, c));
  }

  get(row: Cell[], key: string): Cell | undefined {
    const c = this.cols.get(key);
    return c === undefined ? undefined : row[c];
  }

  /** Where a field of a data row is, for issues. */
  where(
    rowIndex: number,
    key: string | null,
  ): { sheet: string; row: number; column: string | null; cell: string | null } {
    return {
      sheet: this.sheet.name,
      row: rowIndex + 1,
      column: key ? this.columnLabel(key) : null,
      cell: key ? this.cellRef(rowIndex, key) : cellAddress(rowIndex, fileColumn(this.sheet, 0)),
    };
  }

  /** Reports problems at the fields of one data row: each is logged with its sheet, row, column and cell. */
  reportAt(log: IssueLog, rowIndex: number): RowReport {
    const at =
      (severity: Severity): RowIssue =>
      (code, key, value, message, action, agentId) =>
        log.at(severity, code, this.where(rowIndex, key), value, message, action, agentId);
    return { error: at('error'), warning: at('warning') };
  }

  /** Data rows below the header; blank rows and summary rows (汇总/合计/均值 …) left out. */
  *rows(): Generator<{ index: number; row: Cell[] }> {
    const n = rowCount(this.sheet);
    for (let i = this.headerIndex + 1; i < n; i++) {
      const row = rowAt(this.sheet, i);
      if (isDataRow(row)) yield { index: i, row };
    }
  }

  /**
   * Every non-blank row below the header, summary words included: for sheets the manager writes (the plan),
   * where a cell reading 合计 / Total is a real key or name, not an export's summary line.
   */
  *filledRows(): Generator<{ index: number; row: Cell[] }> {
    const n = rowCount(this.sheet);
    for (let i = this.headerIndex + 1; i < n; i++) {
      const row = rowAt(this.sheet, i);
      if (isFilledRow(row)) yield { index: i, row };
    }
  }

  /** Count of data rows (as rows() yields), without an object per row: order sheets have a million. */
  dataRowCount(): number {
    if (this.dataRows < 0) {
      let n = 0;
      const count = rowCount(this.sheet);
      for (let i = this.headerIndex + 1; i < count; i++) if (isDataRow(rowAt(this.sheet, i))) n++;
      this.dataRows = n;
    }
    return this.dataRows;
  }

  /** The count, from a reader that has just looked at every row anyway (the orders' first pass). */
  noteDataRowCount(n: number): void {
    this.dataRows = n;
  }

  /** Summary rows skipped, for the record. */
  summaryRowCount(): number {
    let n = 0;
    const count = rowCount(this.sheet);
    for (let i = this.headerIndex + 1; i < count; i++) {
      const row = rowAt(this.sheet, i);
      if (row && isSummaryRow(row)) n++;
    }
    return n;
  }
}

/**
 * Find the header row (the row among the first 20 naming the most fields)
 * and map fields to columns. Reports duplicated headers; returns the table
 * and the required fields it lacks.
 */
export function locateTable(
  sheet: SheetData,
  fields: FieldDef[],
  log: IssueLog,
): { table: Table | null; missing: FieldDef[] } {
  const idx = aliasIndex(fields);
  const best = bestHeaderRow(sheet, fields).index;
  if (best < 0) return { table: null, missing: fields.filter((f) => f.required) };
  const header = rowAt(sheet, best)!;
  const letter = (c: number) => columnLetter(fileColumn(sheet, c));
  const headerText = (c: number) => String(header[c]).trim();
  // A header problem is reported at the header cell, named by its text and letter.
  const headerCell = (c: number) => ({
    sheet: sheet.name,
    row: best + 1,
    column: `${headerText(c)} (${letter(c)})`,
    cell: cellAddress(best, fileColumn(sheet, c)),
  });
  const cols = new Map<string, number>();
  const ranks = new Map<string, number>();
  for (let c = 0; c < header.length; c++) {
    const hit = hitOfHeader(idx, header[c]);
    if (!hit) continue;
    const f = hit.key;
    if (cols.has(f)) {
      const first = cols.get(f)!;
      if (normalizeKey(header[first]) !== normalizeKey(header[c])) {
        // Two different names of one field (JD's 应付金额 and 结算金额): the stronger alias is used, said once.
        const keep = hit.rank < ranks.get(f)! ? c : first;
        const drop = keep === c ? first : c;
        cols.set(f, keep);
        ranks.set(f, Math.min(hit.rank, ranks.get(f)!));
        log.at(
          'info',
          'header-alternative',
          headerCell(drop),
          header[drop],
          msg('header-alternative.column-means-the-same-as', {
            trim: headerText(drop),
            letter: letter(drop),
            trim2: headerText(keep),
            letter2: letter(keep),
          }),
          msg('header-alternative.action.column-used', { letter: letter(keep) }),
        );
        continue;
      }
      log.at(
        'warning',
        'duplicate-header',
        headerCell(c),
        header[c],
        msg('duplicate-header.header-appears-twice-columns-and', {
          trim: headerText(c),
          letter: letter(first),
          letter2: letter(c),
        }),
        msg('duplicate-header.action.the-first-column-is-used', { letter: letter(first), letter2: letter(c) }),
      );
      continue;
    }
    cols.set(f, c);
    ranks.set(f, hit.rank);
  }
  const missing = fields.filter((f) => f.required && !cols.has(f.key));
  return { table: new Table(sheet, best, cols), missing };
}
