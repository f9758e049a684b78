import type { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import { open } from 'yauzl';
import { corrupt, encrypted, ExtractionError, tooLarge } from '../extraction.errors';
import type { ReaderLimits } from '../extraction.options';

/** Entries smaller than this are not held to the compression ratio (tiny XML parts compress well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * A zip archive opened with zip-bomb defences, on `yauzl` (streams entries from the file, never
 * loads the archive whole, and checks each entry's inflated size against the one it declares).
 *
 * Before anything is inflated, the central directory is checked: entry count, the sum of the
 * declared uncompressed sizes and each big entry's compression ratio. While inflating, every byte
 * counts against the same total, so an archive whose headers lie still stops at the cap.
 */
export class SafeZip {
  private inflatedBytes = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly limits: ReaderLimits,
  ) {}

  static async open(filePath: string, limits: ReaderLimits): Promise<SafeZip> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      open(filePath, { lazyEntries: true, autoClose: false }, (error, zipFile) => {
        if (error) reject(corrupt());
        else resolve(zipFile);
      });
    });
    try {
      if (zip.entryCount > limits.maxZipEntries) {
        throw tooLarge('The archive holds too many files.');
      }
      return new SafeZip(zip, await readCentralDirectory(zip, limits), limits);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The inflated bytes of an entry, chunk by chunk; stop early by leaving the loop. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw corrupt();
    if (entry.isEncrypted()) {
      throw encrypted();
    }
    const stream = await openEntry(this.zip, entry);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.inflatedBytes += chunk.length;
        if (this.inflatedBytes > this.limits.maxZipBytes) throw tooLarge();
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ExtractionError) throw error;
      // yauzl's own check: the entry inflates to more than its header declares.
      if (error instanceof Error && /too many bytes/i.test(error.message)) {
        throw tooLarge('The archive holds more data than its headers declare.');
      }
      throw corrupt();
    } finally {
      stream.destroy();
    }
  }

  /** Inflates an entry only to check it stays within the limits. */
  async verify(name: string): Promise<void> {
    for await (const chunk of this.chunks(name)) void chunk;
  }

  close(): void {
    this.zip.close();
  }
}

function readCentralDirectory(zip: ZipFile, limits: ReaderLimits): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    let declaredBytes = 0;
    zip.on('error', () => reject(corrupt()));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      declaredBytes += entry.uncompressedSize;
      if (entries.has(entry.fileName)) {
        reject(corrupt());
      } else if (declaredBytes > limits.maxZipBytes) {
        reject(tooLarge('The archive unpacks to too much data.'));
      } else if (
        entry.uncompressedSize > RATIO_FLOOR_BYTES &&
        entry.uncompressedSize > entry.compressedSize * limits.maxZipRatio
      ) {
        reject(tooLarge('The archive is compressed suspiciously well.'));
      } else {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      }
    });
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) reject(corrupt());
      else resolve(stream);
    });
  });
}
