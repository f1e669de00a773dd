/**
 * Incremental SHA-256 of text for the audit checksums, by @noble/hashes
 * (audited, dependency-free, no Node imports), so the engine checksums input
 * sheets in the browser and in Node alike. The CLI may pass Node's faster
 * crypto instead (RunOptions.makeHasher); both give the same hex.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { JsonRowBytes, rowEnd } from './json-bytes';
import { columnMask } from './sheets/columns-to-read';
import type { InputSheetSummary } from './model';

export interface Hasher {
  /** Text is hashed as its UTF-8 bytes; bytes are hashed as they are (only during the call: the caller reuses them). */
  update(data: string | Uint8Array): void;
  hex(): string;
}

/** Text is gathered and UTF-8 encoded a megabyte at a time: one TextEncoder call per row costs more than the hashing. */
const FLUSH_AT = 1 << 20;

export class Sha256 implements Hasher {
  private hash = sha256.create();
  private encoder = new TextEncoder();
  private pending: string[] = [];
  private pendingSize = 0;

  update(data: string | Uint8Array): void {
    if (typeof data !== 'string') {
      this.flush();
      this.hash.update(data);
      return;
    }
    this.pending.push(data);
    this.pendingSize += data.length;
    if (this.pendingSize > FLUSH_AT) this.flush();
  }

  hex(): string {
    this.flush();
    return bytesToHex(this.hash.digest());
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingSize = 0;
    this.hash.update(this.encoder.encode(text));
  }
}

/**
 * Which definition of sheetChecksum the Audit sheet's values follow; written there, so a later run compares
 * only checksums of one definition. 1: before blank cells at the end of a row and blank rows at the end of a
 * sheet were left out (audits without the row); 2: since; 3: a CSV file given to cs-kpi is checked by the SHA-256
 * of its bytes (SheetData.fileSha256: what a finance clerk's `sha256sum` prints for the download), every other
 * sheet as in 2. Raise it whenever what an input sheet's checksum hashes changes.
 */
export const CHECKSUM_METHOD = 3;

/**
 * SheetData.fileSha256 of a CSV whose file is still being hashed (on the second core, while the engine runs:
 * cs-kpi's 457 MB order report takes 0.3 s to hash): the run's Audit input row holds it until giveFileSha256.
 */
export const FILE_SHA256_LATER = 'later';

/** The hash of `sheet`'s file, hashed while the run went on, into the result's input rows (for the Audit and --json). */
export function giveFileSha256(inputs: InputSheetSummary[], sheet: string, sha256: string): void {
  for (const s of inputs) if (s.sheet === sheet && s.checksum === FILE_SHA256_LATER) s.checksum = sha256;
}

/**
 * SHA-256 of a sheet's values: each row as JSON on its own line, so any changed cell the engine reads changes it.
 * Blank cells at the end of a row and blank rows at the end of the sheet do not count: Excel's used range and
 * the CLI's readers differ only there, and one workbook must give one checksum in the add-in and in cs-kpi.
 * The JSON's bytes are written straight into one buffer (JsonRowBytes), not a string per row.
 */
export function sheetChecksum(
  rows: unknown[][],
  makeHasher: () => Hasher = () => new Sha256(),
  only?: ReadColumns,
): string {
  const h = makeHasher();
  const json = new JsonRowBytes((bytes) => h.update(bytes));
  const keep = only ? columnMask(only.columns) : undefined;
  const maskOf = (r: number) => (only && r > only.headerRow ? keep : undefined);
  let count = rows.length;
  while (count > 0 && rowEnd(rows[count - 1] ?? [], maskOf(count - 1)) === 0) count--;
  for (let r = 0; r < count; r++) json.row(rows[r] ?? [], maskOf(r));
  json.end();
  return h.hex();
}

/**
 * Below the header row, only these columns count: the ones the engine reads.
 * The add-in fetches only those and the CSV reader drops contact cells, so
 * every reader of one sheet gives the same checksum.
 */
export interface ReadColumns {
  headerRow: number;
  columns: ReadonlySet<number>;
}
