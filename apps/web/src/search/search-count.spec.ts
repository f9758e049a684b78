import { beforeAll, describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import en from '@web/i18n/en.json';
import type { InterfaceLanguage } from '@web/i18n/languages';
import srCyrl from '@web/i18n/sr-Cyrl.json';
import srLatn from '@web/i18n/sr-Latn.json';
import { formatCount, totalText } from './search-count';

describe('formatCount', () => {
  it('groups the digits the way the interface language writes them', () => {
    expect(formatCount(1234, true, 'sr-Latn')).toBe('1.234');
    expect(formatCount(1234, true, 'sr-Cyrl')).toBe('1.234');
    expect(formatCount(1234, true, 'en')).toBe('1,234');
    expect(formatCount(7, true, 'en')).toBe('7');
  });

  it('adds "+" to a count that is only a lower bound', () => {
    expect(formatCount(1000, false, 'sr-Latn')).toBe('1.000+');
    expect(formatCount(1000, false, 'en')).toBe('1,000+');
    expect(formatCount(12, false, 'sr-Cyrl')).toBe('12+');
  });
});

describe('totalText', () => {
  const translations = { 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, en };
  const t = {} as Record<InterfaceLanguage, TFunction>;

  beforeAll(async () => {
    for (const [language, translation] of Object.entries(translations)) {
      const instance = i18next.createInstance();
      await instance.init({
        lng: language,
        fallbackLng: false,
        resources: { [language]: { translation } },
        interpolation: { escapeValue: false },
      });
      t[language as InterfaceLanguage] = instance.t;
    }
  });

  it('says how many results were found, with the plural form of the number', () => {
    expect(totalText(t['sr-Latn'], 1, true, 'sr-Latn')).toBe('Pronađen je 1 rezultat');
    expect(totalText(t['sr-Latn'], 22, true, 'sr-Latn')).toBe('Pronađena su 22 rezultata');
    expect(totalText(t['sr-Latn'], 1235, true, 'sr-Latn')).toBe('Pronađeno je 1.235 rezultata');
    expect(totalText(t['sr-Cyrl'], 21, true, 'sr-Cyrl')).toBe('Пронађен је 21 резултат');
    expect(totalText(t.en, 1, true, 'en')).toBe('1 result found');
    expect(totalText(t.en, 1234, true, 'en')).toBe('1,234 results found');
  });

  it('says "1.000+" when the engine counted only the newest thousand matches', () => {
    expect(totalText(t['sr-Latn'], 1000, false, 'sr-Latn')).toBe('Pronađeno je 1.000+ rezultata');
    expect(totalText(t['sr-Cyrl'], 1000, false, 'sr-Cyrl')).toBe('Пронађено је 1.000+ резултата');
    expect(totalText(t.en, 1000, false, 'en')).toBe('1,000+ results found');
  });

  it('keeps the plural form of a lower bound that a filter made small', () => {
    expect(totalText(t['sr-Latn'], 3, false, 'sr-Latn')).toBe('Pronađena su 3+ rezultata');
    expect(totalText(t['sr-Latn'], 21, false, 'sr-Latn')).toBe('Pronađen je 21+ rezultat');
    // "1+" is more than one: English says "results".
    expect(totalText(t.en, 1, false, 'en')).toBe('1+ results found');
  });
});
