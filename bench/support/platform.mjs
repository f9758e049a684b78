// Starts the platform as `npm start` does, on a fresh data folder and free ports, and stops it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, LOGIN } from './graphql.mjs';
import { freePort } from './ports.mjs';

const PORT_VARIABLES = [
  'PORT',
  'IDENTITY_PORT',
  'NETWORKS_PORT',
  'DISCUSSIONS_PORT',
  'LIBRARY_PORT',
  'SEARCH_PORT',
  'PG_PORT',
  'S3_PORT',
];

export const ADMIN = { email: 'bench@mreza.local', password: 'Bench-Merenje-Brzine-2026' };

export async function platformSettings() {
  const ports = await Promise.all(
    PORT_VARIABLES.map(async (name) => [name, String(await freePort())]),
  );
  for (const name of ['DATABASE_URL', 'S3_ENDPOINT', 'REDIS_URL', 'MEILISEARCH_URL']) {
    delete process.env[name];
  }
  return {
    dataDir: mkdtempSync(join(tmpdir(), 'mreza-bench-')),
    env: { ...Object.fromEntries(ports), SEED_DEMO_DATA: 'false', LOG_LEVEL: 'warn' },
  };
}

/** Starts `npm start` and returns once a login through the gateway succeeds. */
export async function startPlatform({ dataDir, env }) {
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
          gateway,
          seconds: (performance.now() - startedAt) / 1000,
          token: result.data.login.accessToken,
          databaseUrl: readFileSync(join(dataDir, 'start.env'), 'utf8').match(
            /^DATABASE_URL=(.*)$/m,
          )[1],
          privateKey: readFileSync(join(dataDir, 'keys', 'jwt-private.pem'), 'utf8'),
        };
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function stopPlatform(platform) {
  process.kill(-platform.child.pid, 'SIGINT');
  await once(platform.child, 'exit');
}

export const removeData = ({ dataDir }) => rmSync(dataDir, { recursive: true, force: true });

/** p50 / p95 / max of a list of milliseconds. */
export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}
