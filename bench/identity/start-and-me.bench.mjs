// Prints: the time from `npm start` to the first successful login through the gateway (on a
// fresh data folder, then again with the data in place), and `me` throughput through the gateway
// against the identity subgraph directly (the ratio is the gateway's cost).
// Usage: node bench/identity/start-and-me.bench.mjs [--seconds 10] [--connections 10]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { graphql, LOGIN } from '../support/graphql.mjs';
import { freePort } from '../support/ports.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const ADMIN = { email: 'bench@mreza.local', password: 'Bench-Merenje-Brzine-2026' };
const dataDir = mkdtempSync(join(tmpdir(), 'mreza-bench-'));

async function ports() {
  const names = [
    'PORT',
    'IDENTITY_PORT',
    'NETWORKS_PORT',
    'DISCUSSIONS_PORT',
    'LIBRARY_PORT',
    'SEARCH_PORT',
    'PG_PORT',
    'S3_PORT',
  ];
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, String(await freePort())])),
  );
}

/** Starts `npm start` and returns once a login through the gateway succeeds. */
async function startAndLogin(env) {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['infra/start/start.mjs'], {
    env: {
      ...process.env,
      ...env,
      MREZA_DATA_DIR: dataDir,
      MREZA_ADMIN_EMAIL: ADMIN.email,
      MREZA_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const gateway = `http://127.0.0.1:${env.PORT}/graphql`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const result = await graphql(gateway, LOGIN, { i: ADMIN });
      if (result.data?.login?.accessToken) {
        return {
          child,
          seconds: (performance.now() - startedAt) / 1000,
          token: result.data.login.accessToken,
        };
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(child) {
  process.kill(-child.pid, 'SIGINT');
  await once(child, 'exit');
}

function load(url, token) {
  return autocannon({
    url,
    method: 'POST',
    connections: Number(values.connections),
    duration: Number(values.seconds),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id email displayName organisation { nameLatin } } }' }),
  });
}

const env = { ...(await ports()), SEED_DEMO_DATA: 'false' };
for (const name of ['DATABASE_URL', 'S3_ENDPOINT', 'REDIS_URL', 'MEILISEARCH_URL'])
  delete process.env[name];
try {
  const fresh = await startAndLogin(env);
  await stop(fresh.child);
  const warm = await startAndLogin(env);
  console.log(`npm start → first login (fresh .data):       ${fresh.seconds.toFixed(1)} s`);
  console.log(`npm start → first login (data in place):     ${warm.seconds.toFixed(1)} s`);

  const viaGateway = await load(`http://127.0.0.1:${env.PORT}/graphql`, warm.token);
  const direct = await load(`http://127.0.0.1:${env.IDENTITY_PORT}/graphql`, warm.token);
  const row = (name, result) =>
    `${name.padEnd(22)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${result.errors + result.non2xx}`;
  console.log(`\nme, ${values.connections} connections, ${values.seconds} s each:`);
  console.log(row('through the gateway', viaGateway));
  console.log(row('identity directly', direct));
  console.log(
    `gateway / direct throughput: ${(viaGateway.requests.average / direct.requests.average).toFixed(2)}`,
  );
  await stop(warm.child);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
