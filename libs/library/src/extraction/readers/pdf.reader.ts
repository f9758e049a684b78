import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { corrupt, encrypted, tooLarge } from '../extraction.errors';
import { renderFirstPage } from './pdf-thumbnail';
import type { Reader } from './reader';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * PDF through Mozilla's `pdfjs-dist` (the engine of Firefox's viewer: the most exercised PDF
 * parser in JavaScript, maintained, tolerant of broken files, with ToUnicode and CMap support so
 * Cyrillic comes out as text). Its legacy build is the one meant for Node; it is ES modules only,
 * loaded here by `require` (Node ≥ 20.19 loads ES modules without top-level await that way, and
 * TypeScript compiles this `import()` to it). `unpdf` wraps the same engine but wants Node 22.
 */
const loadPdfjs = (): Promise<Pdfjs> => import('pdfjs-dist/legacy/build/pdf.mjs');

const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));

export const readPdf: Reader = async (filePath, collector, limits, deadline) => {
  if ((await stat(filePath)).size > limits.maxFileBytes) throw tooLarge();
  const data = new Uint8Array(await readFile(filePath));
  const pdfjs = await loadPdfjs();
  let document: Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
  try {
    document = await pdfjs.getDocument({
      data,
      cMapUrl: join(PDFJS_ROOT, 'cmaps') + '/',
      standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts') + '/',
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw encrypted('The PDF is protected by a password.');
    }
    throw corrupt('The PDF is damaged or not a PDF.');
  }
  try {
    let unreadable = 0;
    for (let number = 1; number <= document.numPages && !collector.full; number += 1) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        for (const item of content.items) {
          if (!('str' in item)) continue;
          collector.push(item.str);
          if (item.hasEOL) collector.line();
        }
        page.cleanup();
      } catch {
        // One broken page costs its own text, not the document's.
        unreadable += 1;
      }
      collector.paragraph();
    }
    if (unreadable > 0 && unreadable === document.numPages) throw corrupt('The PDF is damaged.');
    // After the text, so a page slow to draw costs the thumbnail only.
    const thumbnail = limits.thumbnail
      ? await renderFirstPage(document, limits.thumbnail, deadline)
      : null;
    return { pages: document.numPages, thumbnail };
  } finally {
    await document.destroy();
  }
};
