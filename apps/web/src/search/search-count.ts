import type { TFunction } from 'i18next';
import type { InterfaceLanguage } from '@web/i18n/languages';

const formatters = new Map<InterfaceLanguage, Intl.NumberFormat>();

/**
 * A count as the interface writes it: digits grouped the language's way ("1.000", "1,000"),
 * with "+" after them when the count is a lower bound (a very common query, whose total and
 * facet counts the engine takes from its newest matches only).
 */
export function formatCount(count: number, exact: boolean, language: InterfaceLanguage): string {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    formatters.set(language, format);
  }
  const digits = format.format(count);
  return exact ? digits : `${digits}+`;
}

/**
 * How many results a search found, in a sentence: "Pronađeno je 1.000+ rezultata", "1 result
 * found". The plural form follows the number.
 */
export function totalText(
  t: TFunction,
  total: number,
  exact: boolean,
  language: InterfaceLanguage,
): string {
  return t(exact ? 'search.total' : 'search.totalAtLeast', {
    count: total,
    total: formatCount(total, exact, language),
  });
}
