import { foldSerbian } from '@mreza/shared/text';

/** Marks engines put around matched words in folded text; private-use characters no text has. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

const ORIGINAL_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const FOLDED_WORD = /[\p{L}\p{N}]+/gu;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

interface Token {
  word: boolean;
  text: string;
}

function tokens(text: string, pattern: RegExp): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ word: false, text: text.slice(last, match.index) });
    out.push({ word: true, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ word: false, text: text.slice(last) });
  return out;
}

/**
 * Engines search and highlight the folded text ("socijalna zastita"); people should see what
 * was written ("Социјална заштита"). Folding keeps words in order, one for one, so the folded
 * fragment an engine chose (with {@link HIGHLIGHT_START}/{@link HIGHLIGHT_END} around matches)
 * is found by word position in the original, and the same words are shown and marked there.
 * Returns HTML-escaped text with `<mark>` around matches, or null when the fragment cannot be
 * placed (the caller falls back to {@link highlightWords}).
 */
export function restoreSnippet(foldedFragment: string, original: string): string | null {
  const fragment = (foldedFragment.match(/[\p{L}\p{N}\uE000\uE001]+/gu) ?? [])
    .map((token) => ({
      word: token.replace(/[\uE000\uE001]/g, ''),
      marked: token.includes(HIGHLIGHT_START),
    }))
    .filter((token) => token.word.length > 0);
  if (fragment.length === 0) return null;
  const foldedWords = foldSerbian(original).match(FOLDED_WORD) ?? [];
  const originalTokens = tokens(original, ORIGINAL_WORD);
  const originalWordCount = originalTokens.filter((token) => token.word).length;
  if (foldedWords.length !== originalWordCount) return null;
  const first = foldedWords.findIndex((_, at) =>
    fragment.every((token, i) => foldedWords[at + i] === token.word),
  );
  if (first < 0) return null;
  const out: string[] = [];
  let wordIndex = -1;
  for (const token of originalTokens) {
    if (token.word) wordIndex++;
    if (wordIndex < first || (!token.word && wordIndex === first - 1)) continue;
    if (
      wordIndex >= first + fragment.length ||
      (!token.word && wordIndex === first + fragment.length - 1)
    ) {
      if (token.word || wordIndex >= first + fragment.length) break;
      continue;
    }
    const marked = token.word && fragment[wordIndex - first].marked;
    out.push(marked ? `<mark>${escapeHtml(token.text)}</mark>` : escapeHtml(token.text));
  }
  const before = first > 0 ? '…' : '';
  const after = first + fragment.length < originalWordCount ? '…' : '';
  return `${before}${out.join('')}${after}`;
}

/**
 * A snippet made without an engine's help: the first `maxWords` words from the first match,
 * with every word whose folded form starts with one of `foldedStems` marked.
 */
export function highlightWords(original: string, foldedStems: string[], maxWords = 30): string {
  const all = tokens(original, ORIGINAL_WORD);
  const matches = (text: string) => {
    const folded = foldSerbian(text);
    return foldedStems.some((stem) => stem.length > 0 && folded.startsWith(stem));
  };
  const firstMatch = all.findIndex((token) => token.word && matches(token.text));
  let from = Math.max(0, firstMatch - 10);
  while (from > 0 && !all[from].word) from--;
  const out: string[] = [];
  let words = 0;
  for (let i = from; i < all.length && words < maxWords; i++) {
    const token = all[i];
    if (token.word) words++;
    out.push(
      token.word && matches(token.text)
        ? `<mark>${escapeHtml(token.text)}</mark>`
        : escapeHtml(token.text),
    );
  }
  const rest = all.slice(from).filter((token) => token.word).length > words;
  return `${from > 0 ? '…' : ''}${out.join('').trim()}${rest ? '…' : ''}`;
}
