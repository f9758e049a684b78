import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import { aUser, codeOf, tokenFor } from '@mreza/shared/testing';
import { LibrarySweepScheduler } from '../sweeps/library-sweep.scheduler';
import type { LibraryTestApp } from '../testing/library-test-app';
import { aNetwork, startLibrary, upload } from '../testing/library-test-app';

const CREATE = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) {
  id currentVersion { id } } }`;
const DELETE = `mutation ($id: ID!) { deleteDocument(id: $id) }`;
const RESTORE = `mutation ($id: ID!) { restoreDocument(id: $id) { id title } }`;
const DELETED = `{ deletedDocuments(first: 100) { nodes { id title deletedAt purgeAfter
  deletedBy { id } } } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) { id title } }`;

const DAY_MS = 86_400_000;

/** A 1 × 1 PNG: the fake extractor's first-page picture. */
const A_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

describe('deleted documents: restored within the retention, purged after it', () => {
  let app: LibraryTestApp;
  const author = aUser();
  const staff = aUser(Role.STAFF);
  let networkId: string;

  beforeAll(async () => {
    app = await startLibrary();
    networkId = (await aNetwork().withMember(author).create(app)).id;
  });

  afterAll(() => app.close());

  /** A text document whose text (and, from the fake extractor, thumbnail) was extracted, then deleted by its author. */
  const aDeletedDocument = async () => {
    const word = `kisnica${randomUUID().slice(0, 6)}`;
    const token = tokenFor(author);
    const uploadId = await upload(app, token, 'praksa.txt', Buffer.from(`Prikupljanje: ${word}`));
    const { createDocument } = await app.client.ok(
      CREATE,
      {
        i: {
          uploadId,
          kind: 'REPORT',
          title: `Kišnica ${word}`,
          visibility: 'NETWORK',
          networkIds: [networkId],
        },
      },
      token,
    );
    const id: string = createDocument.id;
    const versionId: string = createDocument.currentVersion.id;
    for (let tries = 0; ; tries++) {
      const [row] = await app.query(`SELECT 1 FROM library.version_texts WHERE version_id = $1`, [
        versionId,
      ]);
      if (row) break;
      if (tries > 300) throw new Error('the text was never extracted');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await app.client.ok(DELETE, { id }, token);
    const [{ key, thumbnail }] = await app.query<{ key: string; thumbnail: string | null }>(
      `SELECT object_key AS key, thumbnail_key AS thumbnail FROM library.document_versions
       WHERE id = $1`,
      [versionId],
    );
    return { id, versionId, word, key, thumbnail };
  };

  it('lists a deleted document for staff with the day its files go', async () => {
    const document = await aDeletedDocument();
    const { deletedDocuments } = await app.client.ok(DELETED, {}, tokenFor(staff));
    const listed = deletedDocuments.nodes.find((node: { id: string }) => node.id === document.id);
    expect(listed.deletedBy).toEqual({ id: author.id });
    expect(Date.parse(listed.purgeAfter) - Date.parse(listed.deletedAt)).toBe(30 * DAY_MS);
  });

  it('restores a deleted document and sends it to search again, with its text', async () => {
    const document = await aDeletedDocument();
    const { restoreDocument } = await app.client.ok(RESTORE, { id: document.id }, tokenFor(staff));
    expect(restoreDocument.id).toBe(document.id);

    const { document: readable } = await app.client.ok(
      DOCUMENT,
      { id: document.id },
      tokenFor(author),
    );
    expect(readable.id).toBe(document.id);
    const events = await app.query<{ type: string; text: string | null }>(
      `SELECT type, payload->>'text' AS text FROM library.outbox
       WHERE payload->>'documentId' = $1 ORDER BY occurred_at, id`,
      [document.id],
    );
    // The two events of the restore share its transaction's time: compare them as a set.
    expect(events.slice(-2).sort((a, b) => a.type.localeCompare(b.type))).toEqual([
      { type: 'library.document.text-extracted', text: `Prikupljanje: ${document.word}` },
      { type: 'library.document.updated', text: null },
    ]);
    const { deletedDocuments } = await app.client.ok(DELETED, {}, tokenFor(staff));
    expect(deletedDocuments.nodes.map((node: { id: string }) => node.id)).not.toContain(
      document.id,
    );
  });

  it('refuses to restore a document that is not deleted', async () => {
    const document = await aDeletedDocument();
    await app.client.ok(RESTORE, { id: document.id }, tokenFor(staff));
    const again = await app.client.request(RESTORE, { id: document.id }, tokenFor(staff));
    expect(codeOf(again)).toBe('DOCUMENT_NOT_FOUND');
    const unknown = await app.client.request(RESTORE, { id: randomUUID() }, tokenFor(staff));
    expect(codeOf(unknown)).toBe('DOCUMENT_NOT_FOUND');
  });

  it('purges the files, thumbnails and text of a document deleted longer ago than the retention', async () => {
    app.extractor.thumbnail = A_PNG;
    const expired = await aDeletedDocument();
    const recent = await aDeletedDocument();
    app.extractor.thumbnail = null;
    expect(expired.thumbnail).toBe(`thumbnails/${expired.versionId}.png`);
    expect(await app.storage.stat(expired.thumbnail!)).not.toBeNull();
    await app.query(
      `UPDATE library.documents SET deleted_at = now() - interval '31 days' WHERE id = $1`,
      [expired.id],
    );

    await app.app.get(LibrarySweepScheduler).tick();

    expect(await app.storage.stat(expired.key)).toBeNull();
    expect(await app.storage.stat(expired.thumbnail!)).toBeNull();
    expect(await app.storage.stat(recent.key)).not.toBeNull();
    expect(await app.storage.stat(recent.thumbnail!)).not.toBeNull();
    expect(
      await app.query(`SELECT version_id FROM library.version_texts WHERE version_id = ANY($1)`, [
        [expired.versionId, recent.versionId],
      ]),
    ).toEqual([{ version_id: recent.versionId }]);
    const restore = await app.client.request(RESTORE, { id: expired.id }, tokenFor(staff));
    expect(codeOf(restore)).toBe('DOCUMENT_NOT_FOUND');
    const { deletedDocuments } = await app.client.ok(DELETED, {}, tokenFor(staff));
    const listed = deletedDocuments.nodes.map((node: { id: string }) => node.id);
    expect(listed).toContain(recent.id);
    expect(listed).not.toContain(expired.id);
  });
});
