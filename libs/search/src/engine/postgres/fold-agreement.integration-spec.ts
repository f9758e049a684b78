import type { DataSource } from 'typeorm';
import { foldSerbian } from '@mreza/shared/text';
import { wordsOf } from '../query-parser';
import { searchDataSource } from '../../testing/search-database';
import { PostgresSearchEngine } from './postgres-search-engine';

/**
 * `foldSerbian` (JavaScript: queries, Meilisearch fields, snippets) and `search.fold` (SQL:
 * PostgreSQL's index) must fold alike, or a word found one way is missed the other.
 * Known, accepted differences outside Serbian: `unaccent` also expands ligatures and symbols
 * (ß → ss, æ → ae, ½ → 1/2), strips ł, and keeps й; they are not on the list. Punctuation
 * folds differently too („ “ – → ,, " -), which is why words are compared: only words are searched.
 */
const WORDS = [
  'Социјална заштита',
  'socijalna zaštita',
  'socijalna zastita',
  'ЂОРЂЕВИЋ Đorđević Djordjević Dordevic',
  'Љубовија, Његош, Џеп, џем',
  'ljubav NJIVA Džep',
  'чишћење снега у Чачку',
  'Čišćenje snega u Čačku',
  'Ужице Užice Нови Сад Novi Sad Ниш',
  'енергетска ефикасност 2024/25',
  'Ćuprija, Šabac, Žabalj, Đakovica',
  'rodna ravnopravnost – e-uprava „Moja opština“',
  'Café, naïve, Zürich, São Paulo',
  'Municipal budgets and public procurement',
  'ТАКСА 15% — Budžet (ЈЛС)',
];

describe('Serbian folding in JavaScript and SQL', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await searchDataSource();
  });
  afterAll(() => dataSource.destroy());

  it('folds every word on the list alike', async () => {
    const sql = await new PostgresSearchEngine(dataSource).fold(WORDS);
    expect(sql.map(wordsOf)).toEqual(WORDS.map((text) => wordsOf(foldSerbian(text))));
  });

  it('folds the three spellings of a phrase to one', async () => {
    const [cyrillic, latin, plain] = await new PostgresSearchEngine(dataSource).fold(
      WORDS.slice(0, 3),
    );
    expect(new Set([cyrillic, latin, plain, foldSerbian(WORDS[0])])).toEqual(
      new Set(['socijalna zastita']),
    );
  });
});
