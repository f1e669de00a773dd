/**
 * The few XML rules a values-only .xlsx reader needs: character and entity
 * references, XML's line-end normalisation, OOXML's _xHHHH_ escapes (decoded
 * as ExcelJS does: upper-case hex), and attributes of one start tag.
 */

/** XML's five named references (§4.6), by name. */
export const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&…;` references → characters, scanning once (a regex with a callback cost 5 % of a whole CLI run on text-heavy sheets). */
function decodeReferences(s: string): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp !== -1; amp = s.indexOf('&', from)) {
    const semi = s.indexOf(';', amp);
    if (semi === -1) break;
    const ref = s.slice(amp + 1, semi);
    let ch: string | undefined = NAMED[ref];
    if (ch === undefined && ref.charCodeAt(0) === 35) {
      const hex = ref.charCodeAt(1) === 120;
      const digits = ref.slice(hex ? 2 : 1);
      const code =
        /^[0-9a-fA-F]+$/.test(digits) && (hex || /^[0-9]+$/.test(digits)) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (code <= 0x10ffff) ch = String.fromCodePoint(code);
    }
    if (ch === undefined) {
      out += s.slice(from, amp + 1); // not a reference: keep the & as written
      from = amp + 1;
      continue;
    }
    out += s.slice(from, amp) + ch;
    from = semi + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * The same text, as a string of its own. V8 keeps a substring as a view of
 * the string it was cut from, so one short value per 1 MB piece of sheet XML
 * would keep every piece alive (a whole million-row sheet's text); joining
 * makes a flat copy first, and the slice then views only that copy.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** XML's line-end normalisation (§2.11): `\r\n` and a lone `\r` → `\n`. */
export function normalizedLineEnds(s: string): string {
  return s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n');
}

/** Raw character data between tags → its text. Line ends are normalised before references are decoded (XML 1.0 §2.11). */
export function xmlText(raw: string): string {
  const s = normalizedLineEnds(raw);
  return s.indexOf('&') === -1 ? s : decodeReferences(s);
}

/** OOXML's _xHHHH_ escapes in a spreadsheet string's text (references already decoded). */
export function unescapedOoxml(s: string): string {
  return s.indexOf('_x') === -1
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A spreadsheet string (shared, inline or rich-text run): XML text, then _xHHHH_ escapes. */
export function sheetText(raw: string): string {
  return unescapedOoxml(xmlText(raw));
}

/** One attribute of a start tag such as `<sheet name="A&amp;B" r:id="rId1"/>`; `name` may end a prefixed name (`:id`). */
export function attribute(tag: string, name: string): string | null {
  const re = new RegExp(`[\\s]${name.startsWith(':') ? `[\\w.-]+${name}` : name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? xmlText(m[1] ?? m[2]) : null;
}

/** Every start tag `<name …>` (or self-closing) in a small part, in document order. */
export function startTags(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** The text of every `<t>` in a string item (`<si>` or `<is>`), leaving out phonetic runs (`<rPh>`), as Excel shows it. */
export function stringItemText(item: string): string {
  let at = 0;
  let out = '';
  for (;;) {
    const open = item.indexOf('<t', at);
    if (open === -1) return out;
    const c = item.charCodeAt(open + 2);
    const gt = item.indexOf('>', open);
    if (gt === -1) return out;
    if (c !== 62 && c !== 32 && c !== 47 && c !== 9 && c !== 10 && c !== 13) {
      at = open + 2; // <tag other than <t
      continue;
    }
    const ph = item.lastIndexOf('<rPh', open);
    if (ph !== -1 && item.indexOf('</rPh>', ph) > open) {
      at = item.indexOf('</rPh>', ph) + 6;
      continue;
    }
    if (item.charCodeAt(gt - 1) === 47) {
      at = gt + 1; // <t/>
      continue;
    }
    const close = item.indexOf('</t>', gt);
    if (close === -1) return out;
    out += sheetText(item.slice(gt + 1, close));
    at = close + 4;
  }
}
