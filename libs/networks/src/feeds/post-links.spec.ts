import { PostLinkKind, postLinksOf } from './post-links';

const DOC = '0b8e0e8e-1111-4222-8333-444455556666';
const THREAD = '7c2f4a1e-2222-4333-8444-555566667777';

describe(postLinksOf.name, () => {
  it('finds Markdown links to documents and threads, relative or on any host', () => {
    const body = [
      `Pogledajte [model odluke](/library/documents/${DOC}) i`,
      `[raspravu](https://mreza.skgo.org/threads/${THREAD}?sort=new#odgovor).`,
    ].join('\n');
    expect(postLinksOf(body)).toEqual([
      { kind: PostLinkKind.DOCUMENT, id: DOC, url: `/library/documents/${DOC}` },
      {
        kind: PostLinkKind.THREAD,
        id: THREAD,
        url: `https://mreza.skgo.org/threads/${THREAD}?sort=new#odgovor`,
      },
    ]);
  });

  it('finds autolinks, reference links and bare addresses, each target once', () => {
    const body = [
      `<http://localhost:3000/threads/${THREAD}>`,
      '',
      `Isti dokument: [jednom][d], [dvaput][d] i https://mreza.rs/library/documents/${DOC.toUpperCase()}`,
      '',
      `[d]: /library/documents/${DOC}/`,
    ].join('\n');
    expect(postLinksOf(body)).toEqual([
      { kind: PostLinkKind.THREAD, id: THREAD, url: `http://localhost:3000/threads/${THREAD}` },
      { kind: PostLinkKind.DOCUMENT, id: DOC, url: `/library/documents/${DOC}/` },
    ]);
  });

  it('ignores addresses that are not links: in code, in text, other paths and schemes', () => {
    const body = [
      `\`/library/documents/${DOC}\``,
      '',
      `    https://mreza.rs/threads/${THREAD}`,
      '',
      `[drugo](/library/documents/${DOC}/versions) [nije id](/threads/123)`,
      `[mejl](mailto:x@y.rs?body=/threads/${THREAD}) [ftp](ftp://h/threads/${THREAD})`,
      `\\[nije link](/threads/${THREAD})`,
    ].join('\n');
    expect(postLinksOf(body)).toEqual([]);
  });

  it('answers an empty list for a body without links', () => {
    expect(postLinksOf('Sastanak je u petak u 10 časova.')).toEqual([]);
  });
});
