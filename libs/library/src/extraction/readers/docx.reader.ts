import mammoth from 'mammoth';
import { corrupt } from '../extraction.errors';
import type { Reader } from './reader';
import { SafeZip } from './safe-zip';

/**
 * DOCX through `mammoth` (the maintained reference for Word's XML: fields, lists, tables, notes).
 * Mammoth inflates with JSZip and no limits, so every XML part it may read is first inflated
 * here within the zip limits; only an archive that passed is handed to it.
 */
export const readDocx: Reader = async (filePath, collector, limits) => {
  const zip = await SafeZip.open(filePath, limits);
  try {
    if (!zip.has('word/document.xml') && !zip.has('[Content_Types].xml')) throw corrupt();
    for (const name of zip.names()) {
      if (/\.(xml|rels)$/i.test(name)) await zip.verify(name);
    }
  } finally {
    zip.close();
  }
  let text: string;
  try {
    ({ value: text } = await mammoth.extractRawText({ path: filePath }));
  } catch {
    throw corrupt();
  }
  collector.push(text);
  return { pages: null };
};
