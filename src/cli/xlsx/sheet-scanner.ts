/**
 * A worksheet's XML, fed as text chunks, → its rows of values. Reads only
 * what values need: `<row r>`, `<c r t s>` with its `<v>` or inline `<is>`,
 * and `<mergeCell ref>`; everything else is stepped over. A general XML
 * tokenizer (saxes) took ~1.4 s of CPU per 40 MB of sheet XML here, which a
 * million-row sheet multiplies past the CLI's whole time budget; see README
 * "What stays hand-written, and why".
 */
import type { Cell } from '../../engine';
import type { RowSink } from './sheet-rows';
import { detach, stringItemText, xmlText } from './xml-text';

export interface CellContext {
  /** Only whether an item is empty: the sink, not the scanner, makes shared strings into text. */
  sharedStrings: { isEmpty(index: number): boolean };
  dateStyles: boolean[];
  date1904: boolean;
}

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const EQUALS = 61;
const MS_PER_DAY = 86400000;
const UNIX_EPOCH_SERIAL = 25569;

/** `s="…"`-styled date → serial days, rounded to the millisecond as ExcelJS's Date makes it (and 1904 dates moved to 1900's count). */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  return (ms + UNIX_EPOCH_SERIAL * MS_PER_DAY) / MS_PER_DAY;
}

/** `t="d"` (ISO 8601, strict OOXML) → serial days; text when it is not a date. */
function isoDateSerial(text: string): Cell {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes('T') ? text : text + 'Z');
  return Number.isNaN(ms) ? text : (ms + UNIX_EPOCH_SERIAL * MS_PER_DAY) / MS_PER_DAY;
}

export const isNameEnd = (c: number) => c === GT || c === SLASH || c === 32 || c === 9 || c === 10 || c === 13;

export class SheetScanner {
  readonly merges: string[] = [];
  private carry = '';
  private row = -1;
  private nextCol = 0;
  // Attribute spans of the start tag being read (-1: absent).
  private rAt = -1;
  private tAt = -1;
  private tEnd = -1;
  private sValue = -1;
  // The `<v>` content found by findValue.
  private vFrom = 0;
  private vEnd = 0;
  /** One past the last skipped cell of the current row with a value. */
  private rowWidth = 0;

  /**
   * Values go to `sink`; from its `narrowFrom` row on, cells of columns its
   * `keep` leaves out are stepped over without making their values, only
   * noting how long they make the row (what the full row's length would be),
   * so every reader of a sheet gives the engine and the Audit checksum the same rows.
   */
  constructor(
    private readonly ctx: CellContext,
    private readonly sink: RowSink,
  ) {}

  push(text: string): void {
    const s = this.carry.length > 0 ? this.carry + text : text;
    this.carry = s.slice(this.scan(s, false));
  }

  /** Throws when the text ended inside an element. */
  finish(): void {
    const rest = this.carry.slice(this.scan(this.carry, true));
    if (rest.trim().length > 0) throw new Error('worksheet XML ends inside an element');
    this.sink.endRow(this.rowWidth);
  }

  /** Reads every complete element of `s`; returns where the first incomplete one starts. */
  private scan(s: string, last: boolean): number {
    let at = 0;
    const n = s.length;
    for (;;) {
      const lt = s.indexOf('<', at);
      if (lt === -1) return n;
      if (n - lt < 12 && !last) return lt; // too short to tell which element: wait for more text
      const c1 = s.charCodeAt(lt + 1);
      let next: number;
      if (c1 === 99 && isNameEnd(s.charCodeAt(lt + 2))) next = this.cell(s, lt);
      else if (
        c1 === 114 &&
        s.charCodeAt(lt + 2) === 111 &&
        s.charCodeAt(lt + 3) === 119 &&
        isNameEnd(s.charCodeAt(lt + 4))
      )
        next = this.rowStart(s, lt);
      else if (c1 === 33 && s.startsWith('<!--', lt))
        next = s.indexOf('-->', lt) === -1 ? -1 : s.indexOf('-->', lt) + 3;
      else if (c1 === 109 && s.startsWith('<mergeCell', lt) && isNameEnd(s.charCodeAt(lt + 10)))
        next = this.mergeCell(s, lt);
      else next = s.indexOf('>', lt) === -1 ? -1 : s.indexOf('>', lt) + 1;
      if (next < 0) return lt;
      at = next;
    }
  }

