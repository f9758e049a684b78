import { open } from 'node:fs/promises';

/** The first `maxBytes` of a file, and whether that is all of it. */
export async function readHead(
  filePath: string,
  maxBytes: number,
): Promise<{ bytes: Buffer; whole: boolean }> {
  const file = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { bytes: buffer.subarray(0, Math.min(length, maxBytes)), whole: length <= maxBytes };
  } finally {
    await file.close();
  }
}

/**
 * Text bytes to a string: by their BOM if they have one (UTF-8, UTF-16), as UTF-8 when valid,
 * else as the legacy Windows code page of Serbian: 1251 when most letters are Cyrillic, 1250
 * (Latin with č, ć, đ, š, ž) otherwise. `partial` bytes may end inside a UTF-8 sequence.
 */
export function decodeText(bytes: Buffer, partial: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3), { stream: partial });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    return new TextDecoder(looksCyrillic(bytes) ? 'windows-1251' : 'windows-1250').decode(bytes);
  }
}

/**
 * In Windows-1251 the Cyrillic letters are 0xC0–0xFF, so they are most letters of a Cyrillic
 * text; in Windows-1250 that range holds accented Latin letters, a few percent of Serbian Latin.
 */
function looksCyrillic(bytes: Buffer): boolean {
  let letters = 0;
  let high = 0;
  for (const byte of bytes) {
    if (byte >= 0xc0) high += 1;
    else if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) letters += 1;
  }
  return high > 0.3 * (letters + high);
}
