import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Inner files read to tell zip-based formats apart are small; anything bigger is not one. */
const MAX_ENTRY_BYTES = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/**
 * A minimal reader of a zip's central directory, enough to read the one small file that names
 * an OOXML (`[Content_Types].xml`) or ODF (`mimetype`) document's real type. Returns null for
 * anything that is not a well-formed zip.
 */
export function readZipEntry(zip: Buffer, name: string): string | null {
  const entries = centralDirectory(zip);
  const entry = entries?.find((candidate) => candidate.name === name);
  if (!entry || entry.compressedSize > MAX_ENTRY_BYTES) return null;
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) {
      return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }).toString('utf8');
    }
  } catch {
    return null;
  }
  return null;
}

function centralDirectory(zip: Buffer): Entry[] | null {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}