  private rowStart(s: string, lt: number): number {
    const gt = this.attributes(s, lt + 4);
    if (gt < 0) return -1;
    this.sink.endRow(this.rowWidth);
    this.rowWidth = 0;
    this.row = this.rAt >= 0 ? digitsAt(s, this.rAt) - 1 : this.row + 1;
    this.nextCol = 0;
    this.sink.startRow(this.row);
    return gt + 1;
  }

  private mergeCell(s: string, lt: number): number {
    const gt = s.indexOf('>', lt);
    if (gt < 0) return -1;
    const m = /\sref\s*=\s*["']([^"']*)["']/.exec(s.slice(lt, gt));
    if (m) this.merges.push(m[1]);
    return gt + 1;
  }

  private cell(s: string, lt: number): number {
    const gt = this.attributes(s, lt + 2);
    if (gt < 0) return -1;
    const col = this.rAt >= 0 ? columnAt(s, this.rAt) : this.nextCol;
    this.nextCol = col + 1;
    if (s.charCodeAt(gt - 1) === SLASH) return gt + 1;
    const end = s.indexOf('</c>', gt);
    if (end < 0) return -1;
    const keep = this.sink.keep;
    if (keep !== null && this.row >= this.sink.narrowFrom && keep[col] !== 1) {
      if (col >= this.rowWidth && this.hasValue(s, gt + 1, end)) this.rowWidth = col + 1;
      return end + 4;
    }
    if (this.row >= 0) this.emit(col, s, gt + 1, end);
    return end + 4;
  }

  /** The cell's content `s[from, end)` to the sink: a shared string by its index (the sink knows the table), anything else as `value` makes it. */
  private emit(col: number, s: string, from: number, end: number): void {
    if (this.tAt >= 0 && s.charCodeAt(this.tAt) === 115 && this.tEnd - this.tAt === 1) {
      if (this.findValue(s, from, end)) this.sink.sharedString(col, digitsAt(s, this.vFrom));
      return;
    }
    const v = this.value(s, from, end);
    if (v !== null) this.sink.value(col, v);
  }

  /** Would `value` give this cell a value? Decided without making it (a shared string's text included). */
  private hasValue(s: string, from: number, end: number): boolean {
    const t = this.tAt < 0 ? 0 : s.charCodeAt(this.tAt);
    if (t === 105 /* inlineStr */) {
      // The plain `<is><t>text</t></is>` is decided on its text's length; anything else (runs, phonetics) is read in full.
      const open = tagWithin(s, 116 /* t */, from, end);
      const gt = open < 0 ? -1 : s.indexOf('>', open);
      const close = gt < 0 ? -1 : s.indexOf('</t>', gt);
      const plain =
        close > 0 &&
        close < end &&
        s.startsWith('</is>', close + 4) &&
        s.charCodeAt(gt - 1) !== SLASH &&
        s.startsWith('<is><t', from);
      return plain ? close > gt + 1 : this.value(s, from, end) !== null;
    }
    const v = tagWithin(s, 118 /* v */, from, end);
    if (v < 0) return false;
    const gt = s.indexOf('>', v);
    if (s.charCodeAt(gt - 1) === SLASH || s.charCodeAt(gt + 1) === LT) return false; // <v/> or <v></v>
    if (t === 115 && this.tEnd - this.tAt === 1) return !this.ctx.sharedStrings.isEmpty(digitsAt(s, gt + 1));
    return true;
  }

  /** Where the `<v>` content of `s[from, end)` is (vFrom, vEnd); false when there is none or it is empty. */
  private findValue(s: string, from: number, end: number): boolean {
    let vFrom: number;
    if (s.charCodeAt(from) === LT && s.charCodeAt(from + 1) === 118 && s.charCodeAt(from + 2) === GT) vFrom = from + 3;
    else {
      const open = /<v(?:\s[^>]*)?>/.exec(s.slice(from, end));
      if (!open) return false; // a formula without a cached value, or an empty cell
      vFrom = from + open.index + open[0].length;
    }
    this.vFrom = vFrom;
    this.vEnd = s.indexOf('<', vFrom);
    return this.vEnd > vFrom;
  }

