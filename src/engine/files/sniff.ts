/** What a file is, from its first bytes (and, for zips, the entry names): the extension may lie. */
import { fileProblem, type FileProblem } from './messages';
import { utf16WithoutBom } from './encoding';

export type FileType = { type: 'xlsx' } | { type: 'csv' } | { type: 'unsupported'; problem: FileProblem };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** Whether the ASCII text occurs in the bytes (zip entry names are stored as plain bytes). */
export function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const n = text.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - n; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < n; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** Text without a UTF-16 BOM has no NUL bytes; a binary file nearly always has some early on. */
function looksBinary(head: Uint8Array): boolean {
  if (hasUtf16Bom(head)) return false;
  const n = Math.min(head.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) nul++;
  // UTF-16 text without a BOM has a NUL in every other byte: that is text, for the CSV path.
  return nul > 0 && utf16WithoutBom(head) === null;
}

/**
 * Sniff a file from its bytes. `bytes` must be the whole file for zips (entry
 * names live in the central directory at the end); for text, the first
 * kilobytes are enough.
 */
export function sniffFile(bytes: Uint8Array, fileName: string): FileType {
  if (bytes.length === 0) return { type: 'unsupported', problem: fileProblem('file-empty', fileName) };
  if (startsWith(bytes, OLE2))
    return {
      type: 'unsupported',
      problem: fileProblem(isEncryptedOoxml(bytes) ? 'file-encrypted' : 'file-xls', fileName),
    };
  if (startsWith(bytes, [0x50, 0x4b])) {
    if (containsAscii(bytes, 'xl/workbook.xml')) return { type: 'xlsx' };
    if (containsAscii(bytes, 'xl/workbook.bin'))
      return { type: 'unsupported', problem: fileProblem('file-xlsb', fileName) };
    if (containsAscii(bytes, 'Index/Document.iwa') || containsAscii(bytes, 'Index.zip'))
      return { type: 'unsupported', problem: fileProblem('file-numbers', fileName) };
    // A download cut short loses the zip's directory at the end, and with it the workbook's entry names.
    if (
      !containsAscii(bytes, 'PK\x05\x06') &&
      (containsAscii(bytes, '[Content_Types].xml') || containsAscii(bytes, 'xl/'))
    )
      return { type: 'unsupported', problem: fileProblem('file-xlsx-damaged', fileName) };
    return { type: 'unsupported', problem: fileProblem('file-zip', fileName) };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return { type: 'unsupported', problem: fileProblem('file-not-table', fileName) }; // %PDF
  if (looksLikeHtml(bytes)) return { type: 'unsupported', problem: fileProblem('file-html', fileName) };
  if (looksBinary(bytes)) return { type: 'unsupported', problem: fileProblem('file-not-table', fileName) };
  return { type: 'csv' };
}

/** UTF-16LE bytes of an ASCII name, as OLE2 directory entries store stream names. */
function utf16Bytes(name: string): Uint8Array {
  return Uint8Array.from(Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]));
}

const ENCRYPTED_PACKAGE = utf16Bytes('EncryptedPackage');

/**
 * A password-protected .xlsx (Excel, WPS or LibreOffice) is an OLE2 file like an .xls, holding the
 * encrypted workbook as the stream EncryptedPackage: "save it as .xlsx" would not help, removing the password does.
 */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0];
  outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < ENCRYPTED_PACKAGE.length; j++) if (bytes[i + j] !== ENCRYPTED_PACKAGE[j]) continue outer;
    return true;
  }
  return false;
}

/** Some back offices save an HTML table as ".xls"; Excel opens it, we do not. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (
    i < bytes.length &&
    i < 512 &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d || bytes[i] === 0x0a)
  )
    i++;
  if (bytes[i] !== 0x3c) return false; // '<'
  const head = String.fromCharCode(...bytes.subarray(i, i + 200)).toLowerCase();
  return /^<(!doctype html|html|table|\?xml|meta|head|body)/.test(head);
}
