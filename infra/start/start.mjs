#!/usr/bin/env node
// `npm start`: the whole platform on one machine with nothing configured — embedded PostgreSQL,
// local object storage, generated JWT keys, the seed, the five services, the web client and the
// gateway — each external part replaced by its variable when set (DATABASE_URL, S3_ENDPOINT, …).
// Ctrl-C stops everything. Documented in docs/operations.md.
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Lifecycle } from './lifecycle.mjs';
import { prepareKeys } from './parts/keys.mjs';
import { redactUrl, startPostgres } from './parts/postgres.mjs';
import { runSeed } from './parts/seed.mjs';
import {
  decidedVariables,
  serviceEnvironment,
  startGateway,
  startServices,
} from './parts/services.mjs';
import { startStorage } from './parts/storage.mjs';
import { buildWeb } from './parts/web.mjs';
import { ensurePortFree } from './ports.mjs';
import { createProgress, formatSeconds } from './progress.mjs';
import { displayPath, readSettings } from './settings.mjs';
import { StartError, Stopping } from './start-error.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MINIMUM_NODE = [20, 19];

const USAGE = `Usage: npm start [-- --infra-only]

Starts Mreža on this machine: PostgreSQL, object storage, JWT keys, the seed, the services,
the web client and the gateway. Ctrl-C stops everything.

  --infra-only   start only PostgreSQL, object storage and the keys, and write their variables
                 to .data/start.env (to run one service yourself, from an editor or a debugger)
  -h, --help     show this help

Configuration is read from environment variables: see docs/operations.md.`;

const progress = createProgress();
const lifecycle = new Lifecycle();
const startedAt = performance.now();
let flow = Promise.resolve();
let exiting = false;
let lockFile;

// ---------------------------------------------------------------------------------------------
// Stopping

function report(error) {
  if (error instanceof StartError) progress.failure(error);
  else progress.failure(new StartError('npm start', `unexpected error: ${error?.stack ?? error}`));
}

/** The one way out after a failure: report it (once), stop everything, exit 1. */
function fail(error) {
  if (exiting || error instanceof Stopping) return; // a consequence of stopping, not news
  report(error);
  void shutdown(1);
}

async function shutdown(code, signal) {
  if (exiting) return;
  exiting = true;
  lifecycle.beginStop();
  progress.quiet();
  const { cyan, green } = progress.style;
  const loud = signal !== undefined || !lifecycle.empty;
  const began = performance.now();
  if (signal) progress.print(`\n${cyan('▸')} Stopping (${signal}) …`);
  else if (loud) progress.print(`${cyan('▸')} Stopping what was started …`);
  // A part in the middle of starting (PostgreSQL initialising) finishes first, then is stopped.
  await Promise.race([flow, sleep(20_000)]);
  await lifecycle.stopAll((name, error) => {
    progress.warn(`${name} did not stop cleanly: ${error?.message ?? error}`);
  });
  if (loud) progress.print(`${green('✓')} Stopped in ${formatSeconds(performance.now() - began)}`);
  releaseLock();
  process.exit(code);
}

function onUnexpectedExit(proc) {
  if (proc.ready) fail(proc.failure('stopped unexpectedly: '));
}

// ---------------------------------------------------------------------------------------------
// Checks before anything starts

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor < MINIMUM_NODE[1])) {
    throw new StartError(
      'Node.js',
      `version ${MINIMUM_NODE.join('.')} or newer is needed (this is ${process.versions.node})`,
    );
  }
}

function checkInstalled() {
  try {
    createRequire(join(ROOT, 'package.json')).resolve('@swc-node/register');
  } catch {
    throw new StartError('dependencies', 'not installed', {
      hint: 'Run npm install, then npm start again.',
    });
  }
}

function prepareDataDir(settings) {
  const existed = existsSync(settings.dataDir);
  try {
    mkdirSync(settings.logsDir, { recursive: true });
    accessSync(settings.dataDir, constants.W_OK);
  } catch (error) {
    throw new StartError(
      'data directory',
      `cannot write to ${settings.dataDir} (${error.code ?? error.message})`,
      {
        hint: 'Set MREZA_DATA_DIR to a folder you can write to.',
      },
    );
  }
  progress.ok(
    `Data in ${displayPath(settings.dataDir)}`,
    existed ? 'kept from the last start' : 'new',
  );
}

const isOurs = (pid) => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false;
  }
  // On Linux, make sure the pid was not reused by something else.
  const cmdline = `/proc/${pid}/cmdline`;
  return existsSync('/proc')
    ? existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes('start.mjs')
    : true;
};

/** One `npm start` per data directory. */
function acquireLock(settings) {
  const path = join(settings.dataDir, 'npm-start.pid');
  if (existsSync(path)) {
    const pid = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && isOurs(pid)) {
      throw new StartError(
        'npm start',
        `already running with ${displayPath(settings.dataDir)} (pid ${pid})`,
        {
          hint: `Stop it with Ctrl-C in its terminal (or: kill ${pid}), or use another MREZA_DATA_DIR.`,
        },
      );
    }
  }
  writeFileSync(path, `${process.pid}\n`);
  lockFile = path;
}

