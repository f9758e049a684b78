import { MAX_MENTIONS, mentionedUserIds } from './mentions';

const ana = '0b8c2f9e-3a41-4c1d-9a57-2f0e6c1b7d10';
const marko = '7f3d1a22-9c4b-4e8f-b1d0-5a6c7e8f9a0b';

describe(mentionedUserIds.name, () => {
  it('finds the people the autocomplete linked, once each, in order', () => {
    const body = `[@Marko](mention:${marko}) i [@Ana](mention:${ana.toUpperCase()}), pa opet [@Marko](mention:${marko})`;
    expect(mentionedUserIds(body)).toEqual([marko, ana]);
  });

  it('ignores a bare @name and links elsewhere', () => {
    expect(mentionedUserIds(`@Ana [profil](https://skgo.org/${ana})`)).toEqual([]);
  });

  it(`stops at ${MAX_MENTIONS} people`, () => {
    const ids = Array.from(
      { length: MAX_MENTIONS + 5 },
      (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    );
    const body = ids.map((id) => `[@x](mention:${id})`).join(' ');
    expect(mentionedUserIds(body)).toHaveLength(MAX_MENTIONS);
  });
});
