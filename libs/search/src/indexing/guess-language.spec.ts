import { guessLanguage } from './guess-language';

describe(guessLanguage.name, () => {
  it.each([
    ['Municipalities are planning the budgets for social services in the region', 'en'],
    ['Opštine planiraju budžete za socijalne usluge u regionu', 'sr'],
    ['Општине планирају буџете', 'sr'],
    ['Javne nabavke', 'sr'],
    // English words outnumber Serbian ones here: only the Cyrillic decides.
    ['The report of the Општина is in the archive', 'sr'],
  ])('reads %p as %p', (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });
});
