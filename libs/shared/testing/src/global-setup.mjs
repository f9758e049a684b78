// jest globalSetup for integration tests: a fresh database per test run, on the server named by
// DATABASE_URL, or on an embedded PostgreSQL started for the run when DATABASE_URL is unset.
// Values put in process.env here reach the test workers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../../infra/embedded/embedded-postgres.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = join(mkdtempSync(join(tmpdir(), 'mreza-test-pg-')), 'data');
    const embedded = await startEmbeddedPostgres({
      dir,
      port: await freePort(),
      database: 'postgres',
    });
    globalThis.__MREZA_EMBEDDED_PG__ = embedded;
    serverUrl = embedded.url;
  }
  const database = `mreza_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  globalThis.__MREZA_TEST_DB__ = { serverUrl, database };
  process.env.MREZA_TEST_SERVER_URL = serverUrl;
  process.env.DATABASE_URL = url.toString();
}
