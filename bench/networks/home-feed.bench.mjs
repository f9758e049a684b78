// Prints home-feed latency for a member of 5 networks, on the first page and on page 50, through
// the gateway, from the networks subgraph directly, and as one raw SQL statement on the same tables
// (the ratio is what the service stack adds). Seeds 2,000 members in 24 networks and 1,000,000 posts into a fresh `npm start`.
// Usage: node bench/networks/home-feed.bench.mjs [--posts 1000000] [--samples 300]
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
    samples: { type: 'string', default: '300' },
  },
});
const POSTS = Number(values.posts);
const SAMPLES = Number(values.samples);
const PAGE = 20;
const MEMBERS = 2000;

const HOME_FEED = `query($after: String) {
  homeFeed(first: ${PAGE}, after: $after) {
    nodes { id networkId kind body pinned createdAt }
    pageInfo { endCursor hasNextPage }
  }
}`;

const RAW_HOME_FEED = `SELECT p.id, p.network_id, p.kind, p.body, p.pinned, p.created_at
  FROM networks.network_members m
  CROSS JOIN LATERAL (
    SELECT * FROM networks.network_posts p
    WHERE p.network_id = m.network_id AND p.deleted_at IS NULL
      AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3, $4::uuid))
    ORDER BY p.created_at DESC, p.id DESC LIMIT $2
  ) p
  WHERE m.user_id = $1
  ORDER BY p.created_at DESC, p.id DESC LIMIT $2`;

async function seed(db) {
  const started = performance.now();
  const { rows } = await db.query('SELECT id FROM networks.networks ORDER BY slug LIMIT 24');
  const networkIds = rows.map((row) => row.id);
  const members = Array.from({ length: MEMBERS }, () => randomUUID());
  const memberships = members.flatMap((userId, i) =>
    [0, 5, 10, 15, 20].map((offset) => [networkIds[(i + offset) % networkIds.length], userId]),
  );
  await db.query(
    `INSERT INTO networks.network_members (network_id, user_id, role)
     SELECT * , 'MEMBER' FROM unnest($1::uuid[], $2::uuid[])`,
    [memberships.map((row) => row[0]), memberships.map((row) => row[1])],
  );
  await db.query(
    `INSERT INTO networks.network_posts (network_id, author_id, kind, body, created_at)
     SELECT ($1::uuid[])[1 + g % array_length($1::uuid[], 1)], ($2::uuid[])[1 + g % $3],
            'POST', 'Objava ' || g || ': iskustva opštine u primeni propisa',
            date_trunc('milliseconds', now() - g * interval '31 seconds')
     FROM generate_series(1, $4) g`,
    [networkIds, members, MEMBERS, POSTS],
  );
  await db.query('ANALYZE networks.network_posts; ANALYZE networks.network_members');
  return { viewer: members[0], seconds: (performance.now() - started) / 1000 };
}

async function timeSamples(run) {
  for (let i = 0; i < 20; i++) await run(); // warm-up
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

const decode = (cursor) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

const settings = await platformSettings();
let platform;
try {
  platform = await startPlatform(settings);
  const db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  const { viewer, seconds } = await seed(db);
  console.log(
    `seeded ${MEMBERS} members in 24 networks and ${POSTS.toLocaleString('en')} posts in ${seconds.toFixed(1)} s`,
  );

  const token = jwt.sign({ role: 'MEMBER', org: null, sid: randomUUID() }, platform.privateKey, {
    algorithm: 'ES256',
    subject: viewer,
    issuer: 'mreza-identity',
    audience: 'mreza',
    expiresIn: 3600,
  });
  const subgraph = `http://127.0.0.1:${settings.env.NETWORKS_PORT}/graphql`;
  const feed = async (after, url = platform.gateway) => {
    const result = await graphql(url, HOME_FEED, { after }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.homeFeed;
  };
  let cursor = null;
  for (let page = 1; page < 50; page++) cursor = (await feed(cursor)).pageInfo.endCursor;
  const [key, id] = decode(cursor);
  const raw = (after) =>
    db.query(RAW_HOME_FEED, [viewer, PAGE + 1, after?.[0] ?? null, after?.[1] ?? null]);

  const rows = [
    ['gateway, page 1', await timeSamples(() => feed(null))],
    ['gateway, page 50', await timeSamples(() => feed(cursor))],
    ['subgraph, page 50', await timeSamples(() => feed(cursor, subgraph))],
    ['raw SQL, page 1', await timeSamples(() => raw(null))],
    ['raw SQL, page 50', await timeSamples(() => raw([key, id]))],
  ];
  console.log(
    `\nhome feed of a member of 5 networks, ${PAGE} posts a page, ${SAMPLES} sequential requests:`,
  );
  console.log(`${''.padEnd(18)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`);
  for (const [name, p] of rows)
    console.log(`${name.padEnd(18)}${fmt(p.p50)}${fmt(p.p95)}${fmt(p.max)}`);
  const [, gatewayPage50, , , rawPage50] = rows.map((row) => row[1]);
  console.log(
    `\npage 50, gateway p95 / raw SQL p95: ${(gatewayPage50.p95 / rawPage50.p95).toFixed(1)}`,
  );
  console.log('target: p95 under 50 ms at page 50 and within 3× of the raw query');
  await db.end();
} finally {
  if (platform) await stopPlatform(platform);
  removeData(settings);
}
