// Indexing throughput of the search service's own consumer: events sent to its queue
// (pg-boss jobs in `search.index`) are handled as the service does, a fetch of up to 100
// in one transaction with a savepoint each. Prints posts/s and documents/s (with ~10 pages of
// extracted text each, `library.document.text-extracted` after `created`).
//
// Usage: node bench/search/consumer.bench.mjs [--posts 10000] [--documents 1000] [--pages 10]
//        [--database-url postgres://postgres@127.0.0.1:5432/postgres]
// A database `mreza_consumer_bench` is created beside the given one and dropped at the end.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { vocabulary } from './corpus.mjs';

const require = createRequire(import.meta.url);
require('@swc-node/register');
const { Client } = require('pg');

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    documents: { type: 'string', default: '1000' },
    pages: { type: 'string', default: '10' },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const POSTS = Number(values.posts);
const DOCUMENTS = Number(values.documents);
const WORDS_PER_PAGE = 350;
const QUEUE = 'search.index';
const DATABASE = 'mreza_consumer_bench';

const admin = new Client({ connectionString: values['database-url'] });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DATABASE}`);
const url = new URL(values['database-url']);
url.pathname = `/${DATABASE}`;

const { useTestEnvironment } = require('../../libs/shared/testing/src/test-keys.ts');
useTestEnvironment({ DATABASE_URL: url.toString() });
const { NestFactory } = require('@nestjs/core');
const { DataSource } = require('typeorm');
const { EventBus, EventConsumer } = require('../../libs/shared/events/src/index.ts');
const { SearchModule, loadSearchConfig } = require('../../libs/search/src/index.ts');
const { SearchIndexConsumer } = require('../../libs/search/src/indexing/search-index.consumer.ts');
const { SearchIndexer } = require('../../libs/search/src/indexing/search-indexer.ts');
const { events } = require('../../libs/search/src/testing/search-test-app.ts');

const v = vocabulary();
/** Words drawn by Zipf's law from the Serbian vocabulary, like the search bench's corpus. */
const words = (count) =>
  Array.from(
    { length: count },
    () => v.sr[Math.floor(Math.exp(Math.random() * Math.log(v.sr.length + 1))) - 1],
  ).join(' ');
const envelope = (type, payload) => ({
  id: randomUUID(),
  type,
  version: 1,
  payload,
  occurredAt: new Date().toISOString(),
  source: 'bench',
});

const app = await NestFactory.createApplicationContext(
  SearchModule.forRoot(loadSearchConfig(), { consume: false }),
  { logger: false },
);
await app.init();
const boss = app.get(EventBus).boss;
const dataSource = app.get(DataSource);
const handled = async () =>
  Number((await dataSource.query(`SELECT count(*) AS n FROM search.processed_events`))[0].n);

const network = randomUUID();
const posts = Array.from({ length: POSTS }, () =>
  envelope('networks.post.created', events.networkPost(network, words(60))),
);
const documents = Array.from({ length: DOCUMENTS }, (_, n) => {
  const document = events.document(`Izveštaj ${n} ${words(5)}`, 'ALL_MEMBERS', [], {
    kind: 'REPORT',
    summary: words(30),
    year: 2025,
  });
  return [
    envelope('library.document.created', document),
    envelope('library.document.text-extracted', {
      ...events.text(document.documentId, words(WORDS_PER_PAGE * Number(values.pages))),
      pages: Number(values.pages),
    }),
  ];
});

const queue = async (events) => {
  for (let start = 0; start < events.length; start += 1000) {
    await boss.insert(events.slice(start, start + 1000).map((data) => ({ name: QUEUE, data })));
  }
};
/** Queues `events` for the running consumer and times until every one is handled. */
const timeCatchUp = async (events) => {
  const before = await handled();
  const started = performance.now();
  await queue(events);
  while ((await handled()) < before + events.length) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return (performance.now() - started) / 1000;
};

const consumer = new SearchIndexConsumer(app.get(EventConsumer), app.get(SearchIndexer));
await consumer.onApplicationBootstrap();
const postSeconds = await timeCatchUp(posts);
const documentSeconds = await timeCatchUp(documents.flat());
const [{ items }] = await dataSource.query(
  `SELECT count(*)::int AS items FROM search.items WHERE NOT removed`,
);

console.log(`search consumer, one transaction per fetch of up to 100 events:`);
console.log(
  `  ${POSTS} network posts (~60 words):            ${postSeconds.toFixed(1)} s, ${Math.round(POSTS / postSeconds)} posts/s`,
);
console.log(
  `  ${DOCUMENTS} documents (${values.pages} pages, 2 events each):  ${documentSeconds.toFixed(1)} s, ${Math.round(DOCUMENTS / documentSeconds)} documents/s`,
);
console.log(`  items in the index: ${items}`);

await app.close();
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
await admin.end();
