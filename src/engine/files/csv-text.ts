/**
 * The reference CSV path: bytes decoded incrementally (TextDecoder, stream),
 * line breaks made LF, papaparse record by record. Every file can take it; the
 * byte path (csv-bytes.ts) hands over to it whatever it does not handle.
 */
import Papa from 'papaparse';
import { type CsvDelimiter, detectDelimiter } from './csv-cell';

/** No real record is this long: past it, an unclosed quote has swallowed the rest of the file. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** What we use of TextDecoder (Node and browsers; the CLI build has no DOM types). */
export interface TextDecoding {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** Line breaks as one LF: CRLF (the export's), LF and lone CR. A CR at the end may be half a CRLF: `heldCR` says it was cut off. */
export function normaliseBreaks(chunk: string, last: boolean): { text: string; heldCR: boolean } {
  let text = chunk;
  let heldCR = false;
  if (!last && text.charCodeAt(text.length - 1) === 13) {
    heldCR = true;
    text = text.slice(0, -1);
  }
  if (text.indexOf('\r') !== -1) text = text.replace(/\r\n?/g, '\n');
  return { text, heldCR };
}

export type TextOutcome =
  { kind: 'more' } | { kind: 'end'; endedWithoutNewline: boolean } | { kind: 'truncated'; extraRecord: boolean };

export class CsvTextRecords {
  private parser: Papa.Parser | null = null;
  /** Text of a record not yet complete. */
  private pending = '';
  /** A CR at the end of a chunk, held until we know whether LF follows. */
  private carryCR = false;

  /** `delimiter` null: decided from the first text. */
  constructor(
    private readonly decoder: TextDecoding,
    private delimiter: CsvDelimiter | null,
    private readonly onRecord: (record: string[]) => void,
  ) {}

  get chosenDelimiter(): CsvDelimiter | null {
    return this.delimiter;
  }

  push(bytes: Uint8Array): TextOutcome {
    return this.feed(this.decoder.decode(bytes, { stream: true }), false);
  }

  finish(): TextOutcome {
    return this.feed(this.decoder.decode(), true);
  }

  private feed(chunk: string, last: boolean): TextOutcome {
    const { text, heldCR } = normaliseBreaks(this.carryCR ? '\r' + chunk : chunk, last);
    this.carryCR = heldCR;
    if (this.delimiter === null) {
      if (!last && text.length === 0) return { kind: 'more' };
      this.delimiter = detectDelimiter(text);
    }
    if (!this.parser) this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: '\n', quoteChar: '"' });
    const input = this.pending.length > 0 ? this.pending + text : text;
    const result = this.parser.parse(input, 0, !last) as {
      data: string[][];
      errors: { code: string }[];
      meta: { cursor: number };
    };
    for (const record of result.data) this.onRecord(record);
    if (last) {
      this.pending = '';
      if (result.errors.some((e) => e.code === 'MissingQuotes')) return { kind: 'truncated', extraRecord: false };
      return { kind: 'end', endedWithoutNewline: input.length > 0 && input.charCodeAt(input.length - 1) !== 10 };
    }
    this.pending = input.slice(result.meta.cursor);
    return this.pending.length > MAX_RECORD_CHARS ? { kind: 'truncated', extraRecord: true } : { kind: 'more' };
  }
}
