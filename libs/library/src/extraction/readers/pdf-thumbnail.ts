import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ThumbnailOptions } from '../extraction.options';

type Canvas = typeof import('@napi-rs/canvas');
/** What pdfjs takes for a canvas (a DOM type); `@napi-rs/canvas` is what it uses in Node. */
type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];

/** The pixel size of a page's thumbnail, and the scale from PDF points to it. */
export interface ThumbnailSize {
  width: number;
  height: number;
  scale: number;
}

/**
 * Scales a page (its size in points, as shown: rotation applied) to fit `maxWidth` × `maxHeight`
 * pixels, keeping its proportions; a small page is enlarged to fit. Whatever size a page claims,
 * the canvas stays within the bounds. Null for a size that is not a positive finite number.
 */
export function thumbnailSize(
  pageWidth: number,
  pageHeight: number,
  bounds: Pick<ThumbnailOptions, 'maxWidth' | 'maxHeight'>,
): ThumbnailSize | null {
  const valid = (n: number) => Number.isFinite(n) && n > 0;
  if (!valid(pageWidth) || !valid(pageHeight)) return null;
  const scale = Math.min(bounds.maxWidth / pageWidth, bounds.maxHeight / pageHeight);
  if (!valid(scale)) return null;
  const fit = (points: number, max: number) =>
    Math.min(max, Math.max(1, Math.round(points * scale)));
  return {
    width: fit(pageWidth, bounds.maxWidth),
    height: fit(pageHeight, bounds.maxHeight),
    scale,
  };
}

let canvasModule: Canvas | null | undefined;

/**
 * `@napi-rs/canvas` (a prebuilt Skia binary, pdfjs-dist's own choice for Node), or null on a
 * platform it has no binary for: then there are no thumbnails, and text is read as before.
 */
function loadCanvas(): Canvas | null {
  if (canvasModule === undefined) {
    try {
      canvasModule = require('@napi-rs/canvas') as Canvas;
    } catch {
      canvasModule = null;
    }
  }
  return canvasModule;
}

/**
 * A PNG of the document's first page within the bounds, or null when it cannot be made (no
 * canvas module, a broken page, more than `timeoutMs` or the time left before `deadline`). Never
 * throws: a thumbnail is a nicety, the text is what extraction is for.
 */
export async function renderFirstPage(
  document: PDFDocumentProxy,
  options: ThumbnailOptions,
  deadline: number,
): Promise<Uint8Array | null> {
  const budget = Math.min(options.timeoutMs, deadline - Date.now());
  const skia = budget > 0 ? loadCanvas() : null;
  if (!skia) return null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const page = await document.getPage(1);
    try {
      const { width, height } = page.getViewport({ scale: 1 });
      const size = thumbnailSize(width, height, options);
      if (!size) return null;
      const canvas = skia.createCanvas(size.width, size.height);
      const task = page.render({
        canvas: canvas as unknown as RenderCanvas,
        viewport: page.getViewport({ scale: size.scale }),
      });
      // pdfjs continues a render in microtasks; a turn of the event loop between its slices
      // (about 15 ms each) lets the timer cancel it.
      task.onContinue = (proceed: () => void) => setImmediate(proceed);
      timer = setTimeout(() => task.cancel(), budget);
      await task.promise;
      return await canvas.encode('png');
    } finally {
      page.cleanup();
    }
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
