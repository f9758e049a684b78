import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  EventEnvelope,
  LibraryDocumentSnapshot,
  LibraryTextExtractedV1,
  PostWithBody,
} from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import type { TestApp } from '@mreza/shared/testing';
import { GraphQLClient, startTestApp, useTestEnvironment } from '@mreza/shared/testing';
import { SEARCH_INDEX_QUEUE } from '../indexing/search-index.consumer';
import { SearchIndexer } from '../indexing/search-indexer';
import { loadSearchConfig } from '../search.config';
import { SearchModule } from '../search.module';

export interface SearchTestApp extends TestApp {
  client: GraphQLClient;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Delivers an event as the queue would (once per id), returning its envelope. */
  deliver(type: string, payload: object, occurredAt?: Date): Promise<EventEnvelope>;
}

/** The search service in-process against the run's test database. */
export async function startSearch(options: { consume?: boolean } = {}): Promise<SearchTestApp> {
  useTestEnvironment();
  const testApp = await startTestApp(
    SearchModule.forRoot(loadSearchConfig(), { consume: options.consume ?? false }),
  );
  const dataSource = testApp.app.get(DataSource);
  let clock = Date.parse('2025-01-01T00:00:00Z');
  return {
    ...testApp,
    client: new GraphQLClient(testApp.url),
    query: (sql, params) => dataSource.query(sql, params),
    async deliver(type, payload, occurredAt) {
      clock += 1000;
      const envelope: EventEnvelope = {
        id: randomUUID(),
        type,
        version: 1,
        payload: payload as Record<string, unknown>,
        occurredAt: (occurredAt ?? new Date(clock)).toISOString(),
        source: 'test',
      };
      const indexer = testApp.app.get(SearchIndexer);
      await testApp.app
        .get(EventConsumer)
        .handleOnce(SEARCH_INDEX_QUEUE, envelope, (event, tx) => indexer.handle(event, tx));
      return envelope;
    },
  };
}

/** Event payloads as the owning services publish them. */
export const events = {
  network: (id: string, name: string, visibility: 'OPEN' | 'CLOSED') => ({
    networkId: id,
    slug: `m-${id.slice(0, 8)}`,
    nameLatin: name,
    nameCyrillic: name,
    nameEnglish: name,
    visibility,
    archived: false,
  }),
  joined: (networkId: string, userId: string, role: 'MEMBER' | 'COORDINATOR' = 'MEMBER') => ({
    networkId,
    userId,
    role,
    cause: 'JOINED',
    actorId: userId,
  }),
  thread: (networkId: string, title: string, status = 'PUBLISHED', threadId = randomUUID()) => ({
    threadId,
    networkId,
    authorId: randomUUID(),
    title,
    tags: [],
    documentIds: [],
    locked: false,
    pinned: false,
    status,
    actorId: randomUUID(),
  }),
  threadPost: (
    thread: { threadId: string; networkId: string; title: string },
    body: string,
    opening = false,
    postId = randomUUID(),
  ) => ({
    postId,
    threadId: thread.threadId,
    networkId: thread.networkId,
    authorId: randomUUID(),
    threadAuthorId: randomUUID(),
    threadTitle: thread.title,
    opening,
    body,
    excerpt: body.slice(0, 280),
    quotePostId: null,
    mentionedUserIds: [],
    actorId: randomUUID(),
  }),
  networkPost: (networkId: string, body: string, postId = randomUUID()): PostWithBody => ({
    postId,
    networkId,
    authorId: randomUUID(),
    kind: 'POST',
    pinned: false,
    excerpt: body.slice(0, 280),
    body,
    actorId: randomUUID(),
  }),
  document: (
    title: string,
    visibility: 'PUBLIC' | 'ALL_MEMBERS' | 'NETWORK',
    networkIds: string[] = [],
    extra: Partial<LibraryDocumentSnapshot> = {},
  ): LibraryDocumentSnapshot => ({
    documentId: randomUUID(),
    kind: 'GOOD_PRACTICE',
    title,
    summary: '',
    visibility,
    networkIds,
    organisationId: null,
    topicIds: [],
    topicSlugs: [],
    tags: [],
    languages: ['sr'],
    year: 2024,
    authorName: null,
    licence: null,
    goodPractice: null,
    currentVersionId: randomUUID(),
    filename: 'dokument.pdf',
    mimeType: 'application/pdf',
    createdById: randomUUID(),
    createdAt: '2024-03-01T00:00:00Z',
    updatedAt: '2024-03-01T00:00:00Z',
    actorId: randomUUID(),
    ...extra,
  }),
  text: (documentId: string, text: string): LibraryTextExtractedV1['payload'] => ({
    documentId,
    versionId: randomUUID(),
    current: true,
    visibility: 'PUBLIC',
    networkIds: [],
    text,
    pages: 1,
    truncated: false,
  }),
};

export const SEARCH = `query ($q: String!, $f: SearchFilterInput, $first: Int, $after: String) {
  search(query: $q, filter: $f, first: $first, after: $after) {
    total
    nodes { type id title snippet network { id name } kind language score }
    facets { types { value count } networkIds { value count } kinds { value count } years { value count } languages { value count } organisationIds { value count } }
    pageInfo { endCursor hasNextPage }
  }
}`;
