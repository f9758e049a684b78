import type { TextCollector } from '../text-collector';
import type { Reader } from './reader';
import { SafeZip } from './safe-zip';
import type { XmlHandler } from './xml-stream';
import { parseXml } from './xml-stream';

/**
 * Text inside given elements (`<t>` of a shared string, `<a:t>` of a slide), with line breaks at
 * the ends of others; `skipped` elements (phonetic guides) are left out.
 */
class ElementText implements XmlHandler {
  private inside = 0;
  private skipped = 0;

  constructor(
    private readonly collector: TextCollector,
    private readonly textElement: string,
    private readonly lineElements: ReadonlySet<string>,
    private readonly skippedElements: ReadonlySet<string> = new Set(),
  ) {}

  open(name: string): void {
    if (name === this.textElement) this.inside += 1;
    if (this.skippedElements.has(name)) this.skipped += 1;
    if (name === 'a:br') this.collector.line();
  }

  close(name: string): void {
    if (name === this.textElement) this.inside -= 1;
    if (this.skippedElements.has(name)) this.skipped -= 1;
    if (this.lineElements.has(name)) this.collector.line();
  }

  text(text: string): void {
    if (this.inside > 0 && this.skipped === 0) this.collector.push(text);
  }
}

/** XLSX: the workbook's shared strings, one per line (where Excel keeps the text of cells). */
export const readSpreadsheetML: Reader = async (filePath, collector, limits) => {
  const zip = await SafeZip.open(filePath, limits);
  try {
    if (zip.has('xl/sharedStrings.xml')) {
      await parseXml(
        zip.chunks('xl/sharedStrings.xml'),
        new ElementText(collector, 't', new Set(['si']), new Set(['rPh'])),
        () => collector.full,
      );
    }
    return { pages: null };
  } finally {
    zip.close();
  }
};

const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;

/** PPTX: the text of each slide, in the order of their part names; `pages` counts the slides. */
export const readPresentationML: Reader = async (filePath, collector, limits) => {
  const zip = await SafeZip.open(filePath, limits);
  try {
    const slides = zip
      .names()
      .map((name) => ({ name, number: Number(SLIDE.exec(name)?.[1] ?? NaN) }))
      .filter((slide) => !Number.isNaN(slide.number))
      .sort((a, b) => a.number - b.number);
    for (const slide of slides) {
      if (collector.full) break;
      await parseXml(
        zip.chunks(slide.name),
        new ElementText(collector, 'a:t', new Set(['a:p'])),
        () => collector.full,
      );
      collector.paragraph();
    }
    return { pages: slides.length };
  } finally {
    zip.close();
  }
};
