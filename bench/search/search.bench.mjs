// Prints search latency (p50/p95) for 50 typical queries through the gateway, and the same
// queries as raw SQL: the very statements the PostgreSQL engine runs (built by its own code in
// `statements.ts`, with the viewer's read scope), so the ratio is what the service stack adds
// (GraphQL, gateway, scope lookup, snippets restored in JS). Also the indexing throughput in
// documents per second, batched and one item per transaction (as the event consumer writes).
// Seeds network posts and library documents of ~10 pages each straight into the search index
// table of a fresh `npm start`; the corpus (Zipf vocabulary of ~9,600 Serbian Latin and
// Cyrillic and English words, 24 topics, municipalities, a tail of names) is described in
// `corpus.mjs`. With `--database-url` it seeds that migrated database instead and measures the
// raw SQL only; `--explain` prints the plans of a topic, a name, a very common word, a prefix
// and a phrase.
// `--reuse` (with `--database-url`) skips seeding when that database already holds a bench's
// items, so a statement or an index can be measured again in seconds instead of reseeding.
// Usage: node bench/search/search.bench.mjs [--posts 1000000] [--documents 20000] [--pages 10]
//          [--samples 3] [--explain] [--database-url postgres://…] [--reuse]
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { graphql } from '../support/graphql.mjs';
import { languageSql, textSql, vocabulary, vocabularyParams } from './corpus.mjs';
import {
  percentiles,
  platformSettings,
  removeData,
  startPlatform,
  stopPlatform,
} from '../support/platform.mjs';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000000' },
    documents: { type: 'string', default: '20000' },
    pages: { type: 'string', default: '10' },
    samples: { type: 'string', default: '3' },
    explain: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    reuse: { type: 'boolean', default: false },
  },
});
if (values.reuse && !values['database-url']) {
  throw new Error('--reuse needs --database-url: a fresh platform has nothing to reuse');
}
const POSTS = Number(values.posts);
const DOCUMENTS = Number(values.documents);
const PAGES = Number(values.pages);
const SAMPLES = Number(values.samples);
const WORDS_PER_PAGE = 350;

// Two-word topics in both scripts and without diacritics, municipalities, English terms,
// phrases, exclusions, words being typed (the last word is a prefix, as the search box sends
// it), and a few very common words: those match a large part of everything, the worst case.
const QUERIES = [
  'javne nabavke',
  'socijalna zaštita',
  'socijalna zastita',
  'Социјална заштита',
  'energetska efikasnost',
  'енергетска ефикасност',
  'građevinska dozvola',
  'gradjevinska dozvola',
  'porez na imovinu',
  'vodovod kanalizacija',
  'reciklaža otpada',
  'vanredne situacije',
  'kancelarija za mlade',
  'industrijska zona',
  'subvencije poljoprivreda',
  'dom zdravlja',
  'javni poziv sport',
  'romi inkluzija',
  'rodna ravnopravnost',
  'nasilje u porodici',
  'participativno budžetiranje',
  'kvalitet vazduha',
  'javna rasveta',
  'socijalno stanovanje',
  'biciklističke staze',
  'Kragujevac',
  'Novi Pazar',
  'Bajina Bašta',
  'Ниш',
  'Vrnjačka Banja turizam',
  'Petrović',
  'public procurement',
  'energy efficiency',
  'social protection',
  'gender budgeting',
  'building permit',
  '"javne nabavke"',
  '"socijalna zaštita"',
  'nabavke -tender',
  'zaštita -socijalna',
  'ener',
  'soci',
  'kanaliz',
  'opština',
  'grad',
  'budžet',
  'projekat',
  'lokalna samouprava',
  'plan razvoja',
  'municipality',
];

async function activeTable(db) {
  const { rows } = await db.query(`SELECT id FROM search.generations WHERE status = 'ACTIVE'`);
  return `search.items_g${rows[0].id}`;
}

/** A previous run's networks, viewer and item counts in this database, if it seeded one. */
async function seeded(db, table) {
  const { rows: networks } = await db.query(
    `SELECT network_id FROM search.network_replicas WHERE slug LIKE 'bench-%'
     ORDER BY substring(slug FROM 7)::int`,
  );
  if (networks.length === 0) return undefined;
  const networkIds = networks.map((row) => row.network_id);
  const { rows: members } = await db.query(
    `SELECT user_id FROM search.member_replicas WHERE network_id = $1`,
    [networkIds[0]],
  );
  const { rows: counts } = await db.query(
    `SELECT count(*) FILTER (WHERE type = 'NETWORK_POST')::int AS posts,
            count(*) FILTER (WHERE type = 'DOCUMENT')::int AS documents FROM ${table}`,
  );
  return { networkIds, viewer: members[0].user_id, ...counts[0] };
}

