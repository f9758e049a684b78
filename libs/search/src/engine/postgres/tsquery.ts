import type { ParsedQuery } from '../query-parser';

/**
 * The text for `to_tsquery` from a parsed query. Words are letters and digits only (the parser
 * guarantees it), so nothing of the caller's reaches the tsquery syntax: `&` between parts,
 * `<->` inside phrases, `!` before exclusions, `:*` on a word being typed.
 */
export function toTsQueryText(query: ParsedQuery): string {
  const phrase = (words: string[]) => (words.length === 1 ? words[0] : `(${words.join(' <-> ')})`);
  const parts = query.terms.map((term, i) =>
    query.prefix && i === query.terms.length - 1 ? `${term}:*` : term,
  );
  parts.push(...query.phrases.map(phrase));
  parts.push(...query.excluded.map((words) => `!${phrase(words)}`));
  return parts.join(' & ');
}
