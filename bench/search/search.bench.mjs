// Prints search latency (p50/p95) for 50 typical queries through the gateway, and the same
// queries as one raw SQL full-text statement on the same tables (the ratio is what access
// filtering, facets, snippets and the service stack add), and indexing throughput in documents
// per second. Seeds networks posts and library documents of ~10 pages each straight into the
// search index tables of a fresh `npm start`.
// Usage: node bench/search/search.bench.mjs [--posts 1000000] [--documents 20000] [--pages 10] [--samples 3]
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { graphql } from '../support/graphql.mjs';
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
  },
});
const POSTS = Number(values.posts);
const DOCUMENTS = Number(values.documents);
const PAGES = Number(values.pages);
const SAMPLES = Number(values.samples);
const WORDS_PER_PAGE = 350;

// Municipal vocabulary, Latin with diacritics (folded and stemmed by the index like real text).
const WORDS = `opština grad lokalna samouprava budžet javne nabavke socijalna zaštita energetska
efikasnost urbanizam građevinska dozvola porez imovina naplata katastar infrastruktura vodovod
kanalizacija rasveta otpad reciklaža deponija poplave vanredne situacije štab evakuacija mladi
zapošljavanje kancelarija investicije industrijska zona poljoprivreda subvencije zadruga škola
vrtić dom zdravlja patronaža sport udruženje javni poziv konkurs ugovor odluka skupština veće
načelnik uprava službenik obuka seminar radionica iskustvo primer praksa plan program projekat
strategija izveštaj analiza procena rizik saobraćaj bezbednost policija savet građani učešće
javna rasprava nacrt zakon pravilnik uredba ministarstvo inspekcija komunalna preduzeće
grejanje toplana fasada stolarija izolacija kotlarnica biomasa solarni paneli uštede potrošnja
romi inkluzija medijatorka asistent rodna ravnopravnost žene nasilje prevencija penzioneri
starije osobe invaliditet pomoć kući dnevni boravak centar rad usluge transferi donacije`
  .split(/\s+/)
  .filter(Boolean);

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
  'katastar',
  'vodovod kanalizacija',
  'reciklaža otpada',
  'poplave',
  'vanredne situacije',
  'kancelarija za mlade',
  'industrijska zona',
  'subvencije poljoprivreda',
  'dom zdravlja',
  'javni poziv sport',
  'budžet',
  'opština',
  'lokalna samouprava',
  'uštede grejanje',
  'solarni paneli',
  'romi inkluzija',
  'rodna ravnopravnost',
  'nasilje prevencija',
  'starije osobe',
  'dnevni boravak',
  'pomoć kući',
  '"javne nabavke"',
  '"socijalna zaštita"',
  'nabavke -konkurs',
  'zaštita -socijalna',
  'ener',
  'soci',
  'grad',
  'urbanizam plan',
  'nacrt zakona',
  'javna rasprava',
  'inspekcija komunalna',
  'toplana',
  'fasada izolacija',
  'saobraćaj bezbednost',
  'savet građani',
  'strategija razvoja',
  'izveštaj analiza',
  'projekat obuka',
  'radionica seminar',
  'ministarstvo uredba',
];

async function activeTable(db) {
  const { rows } = await db.query(`SELECT id FROM search.generations WHERE status = 'ACTIVE'`);
  return `search.items_g${rows[0].id}`;
}

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
  const words = `$1::text[]`;
  const text = (count) =>
    `array_to_string(ARRAY(SELECT (${words})[1 + floor(random() * array_length(${words}, 1))::int]
       FROM generate_series(1, ${count} + (g % 7) * 0) WHERE g IS NOT NULL), ' ')`;
  let started = performance.now();
  const postBatch = 50_000;
  for (let from = 0; from < POSTS; from += postBatch) {
    await db.query(
      `INSERT INTO ${table} (type, id, display_title, body, language, access, network_ids, kind, year, date, source_at)
       SELECT 'NETWORK_POST', gen_random_uuid(), 'Objava ' || g, ${text(40)}, 'sr', 'NETWORK',
              ARRAY[($2::uuid[])[1 + g % array_length($2::uuid[], 1)]], 'POST',
              2020 + g % 6, now() - g * interval '31 seconds', now()
       FROM generate_series($3::int, $4::int) g`,
      [WORDS, networkIds, from + 1, Math.min(POSTS, from + postBatch)],
    );
  }
  const postSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const docBatch = 200;
  for (let from = 0; from < DOCUMENTS; from += docBatch) {
    await db.query(
      `INSERT INTO ${table} (type, id, title, summary, body, language, access, network_ids, kind, year, date, source_at)
       SELECT 'DOCUMENT', gen_random_uuid(), 'Dokument ' || g || ' ' || ${text(6)}, ${text(30)},
              ${text(PAGES * WORDS_PER_PAGE)}, 'sr',
              CASE g % 3 WHEN 0 THEN 'PUBLIC' WHEN 1 THEN 'SIGNED_IN' ELSE 'NETWORK_MEMBERS' END,
              CASE WHEN g % 3 = 2 THEN ARRAY[($2::uuid[])[1 + g % array_length($2::uuid[], 1)]] ELSE '{}' END,
              'GOOD_PRACTICE', 2015 + g % 11, now() - g * interval '1 hour', now()
       FROM generate_series($3::int, $4::int) g`,
      [WORDS, networkIds, from + 1, Math.min(DOCUMENTS, from + docBatch)],
    );
  }
  const documentSeconds = (performance.now() - started) / 1000;
  await db.query(`ANALYZE ${table}`);
  return { postSeconds, documentSeconds };
}