  /** The value of a cell that is not a shared string, from its content `s[from, end)`, by its type (`t`) and style (`s`). */
  private value(s: string, from: number, end: number): Cell {
    const t = this.tAt < 0 ? 0 : s.charCodeAt(this.tAt);
    if (t === 105 /* inlineStr */) return detach(stringItemText(s.slice(from, end))) || null;
    if (!this.findValue(s, from, end)) return null;
    const vFrom = this.vFrom;
    const vEnd = this.vEnd;
    if (t === 0 || t === 110 /* n */) {
      const n = numberAt(s, vFrom, vEnd);
      return this.sValue >= 0 && this.ctx.dateStyles[this.sValue] === true ? dateSerial(n, this.ctx.date1904) : n;
    }
    const raw = s.slice(vFrom, vEnd);
    // A formula's string result sits in <v>, where _xHHHH_ is not an escape (ExcelJS leaves it too).
    if (t === 115 /* str */) return detach(xmlText(raw)) || null;
    if (t === 98 /* b */) return parseInt(raw, 10) !== 0;
    if (t === 101 /* e */) return detach(xmlText(raw));
    if (t === 100 /* d */) return isoDateSerial(detach(xmlText(raw)));
    return detach(xmlText(raw)) || null;
  }

  /** Reads the start tag's attributes from `i` to its `>`, noting r, t and s; returns the `>`'s index or -1 when it is not in `s` yet. */
  private attributes(s: string, i: number): number {
    this.rAt = -1;
    this.tAt = -1;
    this.sValue = -1;
    const n = s.length;
    for (;;) {
      let c = s.charCodeAt(i);
      while (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH) c = s.charCodeAt(++i);
      if (c === GT) return i;
      if (i >= n) return -1;
      const name = i;
      while (c !== EQUALS && i < n) c = s.charCodeAt(++i);
      let q = i + 1;
      while (s.charCodeAt(q) !== QUOTE && s.charCodeAt(q) !== APOS && q < n) q++;
      const close = s.indexOf(s[q], q + 1);
      if (q >= n || close < 0) return -1;
      if (i - name === 1) {
        const which = s.charCodeAt(name);
        if (which === 114) this.rAt = q + 1;
        else if (which === 116) {
          this.tAt = q + 1;
          this.tEnd = close;
        } else if (which === 115) this.sValue = digitsAt(s, q + 1);
      }
      i = close + 1;
    }
  }
}

/** Where a start tag of the one-letter name `letter` begins in s[from, end), or -1; never looks past `end` (a cell's content is short). */
function tagWithin(s: string, letter: number, from: number, end: number): number {
  for (let i = s.indexOf('<', from); i >= 0 && i < end; i = s.indexOf('<', i + 1))
    if (s.charCodeAt(i + 1) === letter && isNameEnd(s.charCodeAt(i + 2))) return i;
  return -1;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A `<v>` number, as parseFloat reads it. Plain decimals of up to 15 digits
 * are read from the characters: digits / 10^k is one correctly rounded
 * division of two exact doubles, so the result is parseFloat's, without a
 * string per cell; anything else (exponents, longer numbers) goes to parseFloat.
 */
function numberAt(s: string, from: number, end: number): number {
  let i = from;
  const negative = s.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0;
  let count = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      count++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return parseFloat(s.slice(from, end));
  }
  if (count === 0 || count > 15) return parseFloat(s.slice(from, end));
  const v = scale > 0 ? digits / POWERS_OF_TEN[scale] : digits;
  return negative ? -v : v;
}

/** The non-negative integer written at `i` (a row number, a shared-string or style index). */
function digitsAt(s: string, i: number): number {
  let v = 0;
  for (let c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i)) v = v * 10 + (c - 48);
  return v;
}

/** The 0-based column of a reference such as `AB12` written at `i`. */
function columnAt(s: string, i: number): number {
  let col = 0;
  for (let c = s.charCodeAt(i); c >= 65 && c <= 90; c = s.charCodeAt(++i)) col = col * 26 + (c - 64);
  return col - 1;
}
