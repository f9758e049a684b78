/** The interface languages: Serbian in Latin script (the default), in Cyrillic script, English. */
export const INTERFACE_LANGUAGES = ['sr-Latn', 'sr-Cyrl', 'en'] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: InterfaceLanguage = 'sr-Latn';

/** Each language named in itself, so that a reader finds their own whatever is shown now. */
export const LANGUAGE_AUTONYMS: Record<InterfaceLanguage, string> = {
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  en: 'English',
};

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}
