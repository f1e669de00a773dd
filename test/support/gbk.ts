/**
 * A GBK encoder for generated CSVs (tests and bench/), independent of the
 * decoder under test: the table is built by decoding every two-byte GBK code
 * with the platform's GB18030 decoder.
 */
let table: Map<string, number> | null = null;

function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const dec = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/** Encode text as GBK; throws on a character GBK cannot hold (tests only use ones it can). */
export function encodeGbk(text: string): Uint8Array {
  const t = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      const code = t.get(ch);
      if (code === undefined) throw new Error(`not in GBK: ${ch}`);
      out.push(code >> 8, code & 0xff);
    }
  }
  return Uint8Array.from(out);
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
