/**
 * The parts of an .xlsx package by name, read through the zip's central
 * directory (yauzl), each inflated by Node's zlib as a stream. The central
 * directory, not a scan of local headers, says where each part ends: parts
 * written with data descriptors (streaming writers) are common.
 */
import { createReadStream } from 'fs';
import { pipeline, Readable } from 'stream';
import * as yauzl from 'yauzl';
import * as zlib from 'zlib';

/**
 * Compressed bytes read and inflated in pieces of 1 MB, not the 16 KB of
 * yauzl's stream and zlib's default: a sheet's XML arrives in far fewer,
 * larger strings, and a 100 MB part costs some hundred reads, not thousands.
 */
const PIECE_BYTES = 1 << 20;
const STORED = 0;
const DEFLATED = 8;

export class ZipParts {
  private constructor(
    private readonly file: string,
    private readonly zip: yauzl.ZipFile,
    /** Lower-cased part name → entry: some writers and their relationships disagree on case. */
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(file: string): Promise<ZipParts> {
    const zip = await yauzl.openPromise(file, {
      lazyEntries: true,
      autoClose: false,
      strictFileNames: false,
      validateEntrySizes: true,
    });
    const entries = new Map<string, yauzl.Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        entries.set(e.fileName.toLowerCase(), e);
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
    return new ZipParts(file, zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's inflated size by the central directory (0 when absent). */
  size(name: string): number {
    return this.entries.get(name.toLowerCase())?.uncompressedSize ?? 0;
  }

  /** A part's inflated bytes as they arrive (nothing when the package has no such part); throws when they fall short of the directory's size. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return;
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)
      throw new Error(`${name}: compression method ${entry.compressionMethod}`);
    if (entry.isEncrypted()) throw new Error(`${name}: encrypted`);
    const bytes = entry.compressedSize === 0 ? Readable.from([]) : await this.compressed(entry);
    const inflated =
      entry.compressionMethod === STORED
        ? bytes
        : pipeline(bytes, zlib.createInflateRaw({ chunkSize: PIECE_BYTES }), () => {});
    let total = 0;
    for await (const chunk of inflated) {
      total += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
    if (total !== entry.uncompressedSize) throw new Error(`${name}: ${total} bytes, not ${entry.uncompressedSize}`);
  }

  /** A part's bytes as stored in the file, found through its local header (yauzl checks it lies within the file). */
  private async compressed(entry: yauzl.Entry): Promise<Readable> {
    const { fileDataStart } = await this.zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const end = fileDataStart + entry.compressedSize - 1;
    return createReadStream(this.file, { start: fileDataStart, end, highWaterMark: PIECE_BYTES });
  }

  /** A part's inflated bytes in one buffer of the directory's size (no list of pieces joined afterwards); null when absent. */
  async bytes(name: string): Promise<Buffer | null> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    const all = Buffer.allocUnsafe(entry.uncompressedSize);
    let at = 0;
    for await (const c of this.chunks(name)) {
      if (at + c.length > all.length) throw new Error(`${name}: more than ${entry.uncompressedSize} bytes`);
      c.copy(all, at);
      at += c.length;
    }
    return all;
  }

  /** A small part (workbook, relationships, styles) as text; null when absent. */
  async text(name: string): Promise<string | null> {
    const bytes = await this.bytes(name);
    return bytes === null ? null : bytes.toString('utf8');
  }

  close(): void {
    this.zip.close();
  }
}
