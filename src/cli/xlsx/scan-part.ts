/** A worksheet part's inflated bytes through the sheet scanner, as text, piece by piece (the same loop in this thread and in a worker). */
import type { SheetScanner } from './sheet-scanner';
import { NotPlainXlsx } from './workbook-parts';

/**
 * Text goes to the scanner in strings of 64 KB: it reads a 1 MB string
 * (what the zip gives) markedly slower, measured (its working set leaves the cache).
 */
const TEXT_BYTES = 1 << 16;

/** `afterPiece`: called after each piece is scanned (a worker reads its messages there). */
export async function scanPart(
  pieces: AsyncIterable<Buffer>,
  part: string,
  scanner: SheetScanner,
  afterPiece: () => void | Promise<void> = () => {},
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const piece of pieces) {
    // UTF-16 XML is legal but no spreadsheet writer in use makes it: leave it to the other reader.
    if (first && piece.length >= 2 && (piece[0] === 0xff || piece[0] === 0xfe))
      throw new NotPlainXlsx(`${part} is not UTF-8`);
    first = false;
    for (let at = 0; at < piece.length; at += TEXT_BYTES)
      scanner.push(decoder.decode(piece.subarray(at, at + TEXT_BYTES), { stream: true }));
    await afterPiece();
  }
  scanner.push(decoder.decode());
  scanner.finish();
}
