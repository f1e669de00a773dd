/**
 * The shared-string table, kept as the part's bytes with each item's place,
 * each item turned into text the first time a cell that is read refers to it. A
 * million-row order report has millions of items (order numbers, addresses,
 * titles); most belong to columns the engine never reads, and as JS strings
 * they would fill the heap the collector walks for the whole run.
 */
import { doubled } from '../../engine';
import { GT, isNameEnd, LT, SLASH } from './sheet-scanner';
import { NAMED, normalizedLineEnds, sheetText, stringItemText, unescapedOoxml } from './xml-text';

const LOWER_S = 0x73;
const LOWER_I = 0x69;
const LOWER_T = 0x74;
const AMP = 0x26;

/** The five named references (xmlText's), by the bytes after their `&`, and the byte each stands for. */
const NAMED_REFERENCES = Object.entries(NAMED).map(([name, ch]) => ({
  name: Buffer.from(`${name};`, 'latin1'),
  byte: ch.charCodeAt(0),
}));

export class SharedStrings {
  /** Item i's content is the bytes [spans[2i], spans[2i + 1]): between `<si…>` and `</si>` (empty for `<si/>`). */
  private spans: Int32Array;
  readonly count: number = 0;
  private readonly texts: (string | undefined)[];
  private empty: Int32Array | null = null;
  /** Where namedReferencesDecoded writes an item's bytes. */
  private scratch = Buffer.allocUnsafe(256);

  constructor(private readonly xml: Uint8Array) {
    this.spans = new Int32Array(2 * declaredItems(xml) + 2);
    this.count = this.index();
    this.texts = new Array<string | undefined>(this.count);
  }

  /** Item i's text; '' for an index past the table (ExcelJS reads those as empty too). */
  text(i: number): string {
    if (!(i >= 0 && i < this.count)) return '';
    const known = this.texts[i];
    if (known !== undefined) return known;
    const t = this.decode(this.spans[2 * i], this.spans[2 * i + 1]);
    this.texts[i] = t;
    return t;
  }

  /** Is item i's text empty? Answered on the bytes for the common `<t>…</t>` item, without making the text. */
  isEmpty(i: number): boolean {
    if (!(i >= 0 && i < this.count)) return true;
    if (this.texts[i] !== undefined) return this.texts[i] === '';
    const inner = this.plainText(this.spans[2 * i], this.spans[2 * i + 1]);
    return inner === null ? this.text(i) === '' : inner.start === inner.end;
  }

  /**
   * Which items are empty: a worker thread, which makes no text, asks this to
   * tell whether a skipped cell lengthens its row. Found once for every worker
   * (each gets a copy): a pass over 3 million items.
   */
  emptyItems(): Int32Array {
    if (this.empty !== null) return this.empty;
    const empty: number[] = [];
    for (let i = 0; i < this.count; i++) if (!this.startsWithText(this.spans[2 * i]) && this.isEmpty(i)) empty.push(i);
    this.empty = Int32Array.from(empty);
    return this.empty;
  }

  /** Does the item at `start` open with a `<t>` that holds a character? Then it has text (a quick answer for millions of items). */
  private startsWithText(start: number): boolean {
    const b = this.xml;
    if (b[start] !== LT || b[start + 1] !== LOWER_T || (b[start + 2] !== GT && b[start + 2] !== 0x20)) return false;
    const gt = b.indexOf(GT, start + 2);
    return gt > 0 && b[gt - 1] !== SLASH && gt + 1 < b.length && b[gt + 1] !== LT;
  }

  /**
   * Finds every `<si>` item on the bytes: one pass, no text made. The
   * spans are kept in a local and grown here (not through a method and a
   * field per item): 3 million items took 0.3 s longer that way, measured.
   */
  private index(): number {
    const b = this.xml;
    const n = b.length;
    let spans = this.spans;
    let count = 0;
    let open = -1; // content start of the item being read
    for (let i = 0; i < n; i++) {
      while (i < n && b[i] !== LT) i++;
      const c1 = b[i + 1];
      let start = -1;
      let end = -1;
      if (c1 === LOWER_S && b[i + 2] === LOWER_I && isNameEnd(b[i + 3])) {
        let gt = i + 3;
        while (gt < n && b[gt] !== GT) gt++;
        if (gt >= n) break;
        if (b[gt - 1] === SLASH) start = end = gt + 1;
        else open = gt + 1;
        i = gt;
      } else if (c1 === SLASH && open >= 0 && b[i + 2] === LOWER_S && b[i + 3] === LOWER_I && b[i + 4] === GT) {
        start = open;
        end = i;
        open = -1;
        i += 4;
      }
      if (start < 0) continue;
      if (2 * count + 1 >= spans.length) spans = doubled(spans);
      spans[2 * count] = start;
      spans[2 * count + 1] = end;
      count++;
    }
    this.spans = spans;
    return count;
  }