const SEARCH = `query($q: String!) { search(query: $q, first: 20) {
  total nodes { type id title snippet score } facets { types { value count } networkIds { value count } years { value count } }
} }`;

const RAW = (table) => `SELECT type, id, ts_rank_cd(tsv, q, 32) AS rank
  FROM ${table}, to_tsquery('serbian', $1) q
  WHERE tsv @@ q AND NOT removed ORDER BY rank DESC LIMIT 20`;

async function time(run) {
  const samples = [];
  for (const query of QUERIES) await run(query); // warm-up
  for (let i = 0; i < SAMPLES; i++) {
    for (const query of QUERIES) {
      const started = performance.now();
      await run(query);
      samples.push(performance.now() - started);
    }
  }
  return percentiles(samples);
}

const tsText = (query) => {
  // What the engine builds: folded words joined with &, quotes as phrases, -word negated.
  const parts = [];
  for (const match of query.matchAll(/(-?)"([^"]*)"|(\S+)/g)) {
    const fold = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    if (match[2] !== undefined) parts.push(`(${fold(match[2]).split(/\s+/).join(' <-> ')})`);
    else if (match[3].startsWith('-')) parts.push(`!${fold(match[3].slice(1))}`);
    else parts.push(fold(match[3]));
  }
  return parts.join(' & ');
};

const fmt = (ms) => `${ms.toFixed(1).padStart(8)} ms`;
const settings = await platformSettings();
let platform;
try {
  platform = await startPlatform(settings);
  const db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  const table = await activeTable(db);
  const networkIds = Array.from({ length: 24 }, () => randomUUID());
  const viewer = randomUUID();
  const { postSeconds, documentSeconds } = await seed(db, table, networkIds, viewer);
  console.log(
    `seeded ${POSTS.toLocaleString('en')} posts in ${postSeconds.toFixed(0)} s (${Math.round(POSTS / postSeconds)} /s) and ` +
      `${DOCUMENTS.toLocaleString('en')} documents of ${PAGES} pages in ${documentSeconds.toFixed(0)} s`,
  );
  console.log(
    `indexing throughput: ${(DOCUMENTS / documentSeconds).toFixed(1)} documents/s (~${PAGES} pages each), ${Math.round(POSTS / postSeconds)} posts/s`,
  );

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
    `"socijalna zaštita": ${sample.total} hits; first: ${sample.nodes[0]?.snippet.slice(0, 100)}`,
  );
  const gateway = await time(viaGateway);
  const raw = await time((query) => db.query(RAW(table), [tsText(query)]));
  console.log(`\n50 typical queries, ${SAMPLES} rounds, member of 5 of 24 networks:`);
  console.log(`${''.padEnd(12)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}`);
  console.log(`${'gateway'.padEnd(12)}${fmt(gateway.p50)}${fmt(gateway.p95)}${fmt(gateway.max)}`);
  console.log(`${'raw SQL'.padEnd(12)}${fmt(raw.p50)}${fmt(raw.p95)}${fmt(raw.max)}`);
  console.log(
    `\ngateway / raw SQL: p50 ${(gateway.p50 / raw.p50).toFixed(1)}×, p95 ${(gateway.p95 / raw.p95).toFixed(1)}×`,
  );
  await db.end();
} finally {
  if (platform) await stopPlatform(platform);
  removeData(settings);
}
