/** Which text encoding a downloaded CSV uses: BOM first, then strict UTF-8, else GB18030 (a superset of GBK). */

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * UTF-16 text saved without a BOM: ASCII characters leave a NUL in every other byte. A few characters
 * put their NUL in the other byte (一 is U+4E00, in every chat export's 一般 column), so a few are allowed.
 */
export function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, 8192) & ~1;
  if (n < 2) return null;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs / 4 && even * 16 <= odd) return 'utf-16le';
  if (even >= pairs / 4 && odd * 16 <= even) return 'utf-16be';
  return null;
}

/**
 * Detect the encoding from the file's first bytes (64 KB is plenty: the
 * header of every export is Chinese, so GBK shows at once).
 */
export function detectEncoding(head: Uint8Array): CsvEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const bomless = utf16WithoutBom(head);
  if (bomless) return bomless;
  try {
    // stream: true tolerates a character cut at the end of the sample; anything invalid throws.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return mostlyUtf8(head) ? 'utf-8' : 'gb18030';
  }
}

/**
 * UTF-8 text with a damaged byte or two: read as GBK, every Chinese header would be garbled and the file
 * unrecognised. GBK text read as UTF-8 gives far more broken characters than whole ones, so a sample whose
 * non-ASCII characters decode whole, all but one in 20, is UTF-8 (its damaged cells are reported by the reader).
 */
function mostlyUtf8(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(head, { stream: true });
  let broken = 0;
  let whole = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c > 0x7f) whole++;
  }
  return whole >= 20 && broken * 20 <= whole;
}