function releaseLock() {
  if (!lockFile) return;
  try {
    if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile);
  } catch {
    // already gone
  }
  lockFile = undefined;
}

/** Every port checked before the first part starts, so that a clash costs no waiting. */
async function checkPorts(settings) {
  const { storage, services, gateway, host } = settings;
  if (storage.embedded) {
    await ensurePortFree({
      part: 'object storage',
      port: storage.port,
      variable: 'S3_PORT',
      host: '127.0.0.1',
    });
  }
  for (const part of [...services, gateway]) {
    await ensurePortFree({ part: part.name, port: part.port, variable: part.portVariable, host });
  }
}

// ---------------------------------------------------------------------------------------------
// The variables, for running one service by hand

const quoteForEnvFile = (value) =>
  /^[\w@%+=:,./-]*$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;

/** Writes what `npm start` decided (not what the user set) to .data/start.env. */
function writeEnvFile(settings, decided) {
  const path = join(settings.dataDir, 'start.env');
  const lines = Object.entries(decided)
    .filter(([name, value]) => settings.env[name] !== value)
    .map(([name, value]) => `${name}=${quoteForEnvFile(value)}`);
  writeFileSync(
    path,
    [
      '# Written by npm start on every start: the variables it gave the services, on top of your',
      '# own environment. Run one service against the same database and storage with:',
      `#   node --env-file=${displayPath(path)} -r @swc-node/register apps/networks/src/main.ts`,
      ...lines,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  return path;
}

// ---------------------------------------------------------------------------------------------
// The start

function readyBox(settings) {
  const url = `http://localhost:${settings.gateway.port}`;
  const { bold, green } = progress.style;
  const adminEmail = settings.env.MREZA_ADMIN_EMAIL;
  progress.box([
    `${green('●')} ${bold('Mreža is running')}  (ready in ${formatSeconds(performance.now() - startedAt)})`,
    '',
    ['Open', bold(url)],
    ['GraphQL', `${url}/graphql`],
    [
      'Sign in',
      adminEmail
        ? `${adminEmail} with MREZA_ADMIN_PASSWORD`
        : 'the administrator printed by the seed on the first start',
    ],
    [
      'Logs',
      settings.logMode === 'stdout'
        ? 'in this terminal (MREZA_LOG=stdout)'
        : `${displayPath(settings.logsDir)}/<service>.log`,
    ],
    ['Stop', 'Ctrl-C'],
  ]);
}

function infraBox(settings, decided, envFile) {
  const { bold, green } = progress.style;
  const envPath = displayPath(envFile);
  progress.box([
    `${green('●')} ${bold('PostgreSQL, storage and keys are running')}  (--infra-only)`,
    '',
    ['PostgreSQL', redactUrl(decided.DATABASE_URL)],
    [
      'Storage',
      `${decided.S3_ENDPOINT ?? settings.env.S3_ENDPOINT}  bucket ${decided.S3_BUCKET ?? settings.storage.bucket}`,
    ],
    ['Variables', envPath],
    ['Run one', `node --env-file=${envPath} -r @swc-node/register apps/<service>/src/main.ts`],
    ['Stop', 'Ctrl-C'],
  ]);
}

async function main({ infraOnly }) {
  checkNode();
  checkInstalled();
  const settings = readSettings(process.env, ROOT);
  const context = { settings, progress, lifecycle };
  const stopIfAsked = () => {
    if (lifecycle.stopping) throw new Stopping();
  };

  progress.print(
    `${progress.style.bold('Mreža')} ${progress.style.dim('— starting on this machine')}`,
  );
  prepareDataDir(settings);
  acquireLock(settings);
  await checkPorts(settings);

  const database = await startPostgres({ ...context, onUnexpectedExit: fail });
  stopIfAsked();
  const storage = await startStorage(context);
  stopIfAsked();
  const keys = prepareKeys(context);
  const decided = decidedVariables(settings, { database, storage, keys });
  const envFile = writeEnvFile(settings, decided);

  if (infraOnly) {
    infraBox(settings, decided, envFile);
    return;
  }
  await runSeed(context, serviceEnvironment(settings, decided));
  stopIfAsked();
  await startServices(context, decided, onUnexpectedExit);
  stopIfAsked();
  await buildWeb(context);
  stopIfAsked();
  await startGateway(context, decided, onUnexpectedExit);
  readyBox(settings);
}

// ---------------------------------------------------------------------------------------------

let options;
try {
  options = parseArgs({
    options: { 'infra-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

// A closed pipe (`npm start | head`) must not crash the stop.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});
lifecycle.handleSignals((signal) => {
  if (!exiting) void shutdown(0, signal);
});
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
process.on('exit', () => {
  lifecycle.killNow();
  releaseLock();
});
// Servers and children keep Node alive; this keeps it alive when all parts are external.
setInterval(() => {}, 1 << 30);

flow = main({ infraOnly: Boolean(options['infra-only']) }).catch(fail);
