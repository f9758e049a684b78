import { EventConsumer } from '@mreza/shared/events';
import type { EventEnvelope } from '@mreza/shared/events';
import { aUser, tokenFor } from '@mreza/shared/testing';
import type { LibraryTestApp } from '../testing/library-test-app';
import { aNetwork, startLibrary, upload } from '../testing/library-test-app';
import type { ExtractionOutcome } from './extraction.port';
import {
  EXTRACTION_QUEUE,
  ExtractionConsumer,
  ExtractionInProgressError,
} from './extraction.consumer';
import { ExtractionInterruptedError } from './extraction.errors';

const CREATE = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`;

const waitFor = async <T>(probe: () => Promise<T | undefined>, ms = 45_000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe(ExtractionConsumer.name, () => {
  let app: LibraryTestApp;
  const author = aUser();
  let networkId: string;

  beforeAll(async () => {
    app = await startLibrary();
    networkId = (await aNetwork().withMember(author).create(app)).id;
  });

  afterAll(() => app.close());

  /** A text document; returns its id once the library stored it. */
  const aDocument = async (text: string) => {
    const token = tokenFor(author);
    const uploadId = await upload(app, token, 'praksa.txt', Buffer.from(text));
    const { createDocument } = await app.client.ok<{ createDocument: { id: string } }>(
      CREATE,
      {
        i: {
          uploadId,
          kind: 'REPORT',
          title: 'Izveštaj',
          visibility: 'ALL_MEMBERS',
          networkIds: [networkId],
        },
      },
      token,
    );
    return createDocument.id;
  };

  const storedEvent = async (documentId: string): Promise<EventEnvelope> => {
    const [row] = await app.query<EventEnvelope & { occurred_at: Date }>(
      `SELECT id, type, version, payload, occurred_at, 'library' AS source FROM library.outbox
       WHERE type = 'library.version.stored' AND payload->>'documentId' = $1`,
      [documentId],
    );
    return { ...row, occurredAt: row.occurred_at.toISOString() };
  };

  const extractedEvents = (documentId: string) =>
    app.query(
      `SELECT id FROM library.outbox
       WHERE type = 'library.document.text-extracted' AND payload->>'documentId' = $1`,
      [documentId],
    );

  const redeliver = (event: EventEnvelope) =>
    app.app
      .get(EventConsumer)
      .handlePreparedOnce(EXTRACTION_QUEUE, event, app.app.get(ExtractionConsumer));

  it('keeps the whole text of a long version and sends it whole to search', async () => {
    const text = `${'Socijalna zaštita u opštini. '.repeat(20_000)}poslednja strana`;
    const documentId = await aDocument(text);
    await waitFor(async () => ((await extractedEvents(documentId)).length ? true : undefined));

    const [event] = await app.query<{ length: number; truncated: boolean }>(
      `SELECT length(payload->>'text') AS length, (payload->>'truncated')::boolean AS truncated
       FROM library.outbox
       WHERE type = 'library.document.text-extracted' AND payload->>'documentId' = $1`,
      [documentId],
    );
    const [kept] = await app.query<{ length: number; truncated: boolean }>(
      `SELECT length(t.text) AS length, t.truncated FROM library.version_texts t
       JOIN library.document_versions v ON v.id = t.version_id WHERE v.document_id = $1`,
      [documentId],
    );
    expect(event).toEqual({ length: text.length, truncated: false });
    expect(kept).toEqual({ length: text.length, truncated: false });
  });

  it('extracts a redelivered event once and records it once, under its id or another', async () => {
    const documentId = await aDocument('Pomoć u kući: Помоћ у кући');
    await waitFor(async () => ((await extractedEvents(documentId)).length ? true : undefined));
    const calls = app.extractor.calls.length;
    const event = await storedEvent(documentId);

    await redeliver(event);
    await redeliver({ ...event, id: '00000000-0000-4000-8000-000000000001' });

    expect(app.extractor.calls).toHaveLength(calls);
    expect(await extractedEvents(documentId)).toHaveLength(1);
    const [version] = await app.query(
      `SELECT extraction_status, extraction_claimed_by FROM library.document_versions
       WHERE document_id = $1`,
      [documentId],
    );
    expect(version).toEqual({ extraction_status: 'EXTRACTED', extraction_claimed_by: null });
  });

  it('extracts outside a transaction and makes an overlapping delivery wait for the claim', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const extracting = new Promise<void>((resolve) => (started = resolve));
    const original = app.extractor.extract.bind(app.extractor);
    const spy = jest
      .spyOn(app.extractor, 'extract')
      .mockImplementationOnce(async (input): Promise<ExtractionOutcome> => {
        started();
        await gate;
        return original(input);
      });
    try {
      const documentId = await aDocument('Energetska sanacija: енергетска санација');
      await extracting;
      // The queue's delivery is extracting: no transaction of the library is open meanwhile.
      const open = await app.query<{ count: string }>(
        `SELECT count(*) FROM pg_stat_activity
         WHERE datname = current_database() AND state LIKE 'idle in transaction%'
           AND query ILIKE '%library.%'`,
      );
      expect(Number(open[0].count)).toBe(0);
      const event = await storedEvent(documentId);
      await expect(
        redeliver({ ...event, id: '00000000-0000-4000-8000-000000000002' }),
      ).rejects.toBeInstanceOf(ExtractionInProgressError);

      release();
      await waitFor(async () => ((await extractedEvents(documentId)).length ? true : undefined));
      await redeliver({ ...event, id: '00000000-0000-4000-8000-000000000003' });
      expect(spy).toHaveBeenCalledTimes(1);
      expect(await extractedEvents(documentId)).toHaveLength(1);
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it('gives the claim up when the file cannot be read, so a retry extracts at once', async () => {
    const documentId = await aDocument('Programsko budžetiranje');
    await waitFor(async () => ((await extractedEvents(documentId)).length ? true : undefined));
    // As if the version were still waiting, and storage did not answer.
    await app.query(
      `UPDATE library.document_versions SET extraction_status = 'PENDING' WHERE document_id = $1`,
      [documentId],
    );
    const [version] = await app.query<{ id: string }>(
      `SELECT id FROM library.document_versions WHERE document_id = $1`,
      [documentId],
    );
    const event = await storedEvent(documentId);
    const read = jest.spyOn(app.storage, 'read').mockRejectedValueOnce(new Error('unreachable'));
    try {
      await expect(
        redeliver({ ...event, id: '00000000-0000-4000-8000-000000000004' }),
      ).rejects.toThrow('unreachable');
    } finally {
      read.mockRestore();
    }
    const [claim] = await app.query(
      `SELECT extraction_status, extraction_claimed_by FROM library.document_versions WHERE id = $1`,
      [version.id],
    );
    expect(claim).toEqual({ extraction_status: 'PENDING', extraction_claimed_by: null });
    await redeliver({ ...event, id: '00000000-0000-4000-8000-000000000005' });
    expect(await extractedEvents(documentId)).toHaveLength(2);
  });

  it('gives the claim up when a shutdown interrupts the extraction, so the queue extracts again', async () => {
    const documentId = await aDocument('Participativno budžetiranje');
    await waitFor(async () => ((await extractedEvents(documentId)).length ? true : undefined));
    await app.query(
      `UPDATE library.document_versions SET extraction_status = 'PENDING' WHERE document_id = $1`,
      [documentId],
    );
    const event = await storedEvent(documentId);
    const extract = jest
      .spyOn(app.extractor, 'extract')
      .mockRejectedValueOnce(new ExtractionInterruptedError());
    try {
      await expect(
        redeliver({ ...event, id: '00000000-0000-4000-8000-000000000006' }),
      ).rejects.toBeInstanceOf(ExtractionInterruptedError);
    } finally {
      extract.mockRestore();
    }
    const [claim] = await app.query(
      `SELECT extraction_status, extraction_claimed_by FROM library.document_versions
       WHERE document_id = $1`,
      [documentId],
    );
    expect(claim).toEqual({ extraction_status: 'PENDING', extraction_claimed_by: null });
    await redeliver({ ...event, id: '00000000-0000-4000-8000-000000000007' });
    expect(await extractedEvents(documentId)).toHaveLength(2);
  });
});
