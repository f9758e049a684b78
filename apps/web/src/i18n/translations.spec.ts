import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

const load = (file: string) => JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as Tree;

const LANGUAGES = {
  'sr-Latn': load('sr-Latn.json'),
  'sr-Cyrl': load('sr-Cyrl.json'),
  en: load('en.json'),
};

/** Leaf keys with their text; plural variants (`_one`, `_few`, `_other`) fold to one key. */
function leaves(tree: Tree, prefix = ''): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      found.set(base, [...(found.get(base) ?? []), value]);
    } else {
      for (const [inner, texts] of leaves(value, path)) found.set(inner, texts);
    }
  }
  return found;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const reference = leaves(LANGUAGES['sr-Latn']);

  it.each(Object.entries(LANGUAGES))('%s has every key of sr-Latn and no other', (_, tree) => {
    expect([...leaves(tree).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries(LANGUAGES))('%s uses the same placeholders as sr-Latn', (_, tree) => {
    for (const [key, texts] of leaves(tree)) {
      const expected = placeholders((reference.get(key) ?? [])[0] ?? '');
      for (const text of texts)
        expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: expected });
    }
  });

  it.each(Object.entries(LANGUAGES))('%s has no empty text', (_, tree) => {
    for (const [key, texts] of leaves(tree)) {
      for (const text of texts)
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('writes Serbian plurals in all three forms, English in two', () => {
    expect(Object.keys(LANGUAGES['sr-Latn']['directory'] as Tree)).toEqual(
      expect.arrayContaining(['showing_one', 'showing_few', 'showing_other']),
    );
    expect(Object.keys(LANGUAGES.en['directory'] as Tree)).toEqual(
      expect.arrayContaining(['showing_one', 'showing_other']),
    );
  });

  it('keeps sr-Cyrl in Cyrillic, but for placeholders, e-mail addresses, domains and key names', () => {
    for (const [key, texts] of leaves(LANGUAGES['sr-Cyrl'])) {
      for (const text of texts) {
        const latin = text
          .replace(/\{\{[^}]+\}\}/g, '')
          .replace(/\S+@\S+\.[a-z]{2,}/g, '')
          .replace(/\b[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\b/g, '')
          .replace(/\b(Enter|RS|BA)\b/g, '')
          .match(/[A-Za-zČĆŠŽĐčćšžđ]+/g);
        expect({ key, latin }).toEqual({ key, latin: null });
      }
    }
  });
});
