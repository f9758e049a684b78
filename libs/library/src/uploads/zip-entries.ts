import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import { RandomAccessReader, fromBuffer, fromRandomAccessReader } from 'yauzl';

/** Inner files read to tell zip-based formats apart are small; anything bigger is not one. */
const MAX_ENTRY_BYTES = 1024 * 1024;
/** A document's zip lists hundreds of parts at most; a longer directory is not worth reading. */
const MAX_ENTRIES = 10_000;

const OPTIONS = { lazyEntries: true, autoClose: false, validateEntrySizes: true };

/** Opens a zip for reading its directory and entries; rejects when it is not a zip. */
export type ZipOpener = () => Promise<ZipFile>;

/** Reads a stored object by ranges; yauzl asks for a stream at once, the range answers later. */
class RangeReader extends RandomAccessReader {
  constructor(private readonly readRange: (offset: number, length: number) => Promise<Readable>) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const stream = new PassThrough();
    this.readRange(start, end - start).then(
      (range) => range.on('error', (error) => stream.destroy(error)).pipe(stream),
      (error: Error) => stream.destroy(error),
    );
    return stream;
  }
}

/** A zip of `size` bytes read by ranges (`readRange(offset, length)`), never whole. */
export function openZipByRanges(
  size: number,
  readRange: (offset: number, length: number) => Promise<Readable>,
): ZipOpener {
  return () =>
    new Promise((resolve, reject) =>
      fromRandomAccessReader(new RangeReader(readRange), size, OPTIONS, (error, zip) =>
        error ? reject(error) : resolve(zip),
      ),
    );
}

/** A zip held in memory. */
export const openZipBuffer =
  (zip: Buffer): ZipOpener =>
  () =>
    new Promise((resolve, reject) =>
      fromBuffer(zip, OPTIONS, (error, opened) => (error ? reject(error) : resolve(opened))),
    );

/**
 * The named small entries of a zip as text (those over 1 MiB are left out), read in one pass
 * over its central directory; null for anything that is not a well-formed zip.
 */
export async function readSmallEntries(
  open: ZipOpener,
  names: string[],
): Promise<Map<string, string> | null> {
  let zip: ZipFile;
  try {
    zip = await open();
  } catch {
    return null;
  }
  try {
    if (zip.entryCount > MAX_ENTRIES) return null;
    const wanted = await entriesNamed(zip, names);
    const found = new Map<string, string>();
    for (const entry of wanted) {
      if (entry.uncompressedSize <= MAX_ENTRY_BYTES && !entry.isEncrypted()) {
        found.set(entry.fileName, await readEntry(zip, entry));
      }
    }
    return found;
  } catch {
    return null;
  } finally {
    zip.close();
  }
}

function entriesNamed(zip: ZipFile, names: string[]): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const found: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      if (names.includes(entry.fileName)) found.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(found));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function readEntry(zip: ZipFile, entry: Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      stream.once('error', reject);
    });
  });
}
