import { StringDecoder } from 'node:string_decoder';
import { parser } from 'sax';
import { corrupt, ExtractionError } from '../extraction.errors';

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Feeds XML, as it inflates, to a `sax` parser in strict mode (a streaming parser: an entry's
 * text never has to sit in memory whole, and it expands no DTD entities); stops when `done()`.
 */
export async function parseXml(
  chunks: AsyncIterable<Buffer>,
  handler: XmlHandler,
  done: () => boolean,
): Promise<void> {
  const xml = parser(true, { position: false });
  xml.onopentag = (tag) => handler.open(tag.name, tag.attributes as Record<string, string>);
  xml.onclosetag = (name) => handler.close(name);
  xml.ontext = (text) => handler.text(text);
  xml.oncdata = (text) => handler.text(text);
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of chunks) {
      xml.write(decoder.write(chunk));
      if (done()) return;
    }
    xml.write(decoder.end());
    xml.close();
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw corrupt();
  }
}
