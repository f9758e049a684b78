import { aUser, tokenFor } from '@mreza/shared/testing';
import type { LibraryTestApp } from '../testing/library-test-app';
import { aNetwork, startLibrary, upload } from '../testing/library-test-app';
import { DocumentRepository } from './document.repository';

const CREATE = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`;
const DOCUMENTS = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Document { id title versions { number } } } }`;
const THREAD_DOCUMENTS = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Thread { id documents { id title } } } }`;

/** What the gateway asks the library for Document and Thread entities. */
describe('library federation references', () => {
  let app: LibraryTestApp;
  const member = aUser();
  const outsider = aUser();
  let open: string;
  let closed: string;
  let deleted: string;

  beforeAll(async () => {
    app = await startLibrary();
    const network = (await aNetwork().withMember(member).create(app)).id;
    const create = async (title: string, visibility: string) => {
      const token = tokenFor(member);
      const uploadId = await upload(app, token, 'praksa.txt', Buffer.from(title));
      const { createDocument } = await app.client.ok<{ createDocument: { id: string } }>(
        CREATE,
        { i: { uploadId, kind: 'REPORT', title, visibility, networkIds: [network] } },
        token,
      );
      return createDocument.id;
    };
    open = await create('Pomoć u kući', 'PUBLIC');
    closed = await create('Interni izveštaj mreže', 'NETWORK');
    deleted = await create('Povučen dokument', 'PUBLIC');
    await app.client.ok(
      `mutation ($id: ID!) { deleteDocument(id: $id) }`,
      { id: deleted },
      tokenFor(member),
    );
  });

  afterAll(() => app.close());

  const refs = (...ids: string[]) => ids.map((id) => ({ __typename: 'Document', id }));

  it('resolves documents for a reader, with their versions, and null for the rest', async () => {
    const asMember = await app.client.ok(
      DOCUMENTS,
      { r: refs(open, closed, deleted) },
      tokenFor(member),
    );
    expect(asMember._entities).toEqual([
      { id: open, title: 'Pomoć u kući', versions: [{ number: 1 }] },
      { id: closed, title: 'Interni izveštaj mreže', versions: [{ number: 1 }] },
      null,
    ]);
    const asOutsider = await app.client.ok(
      DOCUMENTS,
      { r: refs(open, closed) },
      tokenFor(outsider),
    );
    expect(asOutsider._entities).toEqual([expect.objectContaining({ id: open }), null]);
    const anonymous = await app.client.ok(DOCUMENTS, { r: refs(closed, 'not-an-id') });
    expect(anonymous._entities).toEqual([null, null]);
  });

  it("answers a thread's documents with those the viewer may read, in order, others left out", async () => {
    const thread = {
      __typename: 'Thread',
      id: '7f1c3a52-0d43-4a39-9a0e-0b8a5e0b7c11',
      documentIds: [closed, deleted, open],
    };
    const asMember = await app.client.ok(THREAD_DOCUMENTS, { r: [thread] }, tokenFor(member));
    expect(asMember._entities[0].documents.map((d: { id: string }) => d.id)).toEqual([
      closed,
      open,
    ]);
    const asOutsider = await app.client.ok(THREAD_DOCUMENTS, { r: [thread] }, tokenFor(outsider));
    expect(asOutsider._entities[0]).toEqual({
      id: thread.id,
      documents: [{ id: open, title: 'Pomoć u kući' }],
    });
  });

  it('looks the documents of a list up in one query, whatever their number', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => (i % 2 ? open : closed));
    const repository = app.app.get(DocumentRepository);
    const documents = jest.spyOn(repository, 'findByIds');
    const versions = jest.spyOn(repository, 'versionsOfMany');
    try {
      const { _entities } = await app.client.ok(DOCUMENTS, { r: refs(...ids) }, tokenFor(member));
      expect(_entities).toHaveLength(20);
      expect(documents).toHaveBeenCalledTimes(1);
      expect(versions).toHaveBeenCalledTimes(1);
    } finally {
      documents.mockRestore();
      versions.mockRestore();
    }
  });
});
