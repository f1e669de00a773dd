/**
 * The UTF-8 bytes of JSON.stringify(row) + '\n', trailing nulls left out,
 * written straight into one reused buffer. Why: the sheet checksum hashes every
 * row of a million-row sheet, and a JSON string per row (then encoding it) made
 * that the biggest allocation of a CLI run. The bytes must stay exactly
 * JSON.stringify's, so checksums of locked months still compare equal.
 * Trailing nulls do not count because readers differ only there: Excel gives a
 * row as wide as the used range, the CLI's readers stop at its last value.
 */

const QUOTE = 34;
const BACKSLASH = 92;
/** Two-character escapes JSON.stringify uses for control characters; the rest are \u00xx. */
const SHORT_ESCAPE: Record<number, number> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114 };
const HEX = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
const NULL = [110, 117, 108, 108];
const TRUE = [116, 114, 117, 101];
const FALSE = [102, 97, 108, 115, 101];

export class JsonRowBytes {
  private buf: Uint8Array;
  private pos = 0;

  /** `sink` receives full buffers (a view valid only during the call) and the rest at `end()`. */
  constructor(
    private readonly sink: (bytes: Uint8Array) => void,
    size = 1 << 20,
  ) {
    this.buf = new Uint8Array(size);
  }

  /**
   * JSON.stringify(row) + '\n' of the row up to its last value JSON writes as something other than null;
   * with `keep`, columns c where keep[c] is not 1 are written as null (as row.map to null would). A byte
   * mask, not a predicate: a 46-column sheet of a million rows asks it 46 million times.
   */
  row(row: readonly unknown[], keep?: Uint8Array): void {
    this.room(2);
    this.buf[this.pos++] = 91; // [
    const end = rowEnd(row, keep);
    for (let c = 0; c < end; c++) {
      if (c > 0) {
        this.room(1);
        this.buf[this.pos++] = 44; // ,
      }
      if (keep !== undefined && keep[c] !== 1) this.bytes(NULL);
      else this.value(row[c]);
    }
    this.room(2);
    this.buf[this.pos++] = 93; // ]
    this.buf[this.pos++] = 10; // \n
  }

  /** Hand over what is left. */
  end(): void {
    if (this.pos > 0) this.sink(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  private value(v: unknown): void {
    if (typeof v === 'string') this.string(v);
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) this.bytes(NULL);
      else if (!this.cents(v)) this.ascii(String(v));
    } else if (typeof v === 'boolean') this.bytes(v ? TRUE : FALSE);
    else if (v === null || v === undefined || typeof v === 'function' || typeof v === 'symbol') this.bytes(NULL);
    else this.rawJson(JSON.stringify(v) ?? 'null'); // a Date or another object: its JSON as JSON.stringify writes it
  }

  /** A JSON string literal, escaped as JSON.stringify escapes (lone surrogates as \udxxx), in UTF-8. */
  private string(s: string): void {
    // Worst case 6 bytes per UTF-16 unit (\u00xx); a string longer than the buffer is written in pieces.
    const n = s.length;
    if (this.pos + n * 6 + 2 <= this.buf.length) {
      // The usual cell: room for its worst case already, so one call writes it all.
      this.buf[this.pos++] = QUOTE;
      this.stringPart(s, 0, n);
      this.buf[this.pos++] = QUOTE;
      return;
    }
    this.room(2);
    this.buf[this.pos++] = QUOTE;
    let i = 0;
    while (i < n) {
      const end = Math.min(n, i + ((this.buf.length >> 3) - 1));
      this.room((end - i) * 6 + 1);
      i = this.stringPart(s, i, end);
    }
    this.room(1);
    this.buf[this.pos++] = QUOTE;
  }

  /** Writes s[i, end) (one more unit when a surrogate pair straddles `end`); returns where it stopped. */
  private stringPart(s: string, i: number, end: number): number {
    const buf = this.buf;
    let p = this.pos;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) buf[p++] = c;
        else {
          buf[p++] = BACKSLASH;
          const short = c === QUOTE || c === BACKSLASH ? c : SHORT_ESCAPE[c];
          if (short !== undefined) buf[p++] = short;
          else p = unicodeEscape(buf, p, c);
        }
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = c <= 0xdbff && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
        } else {
          buf[p++] = BACKSLASH;
          p = unicodeEscape(buf, p, c);
        }
      } else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = p;
    return i;
  }

  /** Text that is already JSON (a Date's): only needs UTF-8, and JSON.stringify leaves no lone surrogate in it. */
  private rawJson(json: string): void {
    this.bytes(new TextEncoder().encode(json));
  }

  /**
   * A number that is a whole count of cents below 10^12 (amounts, counts, serial days), written without
   * String(v): on that grid, far wider than the doubles' spacing there, "123.45" is the shortest text that
   * reads back as v, which is what String(v) writes. Returns false for any other number.
   */
  private cents(v: number): boolean {
    const k = Math.round(v * 100);
    if (k / 100 !== v || v >= 1e12 || v <= -1e12) return false;
    this.room(18);
    const buf = this.buf;
    let p = this.pos;
    if (k < 0) buf[p++] = 45; // -
    const a = Math.abs(k);
    // Below 2^31 cents (21 million yuan: every amount and count of an export) in integer arithmetic.
    const small = a <= 0x7fffffff;
    let whole = small ? (a / 100) | 0 : Math.floor(a / 100);
    const frac = small ? (a | 0) - whole * 100 : a % 100;
    let digits = 1;
    for (let w = whole; w >= 10; w = small ? (w / 10) | 0 : Math.floor(w / 10)) digits++;
    p += digits;
    if (small) for (let q = p - 1; q >= p - digits; q--, whole = (whole / 10) | 0) buf[q] = 48 + (whole % 10);
    else for (let q = p - 1; q >= p - digits; q--, whole = Math.floor(whole / 10)) buf[q] = 48 + (whole % 10);
    if (frac !== 0) {
      buf[p++] = 46; // .
      buf[p++] = 48 + Math.floor(frac / 10);
      if (frac % 10 !== 0) buf[p++] = 48 + (frac % 10);
    }
    this.pos = p;
    return true;
  }

  private ascii(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.pos++] = s.charCodeAt(i);
  }

  private bytes(b: ArrayLike<number>): void {
    this.room(b.length);
    for (let i = 0; i < b.length; i++) this.buf[this.pos++] = b[i];
  }

  /** Makes room for n more bytes: hands over the full buffer first, grows it only for one value bigger than itself. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.end();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }
}

/** How many of the row's cells count: up to the last one written as something other than null. */
export function rowEnd(row: readonly unknown[], keep?: Uint8Array): number {
  let end = row.length;
  while (end > 0 && (writesNull(row[end - 1]) || (keep !== undefined && keep[end - 1] !== 1))) end--;
  return end;
}

/** Whether JSON.stringify writes the cell as null (in an array). Cells are strings, numbers, booleans or null. */
function writesNull(v: unknown): boolean {
  return (
    v === null ||
    v === undefined ||
    (typeof v === 'number' && !Number.isFinite(v)) ||
    typeof v === 'function' ||
    typeof v === 'symbol'
  );
}

function unicodeEscape(buf: Uint8Array, p: number, c: number): number {
  buf[p++] = 117; // u
  buf[p++] = HEX[(c >> 12) & 15];
  buf[p++] = HEX[(c >> 8) & 15];
  buf[p++] = HEX[(c >> 4) & 15];
  buf[p++] = HEX[c & 15];
  return p;
}
