import type { Reader } from './reader';
import { decodeText, readHead } from './text-decoding';

/** TXT, Markdown, CSV: read as far as the text cap can use, decoded as `decodeText` says. */
export const readPlainText: Reader = async (filePath, collector, limits) => {
  const { bytes, whole } = await readHead(filePath, limits.maxTextBytes * 4);
  collector.push(decodeText(bytes, !whole));
  if (!whole) collector.markTruncated();
  return { pages: null };
};
