import MarkdownIt from 'markdown-it';

/** The length of the excerpts events carry (notifications, digests, feeds). */
export const EXCERPT_LENGTH = 280;

const markdown = new MarkdownIt('commonmark');

/**
 * The start of a Markdown body as plain text, for places that show no Markdown (notifications,
 * e-mails): the words as a reader sees them, without `**`, `#`, link targets or the mention
 * syntax (`[@Ana](mention:…)` reads "@Ana"); one line, cut at `length` with an ellipsis.
 */
export function excerptOf(body: string, length = EXCERPT_LENGTH): string {
  const words: string[] = [];
  for (const token of markdown.parse(body, {})) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') words.push(child.content);
        else if (child.type === 'softbreak' || child.type === 'hardbreak') words.push(' ');
        else if (child.type === 'image') words.push(child.content);
      }
      words.push(' ');
    } else if (token.type === 'code_block' || token.type === 'fence') {
      words.push(token.content, ' ');
    }
  }
  const flat = words.join('').replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
