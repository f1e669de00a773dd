import { parseCsv as parseRfc4180 } from '../outputs/rfc4180';

/** The finance CSV's records, read by the tests' own RFC 4180 parser (BOM removed). */
export function parseCsv(text: string): string[][] {
  return parseRfc4180(text).records;
}

/** A text field as finance should read it: the guard apostrophe in front of formula-like text removed. */
export function unguard(field: string): string {
  return /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field;
}
