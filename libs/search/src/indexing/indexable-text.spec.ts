import { HEAD_WORDS, TAIL_CHARS, indexableText } from './indexable-text';

const words = (count: number, word: (n: number) => string) =>
  Array.from({ length: count }, (_, n) => word(n)).join(' ');

describe(indexableText.name, () => {
  it('keeps a text within the head as it is', () => {
    const text = 'Socijalna zaštita u opštini.\n\nДруги пасус.';
    expect(indexableText(text)).toBe(text);
  });

  it('keeps the head as written and each later word once, without its punctuation', () => {
    const head = words(HEAD_WORDS, (n) => `w${n}`);
    const text = `${head} javne nabavke, Javne (nabavke) w7 ЈАВНЕ kraj.`;
    expect(indexableText(text)).toBe(`${head}\n\njavne nabavke ЈАВНЕ kraj`);
  });

  it('stops adding later words at the tail budget', () => {
    const text = words(HEAD_WORDS + 200_000, (n) => `r${n.toString(36)}`);
    const indexed = indexableText(text);
    const tail = indexed.slice(indexed.indexOf('\n\n') + 2);
    expect(tail.length).toBeLessThanOrEqual(TAIL_CHARS);
    expect(tail.length).toBeGreaterThan(TAIL_CHARS - 10);
  });
});
