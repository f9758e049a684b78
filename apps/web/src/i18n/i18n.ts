import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { InterfaceLanguage } from './languages';
import { DEFAULT_LANGUAGE, isInterfaceLanguage } from './languages';
import srLatn from './sr-Latn.json';

const STORAGE_KEY = 'mreza.interfaceLanguage';

/** A translation file: nested keys to strings (the same keys in each language, see the spec). */
type Translation = Record<string, unknown>;

/** Serbian Latin ships in the main bundle (the default); the other two load when chosen. */
const loaders: Record<InterfaceLanguage, () => Promise<Translation>> = {
  'sr-Latn': () => Promise.resolve(srLatn),
  'sr-Cyrl': () => import('./sr-Cyrl.json').then((module) => module.default),
  en: () => import('./en.json').then((module) => module.default),
};

function storedLanguage(): InterfaceLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isInterfaceLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function remember(language: InterfaceLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this visit.
  }
}

async function ensureLoaded(language: InterfaceLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loaders[language]());
}

/** Starts i18next in the language chosen last time on this device, else Serbian Latin. */
export async function initI18n(): Promise<void> {
  const language = storedLanguage() ?? DEFAULT_LANGUAGE;
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['sr-Latn', 'sr-Cyrl', 'en'],
    load: 'currentOnly',
    resources: { [DEFAULT_LANGUAGE]: { translation: srLatn } },
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  await applyLanguage(language).catch(() => applyLanguage(DEFAULT_LANGUAGE));
}

/** Switches the interface language at once, remembers it on this device and marks up `<html lang>`. */
export async function applyLanguage(language: InterfaceLanguage): Promise<void> {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  remember(language);
  document.documentElement.lang = language;
}

/** The current interface language (i18next keeps it as a plain string). */
export function currentLanguage(): InterfaceLanguage {
  return isInterfaceLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}

export { i18next };
