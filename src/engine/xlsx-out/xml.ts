/**
 * Text for SpreadsheetML parts, shared by the CLI's writer and the pane's
 * downloads: escaping, the characters XML 1.0 cannot carry, and Excel's own
 * `_xHHHH_` escape in cell text.
 */

// Characters XML 1.0 forbids (tab, LF and CR are allowed; U+FFFE and U+FFFF are not characters), and DEL, which
// ExcelJS dropped too: one of them anywhere makes the whole file unreadable.
// eslint-disable-next-line no-control-regex
const MARKUP = /[<>&"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const MARKUP_ALL = /[<>&"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
const escapeChar = (c: string) => ESCAPES[c] ?? '';

/** Escaped text for an element or attribute; forbidden control characters are dropped. */
export function xmlText(s: string): string {
  return MARKUP.test(s) ? s.replace(MARKUP_ALL, escapeChar) : s;
}

/**
 * Cell text (shared strings): as xmlText, and a literal `_x0041_` is written
 * `_x005F_x0041_`, because Excel and readers decode `_xHHHH_` in cell text and
 * would show "A".
 */
export function cellXmlText(s: string): string {
  const t = xmlText(s);
  return t.includes('_x') ? t.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_') : t;
}

/** `<t>` keeps leading/trailing spaces and line breaks only when told to. */
export function textElement(s: string): string {
  return /^\s|\n|\s$/.test(s) ? `<t xml:space="preserve">${cellXmlText(s)}</t>` : `<t>${cellXmlText(s)}</t>`;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A relationships part: one Relationship (rId1, rId2, …) per [type URI, target]. */
export function relationships(rels: [type: string, target: string][]): string {
  const items = rels.map(
    ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${xmlText(target)}"/>`,
  );
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${items.join('')}</Relationships>`;
}