/** Seeds replicas, posts and documents; returns the indexing times (text generation excluded). */
async function seed(db, table, networkIds, viewer) {
  await db.query(
    `INSERT INTO search.network_replicas (network_id, slug, name, visibility, archived, event_at)
     SELECT id, 'bench-' || n, 'Mreža ' || n, CASE WHEN n % 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END, false, now()
     FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, n)`,
    [networkIds],
  );
  await db.query(
    `INSERT INTO search.member_replicas (network_id, user_id, role, joined_at, active, event_at)
     SELECT id, $2, 'MEMBER', now(), true, now() FROM unnest($1::uuid[]) id`,
    [networkIds.slice(0, 5), viewer],
  );
  const v = vocabulary();
  const words = vocabularyParams(v);
  const columns = `type, id, title, display_title, summary, body, language, access, network_ids, kind, year, date, source_at`;
  // Text is generated into a staging table first, so the times below are the index's own
  // (fold, tsvector, GIN, heap), not the bench's random text.
  await db.query(`CREATE TEMP TABLE staging AS SELECT ${columns} FROM ${table} WITH NO DATA`);
  const stage = async (sql, params) => {
    await db.query('TRUNCATE staging');
    await db.query(`INSERT INTO staging (${columns}) ${sql}`, [...words, ...params]);
  };
  const index = async (oneByOne) => {
    const started = performance.now();
    if (oneByOne) {
      // As the event consumer writes: one item per statement and transaction.
      const { rows } = await db.query(`SELECT type, id FROM staging`);
      for (const row of rows) {
        await db.query(
          `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM staging WHERE type = $1 AND id = $2`,
          [row.type, row.id],
        );
      }
    } else {
      await db.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM staging`);
    }
    return (performance.now() - started) / 1000;
  };
  const times = { posts: 0, documents: 0, postsOneByOne: 0, documentsOneByOne: 0 };
  const postBatch = 50_000;
  const postsOneByOne = Math.min(POSTS, 2_000);
  for (let from = 0; from < POSTS;) {
    const size = from === 0 ? postsOneByOne : Math.min(postBatch, POSTS - from);
    await stage(
      `SELECT 'NETWORK_POST', gen_random_uuid(), '', 'Objava ' || g, '', ${textSql(40, v)}, ${languageSql}, 'NETWORK',
              ARRAY[($7::uuid[])[1 + g % array_length($7::uuid[], 1)]], 'POST',
              2020 + g % 6, now() - g * interval '31 seconds', now()
       FROM generate_series($8::int, $9::int) g`,
      [networkIds, from + 1, from + size],
    );
    if (from === 0) times.postsOneByOne += await index(true);
    else times.posts += await index(false);
    from += size;
  }
  const docBatch = 100;
  const documentsOneByOne = Math.min(DOCUMENTS, docBatch);
  for (let from = 0; from < DOCUMENTS; from += docBatch) {
    const size = Math.min(docBatch, DOCUMENTS - from);
    await stage(
      `SELECT 'DOCUMENT', gen_random_uuid(), 'Dokument ' || g || ' ' || ${textSql(6, v)}, '', ${textSql(30, v)},
              ${textSql(PAGES * WORDS_PER_PAGE, v)}, ${languageSql},
              CASE g % 3 WHEN 0 THEN 'PUBLIC' WHEN 1 THEN 'SIGNED_IN' ELSE 'NETWORK_MEMBERS' END,
              CASE WHEN g % 3 = 2 THEN ARRAY[($7::uuid[])[1 + g % array_length($7::uuid[], 1)]] ELSE '{}' END,
              'GOOD_PRACTICE', 2015 + g % 11, now() - g * interval '1 hour', now()
       FROM generate_series($8::int, $9::int) g`,
      [networkIds, from + 1, from + size],
    );
    if (from === 0) times.documentsOneByOne += await index(true);
    else times.documents += await index(false);
  }
  // As autovacuum would after a bulk load (the development server runs without it): statistics,
  // the visibility map, and the GIN pending lists merged into the indexes.
  await db.query(`VACUUM ANALYZE ${table}`);
  const rate = (count, seconds) => (seconds > 0 ? count / seconds : NaN);
  return {
    vocabulary: v,
    posts: rate(POSTS - postsOneByOne, times.posts),
    postsOneByOne: rate(postsOneByOne, times.postsOneByOne),
    documents: rate(DOCUMENTS - documentsOneByOne, times.documents),
    documentsOneByOne: rate(documentsOneByOne, times.documentsOneByOne),
  };
}

const SEARCH = `query($q: String!) { search(query: $q, first: 20) {
  total totalIsExact nodes { type id title snippet score }
  facets { types { value count } networkIds { value count } years { value count } }
} }`;

/** The engine's own statements for the queries (built by its code), to run as raw SQL. */
function engineStatements(scope) {
  const output = execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', 'bench/search/statements.ts'],
    { input: JSON.stringify({ queries: QUERIES, scope, first: 20 }), maxBuffer: 64 << 20 },
  );
  return JSON.parse(output.toString());
}

async function time(run) {
  const samples = QUERIES.map(() => []);
  for (const [i, query] of QUERIES.entries()) await run(query, i); // warm-up
  for (let round = 0; round < SAMPLES; round++) {
    for (const [i, query] of QUERIES.entries()) {
      const started = performance.now();
      await run(query, i);
      samples[i].push(performance.now() - started);
    }
  }
  return { ...percentiles(samples.flat()), perQuery: samples.map((s) => percentiles(s).p50) };
}

const fmt = (ms) => `${ms.toFixed(1).padStart(8)} ms`;
const settings = values['database-url'] ? undefined : await platformSettings();
let platform;
try {
  if (settings) platform = await startPlatform(settings);
  const db = new pg.Client({ connectionString: values['database-url'] ?? platform.databaseUrl });
  await db.connect();
  const table = await activeTable(db);
  const previous = values.reuse ? await seeded(db, table) : undefined;
  const networkIds = previous?.networkIds ?? Array.from({ length: 24 }, () => randomUUID());
  const viewer = previous?.viewer ?? randomUUID();
  if (previous) {
    console.log(
      `reusing ${previous.posts.toLocaleString('en')} posts and ${previous.documents.toLocaleString('en')} documents in ${table}`,
    );
  } else {
    const rates = await seed(db, table, networkIds, viewer);
    console.log(
      `seeded ${POSTS.toLocaleString('en')} posts and ${DOCUMENTS.toLocaleString('en')} documents of ${PAGES} pages; ` +
        `vocabulary ${rates.vocabulary.distinct.toLocaleString('en')} distinct words (Zipf, ${rates.vocabulary.topicCount} topics)`,
    );
    console.log(
      `indexing: ${rates.documents.toFixed(1)} documents/s (~${PAGES} pages each) and ${Math.round(rates.posts)} posts/s in batches; ` +
        `one per transaction: ${rates.documentsOneByOne.toFixed(1)} documents/s, ${Math.round(rates.postsOneByOne)} posts/s`,
    );
  }

  // The viewer's scope as the service resolves it: open networks and their own.
  const scope = {
    signedIn: true,
    staff: false,
    readableNetworkIds: [
      ...new Set([...networkIds.filter((_, i) => (i + 1) % 3 !== 0), ...networkIds.slice(0, 5)]),
    ],
    memberNetworkIds: networkIds.slice(0, 5),
  };
  const statements = engineStatements(scope);
  // As the engine runs it: in a transaction, after the statement's local settings.
  const inTransaction = async (i, sql) => {
    await db.query('BEGIN');
    try {
      await db.query(statements[i].settings);
      return await db.query(sql, statements[i].values);
    } finally {
      await db.query('COMMIT');
    }
  };
  const viaSql = async (query, i) => (await inTransaction(i, statements[i].sql)).rows[0];

  if (values.explain) {
    for (const query of ['socijalna zaštita', 'Kragujevac', 'opština', 'ener', '"javne nabavke"']) {
      const i = QUERIES.indexOf(query);
      const { rows } = await inTransaction(i, `EXPLAIN (ANALYZE, BUFFERS) ${statements[i].sql}`);
      console.log(`\nEXPLAIN "${query}":\n${rows.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  }

  let gateway;
  if (platform) {
    const token = jwt.sign({ role: 'MEMBER', org: null, sid: randomUUID() }, platform.privateKey, {
      algorithm: 'ES256',
      subject: viewer,
      issuer: 'mreza-identity',
      audience: 'mreza',
      expiresIn: 3600,
    });
    const viaGateway = async (query) => {
      const result = await graphql(platform.gateway, SEARCH, { q: query }, token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.search;
    };
    const sample = await viaGateway('socijalna zaštita');
    console.log(
      `"socijalna zaštita": ${sample.totalIsExact ? '' : 'at least '}${sample.total} hits; first: ${sample.nodes[0]?.snippet.slice(0, 100)}`,
    );
    gateway = await time(viaGateway);
  }
  const raw = await time(viaSql);

  console.log(`\nper query (raw SQL p50; hits: exact, or "≥" the ${'candidate limit'}):`);
  for (const [i, query] of QUERIES.entries()) {
    const row = await viaSql(query, i);
    const hits = `${row.exact ? '' : '≥'}${row.total}`;
    const viaGatewayMs = gateway ? fmt(gateway.perQuery[i]) : '';
    console.log(`  ${query.padEnd(30)}${hits.padStart(7)}${fmt(raw.perQuery[i])}${viaGatewayMs}`);
  }
  console.log(`\n50 typical queries, ${SAMPLES} rounds, member of 5 of 24 networks:`);
  console.log(`${''.padEnd(12)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}`);
  if (gateway) {
    console.log(`${'gateway'.padEnd(12)}${fmt(gateway.p50)}${fmt(gateway.p95)}${fmt(gateway.max)}`);
  }
  console.log(`${'raw SQL'.padEnd(12)}${fmt(raw.p50)}${fmt(raw.p95)}${fmt(raw.max)}`);
  if (gateway) {
    console.log(
      `\ngateway / raw SQL: p50 ${(gateway.p50 / raw.p50).toFixed(1)}×, p95 ${(gateway.p95 / raw.p95).toFixed(1)}×`,
    );
  }
  await db.end();
} finally {
  if (platform) await stopPlatform(platform);
  if (settings) removeData(settings);
}
