import { EventConsumer } from '@mreza/shared/events';
import type { EventEnvelope } from '@mreza/shared/events';
import { aUser, tokenFor } from '@mreza/shared/testing';
import type { LibraryTestApp } from '../testing/library-test-app';
import { aNetwork, startLibrary, upload } from '../testing/library-test-app';
import { EXTRACTION_QUEUE, ExtractionConsumer } from './extraction.consumer';
import { aPdf, pngSize } from './testing/documents';

const CREATE = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) {
  id currentVersion { id } } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) { thumbnailUrl
  currentVersion { extractionStatus pages } versions { number thumbnailUrl } } }`;

interface Shown {
  thumbnailUrl: string | null;
  currentVersion: { extractionStatus: string; pages: number | null };
  versions: { number: number; thumbnailUrl: string | null }[];
}

/** The real extractor (worker threads, pdfjs, @napi-rs/canvas) behind the queue's consumer. */
describe('thumbnails of PDF documents', () => {
  let app: LibraryTestApp;
  const author = aUser();
  const token = tokenFor(author);
  let networkId: string;

  beforeAll(async () => {
    app = await startLibrary({}, { realExtractor: true });
    networkId = (await aNetwork().withMember(author).create(app)).id;
  });

  afterAll(() => app.close());

  /** A document of the file, once its extraction is over: what a reader is shown of it. */
  const aDocument = async (filename: string, bytes: Buffer) => {
    const uploadId = await upload(app, token, filename, bytes);
    const { createDocument } = await app.client.ok<{
      createDocument: { id: string; currentVersion: { id: string } };
    }>(
      CREATE,
      {
        i: {
          uploadId,
          kind: 'REPORT',
          title: 'Izveštaj o radu',
          visibility: 'NETWORK',
          networkIds: [networkId],
        },
      },
      token,
    );
    const { id, currentVersion } = createDocument;
    for (let tries = 0; ; tries++) {
      const [row] = await app.query<{ extraction_status: string }>(
        `SELECT extraction_status FROM library.document_versions WHERE id = $1`,
        [currentVersion.id],
      );
      if (row.extraction_status !== 'PENDING') break;
      if (tries > 600) throw new Error('the version was never extracted');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { document } = await app.client.ok<{ document: Shown }>(DOCUMENT, { id }, token);
    return { id, versionId: currentVersion.id, document };
  };

  const thumbnailObjects = async (versionId: string) =>
    (await app.storage.list('thumbnails/')).filter((key) => key.includes(versionId));

  it("shows a PNG of a PDF's first page, 320 pixels wide, through a short-lived link", async () => {
    const pdf = await aPdf([['Izveštaj o radu komunalnog preduzeća'], ['Друга страна']]);
    const { versionId, document } = await aDocument('Izveštaj 2024.pdf', pdf);

    expect(document.currentVersion).toEqual({ extractionStatus: 'EXTRACTED', pages: 2 });
    expect(document.thumbnailUrl).toEqual(expect.any(String));
    expect(document.versions).toEqual([{ number: 1, thumbnailUrl: expect.any(String) }]);
    const response = await fetch(document.thumbnailUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="Izvestaj 2024.png"; filename*=UTF-8''Izve%C5%A1taj%202024.png`,
    );
    // A4: 595 × 842 points.
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({
      width: 320,
      height: 453,
    });
    expect(await thumbnailObjects(versionId)).toEqual([`thumbnails/${versionId}.png`]);
  });

  it('shows no thumbnail for a text file', async () => {
    const { versionId, document } = await aDocument(
      'zapisnik.txt',
      Buffer.from('Zapisnik sa sednice'),
    );
    expect(document).toMatchObject({
      thumbnailUrl: null,
      currentVersion: { extractionStatus: 'EXTRACTED' },
      versions: [{ thumbnailUrl: null }],
    });
    expect(await thumbnailObjects(versionId)).toEqual([]);
  });

  it('marks a damaged PDF EXTRACTION_FAILED without a thumbnail, and goes on', async () => {
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x5a)]);
    const broken = await aDocument('ostecen.pdf', damaged);
    expect(broken.document).toMatchObject({
      thumbnailUrl: null,
      currentVersion: { extractionStatus: 'EXTRACTION_FAILED', pages: null },
    });
    expect(await thumbnailObjects(broken.versionId)).toEqual([]);

    const next = await aDocument('sledeci.pdf', await aPdf([['Sledeći dokument']]));
    expect(next.document.thumbnailUrl).toEqual(expect.any(String));
  });

  it('records the text without a thumbnail when storage refuses the thumbnail', async () => {
    const put = jest.spyOn(app.storage, 'put').mockRejectedValueOnce(new Error('unreachable'));
    try {
      const { versionId, document } = await aDocument(
        'budzet.pdf',
        await aPdf([['Programski budžet']]),
      );
      expect(document).toMatchObject({
        thumbnailUrl: null,
        currentVersion: { extractionStatus: 'EXTRACTED', pages: 1 },
      });
      expect(
        await app.query(`SELECT text FROM library.version_texts WHERE version_id = $1`, [
          versionId,
        ]),
      ).toEqual([{ text: 'Programski budžet' }]);
      expect(await thumbnailObjects(versionId)).toEqual([]);
    } finally {
      put.mockRestore();
    }
  });

  it('uploads nothing again when the event is delivered again', async () => {
    const { id, versionId } = await aDocument('plan.pdf', await aPdf([['Plan javnih nabavki']]));
    const [row] = await app.query<EventEnvelope & { occurred_at: Date }>(
      `SELECT id, type, version, payload, occurred_at, 'library' AS source FROM library.outbox
       WHERE type = 'library.version.stored' AND payload->>'documentId' = $1`,
      [id],
    );
    const event = { ...row, occurredAt: row.occurred_at.toISOString() };
    const put = jest.spyOn(app.storage, 'put');
    try {
      const consumer = app.app.get(ExtractionConsumer);
      const bus = app.app.get(EventConsumer);
      await bus.handlePreparedOnce(EXTRACTION_QUEUE, event, consumer);
      await bus.handlePreparedOnce(
        EXTRACTION_QUEUE,
        { ...event, id: '00000000-0000-4000-8000-0000000000a1' },
        consumer,
      );
      expect(put).not.toHaveBeenCalled();
    } finally {
      put.mockRestore();
    }
    expect(await thumbnailObjects(versionId)).toEqual([`thumbnails/${versionId}.png`]);
    const [version] = await app.query(
      `SELECT thumbnail_key FROM library.document_versions WHERE id = $1`,
      [versionId],
    );
    expect(version).toEqual({ thumbnail_key: `thumbnails/${versionId}.png` });
  });
});
