import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import { aUser, tokenFor } from '@mreza/shared/testing';
import type { SearchTestApp } from '../testing/search-test-app';
import { events, SEARCH, startSearch } from '../testing/search-test-app';
import { DocumentNotIndexedYetError } from './search-indexer';

const PAGE =
  'Opština je u okviru programa socijalne zaštite obezbedila pomoć u kući za starije sugrađane, ' +
  'a centar za socijalni rad vodi evidenciju korisnika i izveštava skupštinu jednom godišnje. ';

/** About 3,500 characters of ordinary Serbian prose per page, as a long report has. */
const pages = (count: number, page: (n: number) => string) =>
  Array.from({ length: count }, (_, n) => page(n)).join('\n\f');

describe("a library document's extracted text", () => {
  let app: SearchTestApp;
  const staff = tokenFor(aUser(Role.STAFF));
  const find = async (query: string) =>
    (await app.client.ok(SEARCH, { q: `${query} `, first: 5 }, staff)).search.nodes.map(
      (hit: { id: string }) => hit.id,
    );

  beforeAll(async () => {
    app = await startSearch();
  });

  afterAll(() => app.close());

  it('is found by a word of its first page and of its 300th', async () => {
    const first = `prvastrana${randomUUID().slice(0, 6)}`;
    const last = `poslednja${randomUUID().slice(0, 6)}`;
    const text = pages(300, (n) =>
      `${n === 0 ? first : ''} ${PAGE.repeat(25)} strana${n} ${n === 299 ? last : ''}`.trim(),
    );
    expect(text.length).toBeGreaterThan(1_000_000);
    const document = events.document('Izveštaj o socijalnoj zaštiti', 'PUBLIC');
    await app.deliver('library.document.created', document);
    await app.deliver('library.document.text-extracted', events.text(document.documentId, text));

    expect(await find(first)).toEqual([document.documentId]);
    expect(await find(last)).toEqual([document.documentId]);
    expect(await find('strana287')).toEqual([document.documentId]);
  });

  it('is indexed whole even when it is nothing but distinct codes', async () => {
    const codes = Array.from({ length: 250_000 }, (_, n) => `k${n.toString(36)}x`).join(' ');
    const document = events.document('Šifarnik', 'PUBLIC');
    await app.deliver('library.document.created', document);
    await app.deliver('library.document.text-extracted', events.text(document.documentId, codes));

    expect(await find('k1x')).toEqual([document.documentId]);
  });

  it('waits for its document when it arrives first', async () => {
    const word = `vodovod${randomUUID().slice(0, 6)}`;
    const document = events.document('Vodovod i kanalizacija', 'PUBLIC');
    await expect(
      app.deliver('library.document.text-extracted', events.text(document.documentId, word)),
    ).rejects.toBeInstanceOf(DocumentNotIndexedYetError);

    await app.deliver('library.document.created', document);
    await app.deliver('library.document.text-extracted', events.text(document.documentId, word));
    expect(await find(word)).toEqual([document.documentId]);
  });
});
