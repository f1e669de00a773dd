/** A1 addresses ⇄ zero-based rectangles, the way Excel's API accepts them. */
import { columnLetter } from '../../src/engine/cell';
import { FakeOfficeError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "B2:D10", "A:C" (whole columns), "2:5" (whole rows); an optional "Sheet!" prefix is ignored. */
export function parseAddress(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = local.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2 || parts[0] === '') throw bad(address);
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d{1,7})$/;
  const [a, b = parts[0]] = parts;
  let m1 = cell.exec(a);
  let m2 = cell.exec(b);
  let rect: Rect;
  if (m1 && m2) {
    const r1 = Number(m1[2]) - 1,
      r2 = Number(m2[2]) - 1;
    const c1 = columnIndex(m1[1]),
      c2 = columnIndex(m2[1]);
    rect = { r0: Math.min(r1, r2), c0: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  } else if ((m1 = col.exec(a)) && (m2 = col.exec(b))) {
    const c1 = columnIndex(m1[1]),
      c2 = columnIndex(m2[1]);
    rect = { r0: 0, c0: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  } else if ((m1 = row.exec(a)) && (m2 = row.exec(b))) {
    const r1 = Number(m1[1]) - 1,
      r2 = Number(m2[1]) - 1;
    rect = { r0: Math.min(r1, r2), c0: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  } else {
    throw bad(address);
  }
  checkRect(rect);
  return rect;
}

export function checkRect(rect: Rect): void {
  const ok =
    Number.isInteger(rect.r0) &&
    Number.isInteger(rect.c0) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.r0 >= 0 &&
    rect.c0 >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.r0 + rect.rows <= MAX_ROWS &&
    rect.c0 + rect.cols <= MAX_COLS;
  if (!ok)
    throw new FakeOfficeError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (range ${JSON.stringify(rect)}).`,
    );
}

export function rectAddress(rect: Rect): string {
  const a = `${columnLetter(rect.c0)}${rect.r0 + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return a;
  return `${a}:${columnLetter(rect.c0 + rect.cols - 1)}${rect.r0 + rect.rows}`;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function qualifiedAddress(sheetName: string, rect: Rect): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${rectAddress(rect)}`;
}

export function contains(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r0 && r < rect.r0 + rect.rows && c >= rect.c0 && c < rect.c0 + rect.cols;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

/** The parts of `a` outside `b` (up to four rectangles: above, below, left, right). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  if (!overlaps(a, b)) return [a];
  const top = Math.max(a.r0, b.r0);
  const bottom = Math.min(a.r0 + a.rows, b.r0 + b.rows);
  const out: Rect[] = [];
  if (b.r0 > a.r0) out.push({ r0: a.r0, c0: a.c0, rows: b.r0 - a.r0, cols: a.cols });
  if (a.r0 + a.rows > bottom) out.push({ r0: bottom, c0: a.c0, rows: a.r0 + a.rows - bottom, cols: a.cols });
  if (b.c0 > a.c0) out.push({ r0: top, c0: a.c0, rows: bottom - top, cols: b.c0 - a.c0 });
  const right = b.c0 + b.cols;
  if (a.c0 + a.cols > right) out.push({ r0: top, c0: right, rows: bottom - top, cols: a.c0 + a.cols - right });
  return out;
}

function bad(address: string): FakeOfficeError {
  return new FakeOfficeError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format (address "${address}").`,
  );
}
