import type { TextCollector } from '../text-collector';
import type { Reader } from './reader';
import { SafeZip } from './safe-zip';
import type { XmlHandler } from './xml-stream';
import { parseXml } from './xml-stream';

/** Elements whose text is not the document's: deleted revisions, footnote marks. */
const SKIPPED = new Set(['text:tracked-changes', 'text:note-citation']);

/** The text of `content.xml` in an OpenDocument body: paragraphs, headings, tables, slides. */
class OpenDocumentText implements XmlHandler {
  private inBody = false;
  private skipped = 0;
  private cells = 0;

  constructor(private readonly collector: TextCollector) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name === 'office:body') this.inBody = true;
    if (SKIPPED.has(name)) this.skipped += 1;
    if (!this.reading) return;
    switch (name) {
      case 'text:s':
      case 'text:tab':
        this.collector.push(' '.repeat(Math.min(Number(attributes['text:c'] ?? 1) || 1, 8)));
        break;
      case 'text:line-break':
        this.collector.line();
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.cells += 1;
        break;
    }
  }

  close(name: string): void {
    if (SKIPPED.has(name)) this.skipped -= 1;
    if (name === 'office:body') this.inBody = false;
    if (!this.reading) return;
    switch (name) {
      case 'text:p':
      case 'text:h':
        if (this.cells > 0) this.collector.push(' ');
        else this.collector.paragraph();
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.cells -= 1;
        this.collector.push('\t');
        break;
      case 'table:table-row':
        this.collector.line();
        break;
      case 'table:table':
      case 'draw:page':
        this.collector.paragraph();
        break;
    }
  }

  text(text: string): void {
    if (this.reading) this.collector.push(text);
  }

  private get reading(): boolean {
    return this.inBody && this.skipped === 0;
  }
}

/** ODT, ODS and ODP: `content.xml` of the zip, streamed. */
export const readOpenDocument: Reader = async (filePath, collector, limits) => {
  const zip = await SafeZip.open(filePath, limits);
  try {
    await parseXml(
      zip.chunks('content.xml'),
      new OpenDocumentText(collector),
      () => collector.full,
    );
    return { pages: null };
  } finally {
    zip.close();
  }
};