  /** The common `<t>…</t>` item straight from its inner bytes; anything else (runs, phonetics, `<t/>`) through stringItemText. */
  private decode(start: number, end: number): string {
    const inner = this.plainText(start, end);
    if (inner === null) return stringItemText(utf8(this.xml, start, end));
    const named = this.namedReferencesDecoded(inner.start, inner.end);
    return named !== null
      ? unescapedOoxml(normalizedLineEnds(named))
      : sheetText(utf8(this.xml, inner.start, inner.end));
  }

  /**
   * Text bytes whose references are all named ones (an order number written
   * `=&quot;3000…&quot;`, a million of them in a big export) decoded on the
   * bytes into one flat string: cutting the decoded text around each reference
   * and joining the pieces made five strings per order number, every one
   * kept by its row. Null when there is no `&`, or another kind of reference
   * (then xmlText decodes the text). Line ends and _xHHHH_ escapes are left to
   * the caller: no named reference stands for either.
   */
  private namedReferencesDecoded(start: number, end: number): string | null {
    const b = this.xml;
    let amp = start;
    while (amp < end && b[amp] !== AMP) amp++;
    if (amp === end) return null;
    if (this.scratch.length < end - start) this.scratch = Buffer.allocUnsafe(2 * (end - start));
    const out = this.scratch;
    let n = 0;
    for (let i = start; i < end; i++) {
      if (b[i] !== AMP) {
        out[n++] = b[i];
        continue;
      }
      const ref = namedReferenceAt(b, i, end);
      if (ref === null) return null;
      out[n++] = ref.byte;
      i += ref.name.length;
    }
    return out.toString('utf8', 0, n);
  }

  /** The text bytes of an item that is one `<t>…</t>` (or `<t xml:space="preserve">…</t>`) and nothing else; null for any other item. */
  private plainText(start: number, end: number): { start: number; end: number } | null {
    const b = this.xml;
    if (
      end - start < 7 ||
      b[start] !== LT ||
      b[start + 1] !== LOWER_T ||
      (b[start + 2] !== GT && b[start + 2] !== 0x20)
    )
      return null;
    let gt = start + 2;
    while (gt < end && b[gt] !== GT) gt++;
    const close = end - 4;
    const closes =
      close > gt && b[close] === LT && b[close + 1] === SLASH && b[close + 2] === LOWER_T && b[close + 3] === GT;
    return b[gt - 1] !== SLASH && closes && b.indexOf(LT, gt + 1) === close ? { start: gt + 1, end: close } : null;
  }
}

/** The named reference whose `&` is at `amp` and which ends before `end`; null when it is none of the five. */
function namedReferenceAt(b: Uint8Array, amp: number, end: number): (typeof NAMED_REFERENCES)[number] | null {
  for (const ref of NAMED_REFERENCES) {
    const name = ref.name;
    if (amp + name.length >= end) continue;
    let k = 0;
    while (k < name.length && b[amp + 1 + k] === name[k]) k++;
    if (k === name.length) return ref;
  }
  return null;
}

const utf8Decoder = new TextDecoder('utf-8');

/**
 * How many items the table says it has (`<sst uniqueCount>`):
 * the spans are made that large at once, not doubled up to 3 million items
 * (0.1 s of copying and fresh pages). Only a hint, capped by what the bytes
 * can hold (an item with text takes at least 16 bytes): the index grows past it.
 */
function declaredItems(xml: Uint8Array): number {
  const head = Buffer.from(xml.buffer, xml.byteOffset, Math.min(xml.length, 1024)).toString('latin1');
  const sst = /<sst\b[^>]*>/.exec(head)?.[0] ?? '';
  const declared = Number(/\suniqueCount\s*=\s*["'](\d{1,9})["']/.exec(sst)?.[1] ?? 1024);
  return Math.min(declared, Math.ceil(xml.length / 16));
}

function utf8(b: Uint8Array, start: number, end: number): string {
  if (start >= end) return '';
  return Buffer.isBuffer(b) ? b.toString('utf8', start, end) : utf8Decoder.decode(b.subarray(start, end));
}
