import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TestApp, TestUser } from '@mreza/shared/testing';
import { EventBus } from '@mreza/shared/events';
import { GraphQLClient, startTestApp, useTestEnvironment } from '@mreza/shared/testing';
import { EXTRACTION_QUEUE } from '../extraction/extraction.consumer';
import type {
  DocumentTextExtractor,
  ExtractionInput,
  ExtractionOutcome,
} from '../extraction/extraction.port';
import { TEXT_EXTRACTOR } from '../extraction/extraction.port';
import { textExtractorProvider } from '../extraction/extraction.providers';
import type { LibraryConfig } from '../library.config';
import { loadLibraryConfig } from '../library.config';
import { LibraryModule } from '../library.module';
import { LibraryReplicaRepository } from '../replicas/library-replica.repository';
import { ObjectStorage } from '../storage/object-storage';
import type { S3TestServer } from './s3-test-server';
import { startS3TestServer } from './s3-test-server';

/**
 * An extractor that reads text files as they are and fails on anything else; with `thumbnail`
 * set, it gives every text file that picture, as the real one gives a PDF its first page.
 */
export class FakeExtractor implements DocumentTextExtractor {
  readonly calls: ExtractionInput[] = [];
  thumbnail: Uint8Array | null = null;

  extract(input: ExtractionInput): Promise<ExtractionOutcome> {
    this.calls.push(input);
    if (input.mimeType.startsWith('text/') && input.bytes) {
      return Promise.resolve({
        text: Buffer.from(input.bytes).toString('utf8'),
        pages: null,
        truncated: false,
        ...(this.thumbnail ? { thumbnail: this.thumbnail } : {}),
      });
    }
    return Promise.resolve({ failure: 'UNSUPPORTED_TYPE' });
  }
}

export interface LibraryTestOptions {
  /** The real `TextExtractor` (worker threads, pdfjs) rather than `FakeExtractor`. */
  realExtractor?: boolean;
}

export interface LibraryTestApp extends TestApp {
  client: GraphQLClient;
  s3: S3TestServer;
  storage: ObjectStorage;
  /** The fake, unused when the app runs the real extractor. */
  extractor: FakeExtractor;
  config: LibraryConfig;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  events(type?: string): Promise<{ type: string; payload: Record<string, unknown> }[]>;
}

/** The library service in-process against the run's database and its own s3rver. */
export async function startLibrary(
  env: Record<string, string | undefined> = {},
  options: LibraryTestOptions = {},
): Promise<LibraryTestApp> {
  const s3 = await startS3TestServer();
  useTestEnvironment({
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY: 'S3RVER',
    S3_SECRET_KEY: 'S3RVER',
    S3_BUCKET: `test-${randomUUID().slice(0, 8)}`,
    S3_PUBLIC_URL: '',
    LIBRARY_MAX_UPLOAD_BYTES: '',
    SEED_DEMO_DATA: 'false',
  });
  Object.assign(process.env, env);
  const libraryConfig = loadLibraryConfig();
  const extractor = new FakeExtractor();
  const testApp = await startTestApp(
    LibraryModule.forRoot(libraryConfig, {
      // The real one is a class provider, so the module's shutdown ends its worker pool.
      extractor: options.realExtractor
        ? textExtractorProvider
        : { provide: TEXT_EXTRACTOR, useValue: extractor },
    }),
  );
  // Earlier test files of the run leave extraction jobs whose storage server is gone; this
  // file's jobs must not queue behind them.
  await testApp.app.get(EventBus).boss.purgeQueue(EXTRACTION_QUEUE);
  const dataSource = testApp.app.get(DataSource);
  return {
    ...testApp,
    s3,
    config: libraryConfig,
    extractor,
    storage: testApp.app.get(ObjectStorage),
    client: new GraphQLClient(testApp.url),
    query: (sql, params) => dataSource.query(sql, params),
    events: (type) =>
      dataSource.query(
        `SELECT type, payload FROM library.outbox
         WHERE $1::text IS NULL OR type = $1 ORDER BY occurred_at, id`,
        [type ?? null],
      ),
    close: async () => {
      await testApp.close();
      await s3.close();
    },
  };
}

/** A network as the networks service's events would have put it in the library's replicas. */
export function aNetwork() {
  const spec = {
    visibility: 'OPEN' as 'OPEN' | 'CLOSED',
    archived: false,
    members: [] as { user: TestUser; role: 'MEMBER' | 'COORDINATOR' }[],
  };
  const longAgo = new Date('2024-01-01T00:00:00Z');
  const builder = {
    archived() {
      spec.archived = true;
      return builder;
    },
    withMember(user: TestUser) {
      spec.members.push({ user, role: 'MEMBER' });
      return builder;
    },
    withCoordinator(user: TestUser) {
      spec.members.push({ user, role: 'COORDINATOR' });
      return builder;
    },
    async create({ app }: TestApp): Promise<{ id: string }> {
      const replicas = app.get(LibraryReplicaRepository);
      const id = randomUUID();
      await replicas.upsertNetwork(
        {
          networkId: id,
          slug: `test-${id.slice(0, 8)}`,
          nameLatin: `Mreža ${id.slice(0, 8)}`,
          nameCyrillic: `Мрежа ${id.slice(0, 8)}`,
          nameEnglish: `Network ${id.slice(0, 8)}`,
          visibility: spec.visibility,
          archived: spec.archived,
        },
        longAgo,
      );
      for (const { user, role } of spec.members) {
        await replicas.upsertMember({ networkId: id, userId: user.id, role }, longAgo);
      }
      return { id };
    },
  };
  return builder;
}

export const suspend = ({ app }: TestApp, user: TestUser) =>
  app.get(LibraryReplicaRepository).setAccountStatus(user.id, 'SUSPENDED', new Date());

const REQUEST_UPLOAD = `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url expiresAt } }`;

/** Announces and PUTs a file through the presigned URL, as a browser would. */
export async function upload(
  app: LibraryTestApp,
  token: string,
  filename: string,
  bytes: Buffer,
  announcedSize = bytes.length,
): Promise<string> {
  const { requestUpload } = await app.client.ok<{
    requestUpload: { uploadId: string; url: string };
  }>(
    REQUEST_UPLOAD,
    { i: { filename, contentType: 'application/octet-stream', size: announcedSize } },
    token,
  );
  const response = await fetch(requestUpload.url, { method: 'PUT', body: bytes });
  if (!response.ok) throw new Error(`PUT failed: ${response.status}`);
  return requestUpload.uploadId;
}

/** A minimal valid PDF. */
export const aPdf = (text = 'Dobra praksa') =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
