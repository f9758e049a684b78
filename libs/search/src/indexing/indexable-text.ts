/**
 * Words kept as written, in order. PostgreSQL records a word's position only up to 16,383
 * (every later word shares the last position), so phrases and proximity only work this far in
 * anyway; Meilisearch stops at 65,535 positions.
 */
export const HEAD_WORDS = 16_383;
/** Characters of the head at most, whatever the length of its words. */
export const HEAD_CHARS = 200_000;
/**
 * Characters of the distinct later words at most. A `tsvector` must stay under 1 MB (each
 * distinct word costs its letters plus a few bytes); head and tail together stay well below it
 * even for a text of nothing but distinct codes.
 */
export const TAIL_CHARS = 300_000;

const WORD = /\S+/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * What the index keeps of a document's text: the text as written up to {@link HEAD_WORDS}
 * words, then each further word once, in order of first appearance. Every word of a 300-page
 * report stays findable, within the engines' limits, while the text's beginning keeps
 * its phrases and snippets.
 */
export function indexableText(text: string): string {
  WORD.lastIndex = 0;
  const seen = new Set<string>();
  let words = 0;
  let headEnd = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null) {
    const end = match.index + match[0].length;
    if (words === HEAD_WORDS || end > HEAD_CHARS) break;
    seen.add(keyOf(match[0]));
    headEnd = end;
    words += 1;
  }
  if (match === null) return text;
  const tail: string[] = [];
  let tailChars = 0;
  for (; match !== null; match = WORD.exec(text)) {
    const word = match[0].replace(EDGE_PUNCTUATION, '');
    const key = word.toLowerCase();
    if (!word || seen.has(key)) continue;
    if (tailChars + word.length + 1 > TAIL_CHARS) break;
    seen.add(key);
    tail.push(word);
    tailChars += word.length + 1;
  }
  return `${text.slice(0, headEnd)}\n\n${tail.join(' ')}`;
}

const keyOf = (word: string) => word.replace(EDGE_PUNCTUATION, '').toLowerCase();
