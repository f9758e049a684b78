import { useTranslation } from 'react-i18next';
import type { InterfaceLanguage } from './languages';
import { DEFAULT_LANGUAGE, isInterfaceLanguage } from './languages';

export function formatDate(value: string | Date, language: InterfaceLanguage): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** How long ago (or from now) in words: "pre 5 minuta", "пре 2 дана", "3 hours ago". */
export function formatRelative(
  value: string | Date,
  language: InterfaceLanguage,
  now: Date = new Date(),
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  let amount = (date.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return format.format(Math.round(amount), 'year');
}

/** A language name (ISO 639 code) in the interface language, e.g. `mk` → "makedonski". */
export function languageName(code: string, language: InterfaceLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The interface language and formatters bound to it; re-renders when the language changes. */
export function useLocale() {
  const { i18n } = useTranslation();
  const language = isInterfaceLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return {
    language,
    formatDate: (value: string | Date) => formatDate(value, language),
    formatRelative: (value: string | Date) => formatRelative(value, language),
    languageName: (code: string) => languageName(code, language),
  };
}
