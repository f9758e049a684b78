import { foldSerbian } from '@mreza/shared/text';
import { HIGHLIGHT_END, HIGHLIGHT_START, highlightWords, restoreSnippet } from './snippet';

const mark = (word: string) => `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`;

describe(restoreSnippet.name, () => {
  it('shows the original Cyrillic words of a folded fragment, with the matches marked', () => {
    const original = 'Општина је унапредила социјалну заштиту старијих, а Ђорђе води пројекат.';
    expect(foldSerbian(original)).toContain('socijalnu zastitu');
    expect(
      restoreSnippet(`unapredila socijalnu ${mark('zastitu')} starijih, a dorde`, original),
    ).toBe('…унапредила социјалну <mark>заштиту</mark> старијих, а Ђорђе…');
  });

  it('keeps diacritics of Latin originals and escapes HTML', () => {
    const original = 'Zaštita <b>podataka</b> & čišćenje';
    expect(restoreSnippet(`${mark('zastita')} b podataka b ciscenje`, original)).toBe(
      '<mark>Zaštita</mark> &#60;b&#62;podataka&#60;/b&#62; &#38; čišćenje',
    );
  });

  it('cannot place a fragment that is not in the text', () => {
    expect(restoreSnippet('nesto sasvim drugo', 'Zaštita podataka')).toBeNull();
  });
});

describe(highlightWords.name, () => {
  it('marks words starting with a folded stem, in any script', () => {
    expect(highlightWords('Социјална заштита и zaštita podataka', ['zastit'])).toBe(
      'Социјална <mark>заштита</mark> и <mark>zaštita</mark> podataka',
    );
  });
});
