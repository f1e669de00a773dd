/**
 * A GBK encoder for generated CSVs (tests and bench/), independent of the
 * decoder under test: the table is built by decoding every two-byte GBK code
 * with the platform's GB18030 decoder.
 */
/** GBK code of each UTF-16 unit (0: none); every character of two-byte GBK is one unit of the BMP. */
let table: Uint16Array | null = null;

function gbkTable(): Uint16Array {
  if (table) return table;
  const codes = new Uint16Array(0x10000);
  const dec = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      const c = ch.charCodeAt(0);
      if (ch.length === 1 && ch !== '\ufffd' && codes[c] === 0) codes[c] = (lead << 8) | trail;
    }
  }
  table = codes;
  return codes;
}

/**
 * Encode text as GBK; throws on a character GBK cannot hold (tests only use ones it can). Written into one
 * buffer by index: a 200,000-row report is 90 MB, which a number[] per byte made the slowest part of its test.
 */
export function encodeGbk(text: string): Uint8Array {
  const t = gbkTable();
  const out = new Uint8Array(text.length * 2);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[at++] = c;
    else {
      const code = t[c];
      if (code === 0) throw new Error(`not in GBK: ${String.fromCodePoint(text.codePointAt(i) ?? c)}`);
      out[at++] = code >> 8;
      out[at++] = code & 0xff;
    }
  }
  return out.slice(0, at);
}

export function encodeUtf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let at = 0;
  if (bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const c = text.charCodeAt(i);
    out[at] = c & 0xff;
    out[at + 1] = c >> 8;
  }
  return out;
}

export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
