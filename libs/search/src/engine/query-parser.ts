import { foldSerbian } from '@mreza/shared/text';

/** A search box's text, understood: words, "quoted phrases", -excluded words, a prefix being typed. */
export interface ParsedQuery {
  /** Folded words every hit must contain (the last one may be a prefix). */
  terms: string[];
  /** Folded phrases: the words must appear in this order, next to each other. */
  phrases: string[][];
  /** Folded words (or phrases) no hit may contain. */
  excluded: string[][];
  /** The last word was still being typed (no space after it): match it as a prefix. */
  prefix: boolean;
}

const MAX_TERMS = 16;
const MAX_LENGTH = 500;

/** Splits folded text into words: letters and digits only, so nothing reaches a query language. */
export const wordsOf = (folded: string): string[] => folded.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Parses a search box: `"javne nabavke"` is a phrase, `-konkurs` excludes, and the last word is
 * a prefix unless the text ends with a space or a closing quote ("as you type"). Everything is
 * folded with {@link foldSerbian}, so Cyrillic, Latin and Latin without diacritics parse alike.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_LENGTH);
  const parsed: ParsedQuery = { terms: [], phrases: [], excluded: [], prefix: false };
  const pattern = /(-?)"([^"]*)("?)|(\S+)/g;
  let lastIsOpenWord = false;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [, minus, quoted, closing, bare] = match;
    if (quoted !== undefined) {
      const words = wordsOf(foldSerbian(quoted));
      lastIsOpenWord = false;
      if (words.length === 0) continue;
      if (minus) parsed.excluded.push(words);
      else if (words.length === 1 && closing) parsed.terms.push(words[0]);
      else parsed.phrases.push(words);
      continue;
    }
    const negative = bare.startsWith('-') && bare.length > 1;
    const words = wordsOf(foldSerbian(negative ? bare.slice(1) : bare));
    if (words.length === 0) {
      lastIsOpenWord = false;
      continue;
    }
    if (negative) {
      parsed.excluded.push(words);
      lastIsOpenWord = false;
    } else if (words.length > 1) {
      // "e-uprava", "2024/25": parts of one token stay together as a phrase.
      parsed.phrases.push(words);
      lastIsOpenWord = false;
    } else {
      parsed.terms.push(words[0]);
      lastIsOpenWord = true;
    }
  }
  parsed.prefix = lastIsOpenWord && !/\s$/.test(text) && parsed.terms.length > 0;
  parsed.terms = parsed.terms.slice(0, MAX_TERMS);
  parsed.phrases = parsed.phrases.slice(0, MAX_TERMS);
  parsed.excluded = parsed.excluded.slice(0, MAX_TERMS);
  return parsed;
}

/** Nothing to look for: only exclusions, or no words at all. */
export const isEmptyQuery = (query: ParsedQuery) =>
  query.terms.length === 0 && query.phrases.length === 0;

/** All positive words, for highlighting and for engines that take plain text. */
export const positiveWords = (query: ParsedQuery) => [...query.terms, ...query.phrases.flat()];
