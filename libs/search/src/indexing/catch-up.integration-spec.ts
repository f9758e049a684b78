import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import type { EventEnvelope } from '@mreza/shared/events';
import { EventBus, EventConsumer } from '@mreza/shared/events';
import { aUser, tokenFor } from '@mreza/shared/testing';
import type { SearchTestApp } from '../testing/search-test-app';
import { events, SEARCH, startSearch } from '../testing/search-test-app';
import { SEARCH_INDEX_QUEUE, SearchIndexConsumer } from './search-index.consumer';
import { SearchIndexer } from './search-indexer';

async function until(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Search was down while people wrote: 500 posts and documents wait in its queue (some of them
 * delivered twice, as a queue may). When the consumer starts, every one becomes searchable,
 * and none is indexed twice.
 */
describe('catching up after being down', () => {
  let app: SearchTestApp;
  const marker = `zaostatak${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    app = await startSearch({ consume: false });
  });

  afterAll(() => app.close());

  it('indexes all 500 queued posts and documents once', async () => {
    const network = randomUUID();
    const envelope = (type: string, payload: object): EventEnvelope => ({
      id: randomUUID(),
      type,
      version: 1,
      payload: payload as Record<string, unknown>,
      occurredAt: new Date().toISOString(),
      source: 'test',
    });
    const queued = [envelope('networks.network.created', events.network(network, 'Mreža', 'OPEN'))];
    for (let n = 0; n < 250; n++) {
      queued.push(
        envelope('networks.post.created', events.networkPost(network, `Objava ${n} ${marker}`)),
      );
      queued.push(
        envelope('library.document.created', events.document(`Dokument ${n} ${marker}`, 'PUBLIC')),
      );
    }
    const boss = app.app.get(EventBus).boss;
    for (const job of queued) await boss.send(SEARCH_INDEX_QUEUE, job);
    // A queue may deliver an event again: the first 50 arrive twice.
    for (const job of queued.slice(1, 51)) await boss.send(SEARCH_INDEX_QUEUE, job);

    const consumer = new SearchIndexConsumer(
      app.app.get(EventConsumer),
      app.app.get(SearchIndexer),
    );
    await consumer.onApplicationBootstrap();
    await until(async () => {
      const [{ count }] = await app.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM search.items WHERE type IN ('NETWORK_POST','DOCUMENT') AND NOT removed AND title_folded LIKE $1`,
        [`%${marker}%`],
      );
      return count === 500;
    });

    const staff = tokenFor(aUser(Role.STAFF));
    const { search } = await app.client.ok(SEARCH, { q: `${marker} `, first: 50 }, staff);
    expect(search.total).toBe(500);
    expect(search.facets.types).toEqual([
      { value: 'DOCUMENT', count: 250 },
      { value: 'NETWORK_POST', count: 250 },
    ]);
    const [{ handled }] = await app.query<{ handled: number }>(
      `SELECT count(*)::int AS handled FROM search.processed_events WHERE event_id = ANY($1::uuid[])`,
      [queued.map((job) => job.id)],
    );
    expect(handled).toBe(501);
  });
});
