/**
 * The parts of an .xlsx package by name, read through the zip's central
 * directory (yauzl), each inflated by Node's zlib as a stream. The central
 * directory, not a scan of local headers, says where each part ends: parts
 * written with data descriptors (streaming writers) are common.
 */
import { close as closeFd, createReadStream, open as openFd, promises as fs } from 'fs';
import { pipeline, Readable } from 'stream';
import { promisify } from 'util';
import * as yauzl from 'yauzl';
import * as zlib from 'zlib';
import { closed } from '../file-chunks';

const inflateRaw = promisify(zlib.inflateRaw);

/**
 * Compressed bytes read and inflated in pieces of 1 MB, not the 16 KB of
 * yauzl's stream and zlib's default: a sheet's XML arrives in far fewer,
 * larger strings, and a 100 MB part costs some hundred reads, not thousands.
 */
const PIECE_BYTES = 1 << 20;
const STORED = 0;
const DEFLATED = 8;

export class ZipParts {
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly file: string,
    private readonly zip: yauzl.ZipFile,
    /** Lower-cased part name → entry: some writers and their relationships disagree on case. */
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  /** Closed again when it is not a zip this reader reads: no file stays open behind an error. */
  static async open(file: string): Promise<ZipParts> {
    // A file yauzl did not open: its close, on an error, is ours to wait for (yauzl.open closes it in the background).
    const fd = await promisify(openFd)(file, 'r');
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromFdPromise(fd, {
        lazyEntries: true,
        autoClose: false,
        strictFileNames: false,
        validateEntrySizes: true,
      });
    } catch (e) {
      await promisify(closeFd)(fd);
      throw e;
    }
    const parts = new ZipParts(file, zip, new Map());
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (e: yauzl.Entry) => {
          parts.entries.set(e.fileName.toLowerCase(), e);
          zip.readEntry();
        });
        zip.on('end', resolve);
        zip.on('error', reject);
        zip.readEntry();
      });
    } catch (e) {
      await parts.close();
      throw e;
    }
    return parts;
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's inflated size by the central directory (0 when absent). */
  size(name: string): number {
    return this.entries.get(name.toLowerCase())?.uncompressedSize ?? 0;
  }

  /** A part's directory entry, if this reader can read it (null when absent). */
  private readable(name: string): yauzl.Entry | null {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)
      throw new Error(`${name}: compression method ${entry.compressionMethod}`);
    if (entry.isEncrypted()) throw new Error(`${name}: encrypted`);
    return entry;
  }

  /** Where a part's stored bytes start, by its local header (yauzl checks they lie within the file). */
  private async dataStart(entry: yauzl.Entry): Promise<number> {
    return (await this.zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
  }

  /** A part's inflated bytes as they arrive (nothing when the package has no such part); throws when they fall short of the directory's size. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.readable(name);
    if (!entry) return;
    const start = await this.dataStart(entry);
    const bytes =
      entry.compressedSize === 0
        ? Readable.from([])
        : createReadStream(this.file, { start, end: start + entry.compressedSize - 1, highWaterMark: PIECE_BYTES });
    const inflated =
      entry.compressionMethod === STORED
        ? bytes
        : pipeline(bytes, zlib.createInflateRaw({ chunkSize: PIECE_BYTES }), () => {});
    let total = 0;
    try {
      for await (const chunk of inflated) {
        total += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    } finally {
      // However the loop ends (done, damaged, stopped), the part's file is closed before the caller goes on.
      await closed(bytes);
    }
    if (total !== entry.uncompressedSize) throw new Error(`${name}: ${total} bytes, not ${entry.uncompressedSize}`);
  }

  /**
   * A part's inflated bytes in one buffer of the directory's size; null when
   * absent. Read in one go and inflated by zlib in one call, off this thread,
   * into one buffer: the 1M shop's 115 MB of shared strings in 0.7 s, not the 2 s
   * of 1 MB pieces copied together. More bytes than the directory says is an error.
   */
  async bytes(name: string): Promise<Buffer | null> {
    const entry = this.readable(name);
    if (!entry) return null;
    const stored = Buffer.allocUnsafe(entry.compressedSize);
    const file = await fs.open(this.file, 'r');
    try {
      const start = await this.dataStart(entry);
      for (let at = 0; at < stored.length;) {
        const { bytesRead } = await file.read(stored, at, stored.length - at, start + at);
        if (bytesRead === 0) throw new Error(`${name}: cut short`);
        at += bytesRead;
      }
    } finally {
      await file.close();
    }
    const size = entry.uncompressedSize;
    const all =
      entry.compressionMethod === STORED
        ? stored
        : await inflateRaw(stored, { chunkSize: Math.max(64, size), maxOutputLength: Math.max(1, size) });
    if (all.length !== size) throw new Error(`${name}: ${all.length} bytes, not ${size}`);
    return all;
  }

  /** A small part (workbook, relationships, styles) as text; null when absent. */
  async text(name: string): Promise<string | null> {
    const bytes = await this.bytes(name);
    return bytes === null ? null : bytes.toString('utf8');
  }

  /** Resolves once the file is closed (yauzl closes it in the background and says so with 'close'). */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.zip.once('close', resolve);
      // A failed close is told as an error: the file is as closed as it will get.
      this.zip.once('error', () => resolve());
      this.zip.close();
    });
    return this.closing;
  }
}
