import { excerptOf } from './excerpt';

describe(excerptOf.name, () => {
  it.each([
    ['**Važno:** rok je _15. mart_.', 'Važno: rok je 15. mart.'],
    [
      '# Naslov\n\nPrvi pasus\ni nastavak.\n\n- jedan\n- dva',
      'Naslov Prvi pasus i nastavak. jedan dva',
    ],
    [
      'Pitanje za [@Ana Petrović](mention:4f1c) i [uputstvo](https://skgo.org/x).',
      'Pitanje za @Ana Petrović i uputstvo.',
    ],
    ['> citat\n\nodgovor `kod`', 'citat odgovor kod'],
    ['Социјална <b>заштита</b>', 'Социјална заштита'],
  ])('reads %p as %p', (body, excerpt) => {
    expect(excerptOf(body)).toBe(excerpt);
  });

  it('cuts a long body with an ellipsis', () => {
    const excerpt = excerptOf('reč '.repeat(200), 20);
    expect(excerpt).toBe('reč reč reč reč reč…');
    expect(excerpt.length).toBeLessThanOrEqual(20);
  });
});
