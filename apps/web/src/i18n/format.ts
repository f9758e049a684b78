import { useTranslation } from 'react-i18next';
import type { InterfaceLanguage } from './languages';
import { DEFAULT_LANGUAGE, isInterfaceLanguage } from './languages';

export function formatDate(value: string | Date, language: InterfaceLanguage): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
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
    languageName: (code: string) => languageName(code, language),
  };
}
