import { Role } from '@mreza/shared/auth';
import { aUser, codeOf, tokenFor } from '@mreza/shared/testing';
import type { LibraryTestApp } from '../testing/library-test-app';
import { aNetwork, aPdf, startLibrary, upload } from '../testing/library-test-app';

const CREATE = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) {
  id title kind visibility downloadUrl currentVersion { number filename size fileType } } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) { id title downloadUrl
  versions { number filename note uploadedBy { id } createdAt downloadUrl extractionStatus } } }`;
const ADD_VERSION = `mutation ($d: ID!, $u: ID!, $n: String) { addDocumentVersion(documentId: $d, uploadId: $u, note: $n) {
  currentVersion { number } versions { number } } }`;
const REQUEST_UPLOAD = `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url } }`;

const waitFor = async <T>(probe: () => Promise<T | undefined>, ms = 45_000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('library documents', () => {
  let app: LibraryTestApp;
  const member = aUser();
  const other = aUser();
  const admin = aUser(Role.ADMIN);
  let networkId: string;

  beforeAll(async () => {
    app = await startLibrary({ LIBRARY_MAX_UPLOAD_BYTES: '2000' });
    networkId = (await aNetwork().withMember(member).withMember(other).create(app)).id;
  });

  afterAll(() => app.close());

  const metadata = (uploadId: string, extra: Record<string, unknown> = {}) => ({
    uploadId,
    kind: 'GUIDELINE',
    title: 'Vodič za budžet',
    visibility: 'NETWORK',
    networkIds: [networkId],
    languages: ['sr-Latn'],
    ...extra,
  });

  /** What the library holds: documents, versions, uploads and bucket objects. */
  const holdings = async () => ({
    documents: (await app.query(`SELECT id FROM library.documents`)).length,
    versions: (await app.query(`SELECT id FROM library.document_versions`)).length,
    uploads: (await app.query(`SELECT id FROM library.uploads`)).length,
    objects: (await app.storage.list('')).length,
  });

  it('uploads, creates, downloads the same bytes with the original name, adds a version and deletes', async () => {
    const token = tokenFor(member);
    const bytes = Buffer.from('Uputstvo za izradu budžeta: čćžšđ ЧЋЖШЂ\n');
    const uploadId = await upload(app, token, 'Budžet opštine Šabac.txt', bytes);
    const { createDocument } = await app.client.ok(CREATE, { i: metadata(uploadId) }, token);
    expect(createDocument.currentVersion).toMatchObject({
      number: 1,
      filename: 'Budžet opštine Šabac.txt',
      size: bytes.length,
      fileType: 'TXT',
    });
    const download = await fetch(createDocument.downloadUrl as string);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Budzet opstine Sabac.txt"; filename*=UTF-8''Bud%C5%BEet%20op%C5%A1tine%20%C5%A0abac.txt`,
    );
    expect(await app.query(`SELECT id FROM library.uploads WHERE id = $1`, [uploadId])).toEqual([]);

    // Other test files share the run's database: only this document's events count.
    const events = (await app.events()).filter((e) => e.payload.documentId === createDocument.id);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['library.document.created', 'library.version.stored']),
    );
    const created = events.find((e) => e.type === 'library.document.created')!;
    expect(created.payload).toMatchObject({ visibility: 'NETWORK', networkIds: [networkId] });

    // Text extraction runs from the queue and records the text for search.
    const extracted = await waitFor(async () =>
      (await app.events('library.document.text-extracted')).find(
        (e) => e.payload.documentId === createDocument.id,
      ),
    );
    expect(extracted.payload).toMatchObject({ text: bytes.toString('utf8'), current: true });

    const second = aPdf('Druga verzija');
    const secondId = await upload(app, token, 'budzet-v2.pdf', second);
    const { addDocumentVersion } = await app.client.ok(
      ADD_VERSION,
      { d: createDocument.id, u: secondId, n: 'Ispravke' },
      token,
    );
    expect(addDocumentVersion.currentVersion.number).toBe(2);
    const { document } = await app.client.ok(DOCUMENT, { id: createDocument.id }, token);
    expect(document.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(document.versions[0]).toMatchObject({ note: 'Ispravke', uploadedBy: { id: member.id } });
    const old = await fetch(document.versions[1].downloadUrl as string);
    expect(Buffer.from(await old.arrayBuffer())).toEqual(bytes);
    const current = await fetch(document.downloadUrl as string);
    expect(Buffer.from(await current.arrayBuffer())).toEqual(second);
    // The PDF's extraction fails in the fake extractor: the version is kept, marked.
    await waitFor(async () => {
      const [row] = await app.query<{ extraction_status: string }>(
        `SELECT extraction_status FROM library.document_versions WHERE document_id = $1 AND number = 2`,
        [createDocument.id],
      );
      return row.extraction_status === 'EXTRACTION_FAILED' ? true : undefined;
    });

    await app.client.ok(
      `mutation ($id: ID!) { deleteDocument(id: $id) }`,
      { id: createDocument.id },
      token,
    );
    const gone = await app.client.request(DOCUMENT, { id: createDocument.id }, token);
    expect(codeOf(gone)).toBe('DOCUMENT_NOT_FOUND');
    expect((await app.events('library.document.deleted')).at(-1)?.payload).toMatchObject({
      documentId: createDocument.id,
      networkIds: [networkId],
    });
  });

  describe('refuses bad uploads, leaving nothing behind', () => {
    const token = () => tokenFor(member);

    const refusedAtCreate = async (
      filename: string,
      bytes: Buffer,
      code: string,
      announced?: number,
    ) => {
      const before = await holdings();
      const uploadId = await upload(app, token(), filename, bytes, announced);
      const result = await app.client.request(CREATE, { i: metadata(uploadId) }, token());
      expect(codeOf(result)).toBe(code);
      expect(result.data ?? null).toBeNull();
      expect(await holdings()).toEqual(before);
    };

    it('an executable named .pdf (ELF)', () =>
      refusedAtCreate(
        'izvestaj.pdf',
        Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]),
        'UPLOAD_TYPE_NOT_ALLOWED',
      ));

    it('an executable named .pdf (MZ)', () =>
      refusedAtCreate(
        'izvestaj.pdf',
        Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 1)]),
        'UPLOAD_TYPE_NOT_ALLOWED',
      ));

    it('a PNG named .pdf', () =>
      refusedAtCreate(
        'slika.pdf',
        Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.alloc(100),
        ]),
        'UPLOAD_TYPE_NOT_ALLOWED',
      ));

    it('a plain zip named .docx', () => {
      // An empty zip: just the end-of-central-directory record.
      const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), eocd()]);
      return refusedAtCreate('pravilnik.docx', zip, 'UPLOAD_TYPE_NOT_ALLOWED');
    });

    it('a file over the limit sent after a smaller announcement', () =>
      refusedAtCreate('veliki.txt', Buffer.alloc(2500, 'a'), 'UPLOAD_TOO_LARGE', 100));

    it('a file of another size than announced', () =>
      refusedAtCreate('drugi.txt', Buffer.from('kratko'), 'UPLOAD_SIZE_MISMATCH', 100));

    it('a zero-byte file', () =>
      refusedAtCreate('prazan.txt', Buffer.alloc(0), 'UPLOAD_EMPTY', 10));

    it('an announced size over the limit, up front', async () => {
      const before = await holdings();
      const result = await app.client.request(
        REQUEST_UPLOAD,
        { i: { filename: 'veliki.pdf', contentType: 'application/pdf', size: 2001 } },
        token(),
      );
      expect(codeOf(result)).toBe('UPLOAD_TOO_LARGE');
      expect(await holdings()).toEqual(before);
    });

    it.each([
      ['../../etc/passwd.txt'],
      ['a/b.txt'],
      ['a\\b.txt'],
      ['izveštaj\u0000.txt'],
      ['izveštaj\n.txt'],
      ['izvestaj\u202Etxt.exe'],
      ['..'],
    ])('a file name like %j', async (filename) => {
      const before = await holdings();
      const result = await app.client.request(
        REQUEST_UPLOAD,
        { i: { filename, contentType: 'text/plain', size: 10 } },
        token(),
      );
      expect(codeOf(result)).toBe('FILENAME_INVALID');
      expect(await holdings()).toEqual(before);
    });

    it('a type the library does not take, up front', async () => {
      const result = await app.client.request(
        REQUEST_UPLOAD,
        { i: { filename: 'program.exe', contentType: 'application/octet-stream', size: 10 } },
        token(),
      );
      expect(codeOf(result)).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    });

    it("another user's upload id", async () => {
      const uploadId = await upload(app, token(), 'tudje.txt', Buffer.from('tekst'));
      const before = await holdings();
      const result = await app.client.request(CREATE, { i: metadata(uploadId) }, tokenFor(other));
      expect(codeOf(result)).toBe('UPLOAD_NOT_YOURS');
      expect(await holdings()).toEqual(before);
      // The owner can still use it.
      await app.client.ok(CREATE, { i: metadata(uploadId) }, token());
    });

    it('an upload never sent', async () => {
      const { requestUpload } = await app.client.ok(
        REQUEST_UPLOAD,
        { i: { filename: 'nikad.txt', contentType: 'text/plain', size: 10 } },
        token(),
      );
      const before = await holdings();
      const result = await app.client.request(
        CREATE,
        { i: metadata(requestUpload.uploadId) },
        token(),
      );
      expect(codeOf(result)).toBe('UPLOAD_NOT_FOUND');
      expect(await holdings()).toEqual(before);
    });

    it('an unknown upload id', async () => {
      const result = await app.client.request(
        CREATE,
        { i: metadata('00000000-0000-4000-8000-000000000000') },
        token(),
      );
      expect(codeOf(result)).toBe('UPLOAD_NOT_FOUND');
    });
  });

  it('sweeps abandoned uploads: objects and rows', async () => {
    const uploadId = await upload(app, tokenFor(member), 'napusten.txt', Buffer.from('tekst'));
    await app.query(
      `UPDATE library.uploads SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [uploadId],
    );
    const { LibrarySweepScheduler } = await import('../sweeps/library-sweep.scheduler');
    await app.app.get(LibrarySweepScheduler).tick();
    expect(await app.query(`SELECT id FROM library.uploads WHERE id = $1`, [uploadId])).toEqual([]);
    expect(await app.storage.list(`files/${uploadId}`)).toEqual([]);
  });

  it('serves PUBLIC documents to anonymous callers, and only those', async () => {
    const token = tokenFor(admin);
    const make = async (visibility: string) =>
      (
        await app.client.ok(
          CREATE,
          {
            i: metadata(await upload(app, token, 'javno.txt', Buffer.from(visibility)), {
              visibility,
              title: visibility,
            }),
          },
          token,
        )
      ).createDocument.id as string;
    const publicId = await make('PUBLIC');
    const membersId = await make('ALL_MEMBERS');
    const anonymous = await app.client.ok(`{ documents(first: 100) { nodes { id } } }`);
    const ids = anonymous.documents.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain(publicId);
    expect(ids).not.toContain(membersId);
    const one = await app.client.ok(DOCUMENT, { id: publicId });
    expect((await fetch(one.document.downloadUrl as string)).status).toBe(200);
    expect(codeOf(await app.client.request(DOCUMENT, { id: membersId }))).toBe(
      'DOCUMENT_NOT_FOUND',
    );
  });
});

function eocd(): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  return record;
}
