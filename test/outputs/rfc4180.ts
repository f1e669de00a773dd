/**
 * A small RFC 4180 CSV parser, written for the tests so the finance CSV and
 * LibreOffice's exports are read by code independent of the product's writer:
 * fields separated by commas, records by CRLF (a bare LF is reported), fields
 * with comma, quote or line break quoted, quotes doubled inside quotes.
 */
export interface ParsedCsv {
  records: string[][];
  /** Line breaks that were a bare LF or CR rather than CRLF (outside quotes). */
  bareLineBreaks: number;
  /** A leading UTF-8 byte-order mark was present (and removed). */
  bom: boolean;
}

export function parseCsv(text: string): ParsedCsv {
  const bom = text.charCodeAt(0) === 0xfeff;
  const s = bom ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let bare = 0;
  let i = 0;
  let quoted = false; // the current field started with a quote
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false; // closing quote: what follows must be a separator or line break
        i++;
        if (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n')
          throw new Error(`character after closing quote at ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === '"') {
      throw new Error(`quote inside an unquoted field at ${i}`);
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && s[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (c === '\r' || c === '\n') {
      bare++;
      endRecord();
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) endRecord();
  return { records, bareLineBreaks: bare, bom };
}
