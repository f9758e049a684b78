import { Parser } from 'htmlparser2';
import type { Reader } from './reader';
import { decodeText, readHead } from './text-decoding';

/** Elements whose content is no text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);
const LINES = new Set(['br', 'li', 'tr', 'dt', 'dd', 'option']);
const CELLS = new Set(['td', 'th']);
const BLOCKS = new Set([
  ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title', 'pre', 'blockquote', 'hr'],
  ...['ul', 'ol', 'dl', 'table', 'section', 'article', 'header', 'footer', 'nav', 'aside'],
  ...['main', 'figure', 'figcaption', 'form', 'fieldset', 'address', 'details', 'summary'],
]);

/**
 * HTML through `htmlparser2` (forgiving like a browser, decodes entities, closes implied tags):
 * the text a reader sees, with blocks as paragraphs and source line breaks as spaces.
 */
export const readHtml: Reader = async (filePath, collector, limits) => {
  // Markup outweighs text: read more of the file than for plain text.
  const { bytes, whole } = await readHead(filePath, limits.maxTextBytes * 16);
  let skipped = 0;
  let preformatted = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipped += 1;
        if (name === 'pre') preformatted += 1;
        if (BLOCKS.has(name)) collector.paragraph();
        else if (LINES.has(name)) collector.line();
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipped = Math.max(0, skipped - 1);
        if (name === 'pre') preformatted = Math.max(0, preformatted - 1);
        if (BLOCKS.has(name)) collector.paragraph();
        else if (CELLS.has(name)) collector.push(' ');
      },
      ontext(text) {
        if (skipped > 0) return;
        collector.push(preformatted > 0 ? text : text.replace(/\s+/g, ' '));
      },
    },
    { decodeEntities: true },
  );
  parser.write(decodeText(bytes, !whole));
  parser.end();
  if (!whole) collector.markTruncated();
  return { pages: null };
};
