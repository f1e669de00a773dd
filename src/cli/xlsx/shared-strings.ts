/**
 * The shared-string table, kept as the part's bytes with each item's place,
 * each item turned into text the first time a cell that is read refers to it. A
 * million-row order report has millions of items (order numbers, addresses,
 * titles); most belong to columns the engine never reads, and as JS strings
 * they would fill the heap the collector walks for the whole run.
 */
import { doubled } from '../../engine';
import { GT, isNameEnd, LT, SLASH } from './sheet-scanner';
import { sheetText, stringItemText } from './xml-text';

const LOWER_S = 0x73;
const LOWER_I = 0x69;
const LOWER_T = 0x74;

export class SharedStrings {
  /** Item i's content is the bytes [spans[2i], spans[2i + 1]): between `<si…>` and `</si>` (empty for `<si/>`). */
  private spans: Int32Array;
  readonly count: number = 0;
  private readonly texts: (string | undefined)[];

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

  /** Which items are empty: a worker thread, which makes no text, asks this to tell whether a skipped cell lengthens its row. */
  emptyItems(): Int32Array {
    const empty: number[] = [];
    for (let i = 0; i < this.count; i++) if (!this.startsWithText(this.spans[2 * i]) && this.isEmpty(i)) empty.push(i);
    return Int32Array.from(empty);
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
    return inner ? sheetText(utf8(this.xml, inner.start, inner.end)) : stringItemText(utf8(this.xml, start, end));
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
