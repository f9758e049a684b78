// The whole platform as `npm start` starts it (embedded PostgreSQL, local object storage, the seed,
// the services, the web client, the gateway), on free ports and a fresh data folder: started once
// per run by the jest globalSetup, stopped by the globalTeardown.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The administrator the seed creates from MREZA_ADMIN_EMAIL / MREZA_ADMIN_PASSWORD. */
export const ADMIN = { email: 'admin@web-e2e.test', password: 'Pregledac-Proverava-Mrezu-2026' };

const ROOT = resolve(__dirname, '../../../..');
const HEALTH_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const TAIL_CHARS = 8_000;
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
/**
 * Not passed on: they would point the platform at outside servers, another address, or (jest's
 * NODE_ENV=test) change how the services and the web build run.
 */
const NOT_INHERITED = [
  'DATABASE_URL',
  'S3_ENDPOINT',
  'REDIS_URL',
  'MEILISEARCH_URL',
  'SMTP_URL',
  'PUBLIC_URL',
  'HOST',
  'NODE_ENV',
];
const URL_VARIABLE = 'WEB_E2E_URL';

export interface Platform {
  child: ChildProcess;
  /** MREZA_DATA_DIR, inside a temporary folder removed at the stop. */
  dataDir: string;
  /** Where a user opens the platform: `PUBLIC_URL` as `npm start` sets it (localhost). */
  url: string;
  output: { stdout: string; stderr: string };
}

/** The platform's address in the tests (set by the globalSetup). */
export function platformUrl(): string {
  const url = process.env[URL_VARIABLE];
  if (!url) throw new Error(`${URL_VARIABLE} is not set: run through jest.integration.config.js`);
  return url;
}

/** The GraphQL endpoint for requests from Node (the gateway listens on 127.0.0.1). */
export function graphqlUrl(): string {
  const url = new URL('/graphql', platformUrl());
  url.hostname = '127.0.0.1';
  return url.href;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function keepTail(
  stream: NodeJS.ReadableStream | null,
  into: Platform['output'],
  key: 'stdout' | 'stderr',
) {
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    into[key] = (into[key] + chunk).slice(-TAIL_CHARS);
  });
}

function tailOf(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** What went wrong, from the launcher's own output and every service's log. */
function diagnostics(platform: Platform): string {
  const parts = [
    `npm start stderr (tail):\n${tailOf(platform.output.stderr) || '(empty)'}`,
    `npm start stdout (tail):\n${tailOf(platform.output.stdout) || '(empty)'}`,
  ];
  const logsDir = join(platform.dataDir, 'logs');
  if (existsSync(logsDir)) {
    for (const name of readdirSync(logsDir).filter((file) => file.endsWith('.log'))) {
      parts.push(`${name} (tail):\n${tailOf(readFileSync(join(logsDir, name), 'utf8'), 20)}`);
    }
  }
  return parts.join('\n\n');
}

async function waitForGateway(platform: Platform, port: string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning(platform.child)) {
      throw new Error(
        `npm start exited (${platform.child.exitCode ?? platform.child.signalCode}) before the gateway was up`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`, {
        signal: AbortSignal.timeout(2_000),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the gateway did not answer GET /health within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

/** Starts `node infra/start/start.mjs` and resolves once the gateway is healthy. */
export async function startPlatform(): Promise<Platform> {
  const ports = Object.fromEntries(
    await Promise.all(PORT_VARIABLES.map(async (name) => [name, String(await freePort())])),
  );
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of NOT_INHERITED) delete env[name];
  // A folder that does not exist yet: the launcher starts as on a first `npm start`.
  const dataDir = join(mkdtempSync(join(tmpdir(), 'mreza-web-e2e-')), 'data');
  const child = spawn(
    process.execPath,
    // The preload stops the launcher (cleanly) should jest itself be killed.
    ['-r', './infra/start/exit-with-parent.cjs', 'infra/start/start.mjs'],
    {
      cwd: ROOT,
      env: {
        ...env,
        ...ports,
        MREZA_DATA_DIR: dataDir,
        MREZA_ADMIN_EMAIL: ADMIN.email,
        MREZA_ADMIN_PASSWORD: ADMIN.password,
        SEED_DEMO_DATA: 'false',
        // Every test signs someone in; the gateway's sign-in limit is tested elsewhere.
        LOGIN_RATE_LIMIT: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const platform: Platform = {
    child,
    dataDir,
    url: `http://localhost:${ports.PORT}`,
    output: { stdout: '', stderr: '' },
  };
  keepTail(child.stdout, platform.output, 'stdout');
  keepTail(child.stderr, platform.output, 'stderr');
  try {
    await waitForGateway(platform, ports.PORT);
  } catch (error) {
    const report = `${(error as Error).message}\n\n${diagnostics(platform)}`;
    await stopPlatform(platform);
    throw new Error(report);
  }
  process.env[URL_VARIABLE] = platform.url;
  return platform;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-(child.pid as number), signal);
  } catch {
    // the group is gone already
  }
}

/** Ctrl-C for the whole process group, as in a terminal; SIGKILL if it is not down in 20 s. */
export async function stopPlatform(platform: Platform): Promise<void> {
  const { child } = platform;
  if (child.pid !== undefined && isRunning(child)) {
    const exited = once(child, 'exit');
    signalGroup(child, 'SIGINT');
    const stopped = await Promise.race([
      exited.then(() => true),
      sleep(STOP_TIMEOUT_MS, false, { ref: false }),
    ]);
    if (!stopped) {
      process.stderr.write(`web-e2e: npm start did not stop in 20 s; killing it\n`);
      signalGroup(child, 'SIGKILL');
      await exited;
    }
  }
  rmSync(dirname(platform.dataDir), { recursive: true, force: true });
}
