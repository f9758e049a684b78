import { foldSerbian } from './fold-serbian';

describe(foldSerbian.name, () => {
  it('folds Cyrillic, Latin with and without diacritics alike', () => {
    expect(foldSerbian('Заштита')).toBe('zastita');
    expect(foldSerbian('zaštita')).toBe('zastita');
    expect(foldSerbian('ZASTITA')).toBe('zastita');
  });

  it('treats đ, dj and d as the same letter', () => {
    expect(foldSerbian('Ђурђевак')).toBe(foldSerbian('Djurdjevak'));
    expect(foldSerbian('Đurđevak')).toBe(foldSerbian('Durdevak'));
  });

  it('transliterates the digraph letters', () => {
    expect(foldSerbian('Љубљана Њива Џеп')).toBe('ljubljana njiva dzep');
  });
});
