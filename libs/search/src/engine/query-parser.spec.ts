import { isEmptyQuery, parseQuery } from './query-parser';

describe(parseQuery.name, () => {
  it('folds Cyrillic, Latin and Latin without diacritics alike', () => {
    const expected = { terms: ['socijalna', 'zastita'], phrases: [], excluded: [], prefix: true };
    expect(parseQuery('Социјална заштита')).toEqual(expected);
    expect(parseQuery('socijalna zaštita')).toEqual(expected);
    expect(parseQuery('SOCIJALNA ZASTITA')).toEqual(expected);
  });

  describe('quotes', () => {
    it('keeps a quoted phrase together', () => {
      expect(parseQuery('"javne nabavke" zakon ')).toMatchObject({
        terms: ['zakon'],
        phrases: [['javne', 'nabavke']],
        prefix: false,
      });
    });

    it('treats a quoted single word as a whole word, not a prefix', () => {
      expect(parseQuery('"porez"')).toMatchObject({ terms: ['porez'], prefix: false });
    });

    it('reads an unclosed quote to the end as a phrase', () => {
      expect(parseQuery('"lokalni ekonomski razvoj')).toMatchObject({
        phrases: [['lokalni', 'ekonomski', 'razvoj']],
        prefix: false,
      });
    });

    it('ignores empty quotes', () => {
      expect(parseQuery('"" budzet ')).toMatchObject({ terms: ['budzet'], phrases: [] });
    });
  });

  describe('-word', () => {
    it('excludes a word and a quoted phrase', () => {
      expect(parseQuery('nabavke -konkurs -"javni poziv" ')).toEqual({
        terms: ['nabavke'],
        phrases: [],
        excluded: [['konkurs'], ['javni', 'poziv']],
        prefix: false,
      });
    });

    it('does not make an excluded last word a prefix', () => {
      expect(parseQuery('nabavke -konk')).toMatchObject({ terms: ['nabavke'], prefix: false });
    });

    it('treats a lone dash and a hyphen inside a word as text, not exclusion', () => {
      expect(parseQuery('e-uprava - portal ')).toMatchObject({
        terms: ['portal'],
        phrases: [['e', 'uprava']],
        excluded: [],
      });
    });

    it('has nothing to look for when all words are excluded', () => {
      expect(isEmptyQuery(parseQuery('-konkurs'))).toBe(true);
    });
  });

  describe('prefix as you type', () => {
    it('makes the last word a prefix while it is being typed', () => {
      expect(parseQuery('energetska efik')).toMatchObject({
        terms: ['energetska', 'efik'],
        prefix: true,
      });
    });

    it('stops once a space follows it', () => {
      expect(parseQuery('energetska efikasnost ').prefix).toBe(false);
    });

    it('stops after a closing quote', () => {
      expect(parseQuery('plan "rodna ravnopravnost"').prefix).toBe(false);
    });
  });

  it('drops punctuation and operators so nothing reaches the query language', () => {
    expect(parseQuery(`zakon & (porez) | !taksa ':*' <-> `)).toMatchObject({
      terms: ['zakon', 'porez', 'taksa'],
      excluded: [],
    });
  });

  it('caps the number of words', () => {
    expect(parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).terms).toHaveLength(
      16,
    );
  });
});
