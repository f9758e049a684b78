#!/usr/bin/env node
/**
 * Writes src/i18n/sr-Cyrl.json from src/i18n/sr-Latn.json. Serbian Latin maps to Cyrillic
 * letter by letter (lj → љ, nj → њ, dž → џ). Left as they are: interpolations ({{name}}),
 * e-mail addresses, domains (example.com), and the words listed in KEEP (names of keys, foreign terms). Review the
 * diff: a rare word such as "injekcija" (n + j, not nj) needs an entry in OVERRIDES.
 *
 *   node apps/web/scripts/transliterate-sr.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const I18N = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'i18n');

const DIGRAPHS = {
  Lj: 'Љ',
  LJ: 'Љ',
  lj: 'љ',
  Nj: 'Њ',
  NJ: 'Њ',
  nj: 'њ',
  Dž: 'Џ',
  DŽ: 'Џ',
  dž: 'џ',
};
const LETTERS = {
  A: 'А',
  B: 'Б',
  C: 'Ц',
  Č: 'Ч',
  Ć: 'Ћ',
  D: 'Д',
  Đ: 'Ђ',
  E: 'Е',
  F: 'Ф',
  G: 'Г',
  H: 'Х',
  I: 'И',
  J: 'Ј',
  K: 'К',
  L: 'Л',
  M: 'М',
  N: 'Н',
  O: 'О',
  P: 'П',
  R: 'Р',
  S: 'С',
  Š: 'Ш',
  T: 'Т',
  U: 'У',
  V: 'В',
  Z: 'З',
  Ž: 'Ж',
};
for (const [latin, cyrillic] of Object.entries(LETTERS)) {
  LETTERS[latin.toLowerCase()] = cyrillic.toLowerCase();
}

/** Kept in Latin script: key names and the like. */
// Country codes (RS, BA) are typed in Latin capitals in either script.
const KEEP = new Set(['Enter', 'RS', 'BA']);
/** Whole words whose n+j or d+ž are two letters, not one. */
const OVERRIDES = { Markdown: 'Маркдаун' };

function transliterateWord(word) {
  if (KEEP.has(word)) return word;
  if (OVERRIDES[word]) return OVERRIDES[word];
  let out = '';
  for (let i = 0; i < word.length; i += 1) {
    const pair = word.slice(i, i + 2);
    if (DIGRAPHS[pair]) {
      out += DIGRAPHS[pair];
      i += 1;
    } else {
      out += LETTERS[word[i]] ?? word[i];
    }
  }
  return out;
}

/** Interpolations, e-mail addresses and domains stay; everything else goes word by word. */
export function transliterate(text) {
  return text
    .split(/(\{\{[^}]+\}\}|\S+@\S+\.[a-z]{2,}\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b)/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/[\p{L}]+/gu, (word) => transliterateWord(word)),
    )
    .join('');
}

function convert(value) {
  if (typeof value === 'string') return transliterate(value);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
}

const latin = JSON.parse(readFileSync(join(I18N, 'sr-Latn.json'), 'utf8'));
writeFileSync(join(I18N, 'sr-Cyrl.json'), `${JSON.stringify(convert(latin), null, 2)}\n`);
console.log('Wrote src/i18n/sr-Cyrl.json');
