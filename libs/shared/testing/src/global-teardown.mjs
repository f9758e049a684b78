// Drops the run's database (or stops the embedded server that held it).
import pg from 'pg';

export default async function globalTeardown() {
  const run = globalThis.__MREZA_TEST_DB__;
  const embedded = globalThis.__MREZA_EMBEDDED_PG__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  if (!run) return;
  const admin = new pg.Client({ connectionString: run.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${run.database}" WITH (FORCE)`);
  await admin.end();
}
