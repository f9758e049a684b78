// Everything `npm start` reads from the environment, checked before anything starts, so that a
// typo fails in one line and not after PostgreSQL has been initialised.
import { isAbsolute, relative, resolve } from 'node:path';
import { StartError } from './start-error.mjs';

/** The subgraph services, started in parallel after the seed; the gateway comes after them. */
export const SERVICES = [
  {
    name: 'identity',
    portVariable: 'IDENTITY_PORT',
    defaultPort: 4001,
    urlVariable: 'IDENTITY_URL',
  },
  {
    name: 'networks',
    portVariable: 'NETWORKS_PORT',
    defaultPort: 4002,
    urlVariable: 'NETWORKS_URL',
  },
  {
    name: 'discussions',
    portVariable: 'DISCUSSIONS_PORT',
    defaultPort: 4003,
    urlVariable: 'DISCUSSIONS_URL',
  },
  { name: 'library', portVariable: 'LIBRARY_PORT', defaultPort: 4004, urlVariable: 'LIBRARY_URL' },
  { name: 'search', portVariable: 'SEARCH_PORT', defaultPort: 4005, urlVariable: 'SEARCH_URL' },
];
export const GATEWAY = { name: 'gateway', portVariable: 'PORT', defaultPort: 3000 };

const DEFAULT_BUCKET = 'mreza-library';

/** A path as the user would type it: relative to the current folder when inside it. */
export function displayPath(path) {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere : path;
}

const isSet = (env, name) => env[name] !== undefined && env[name] !== '';

function portOf(env, variable, fallback) {
  if (!isSet(env, variable)) return fallback;
  const raw = env[variable].trim();
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
    throw new StartError(
      'configuration',
      `${variable} must be a port number from 1 to 65535 (got "${env[variable]}")`,
    );
  }
  return value;
}

function secondsOf(env, variable, fallback) {
  if (!isSet(env, variable)) return fallback;
  const value = Number(env[variable]);
  if (!Number.isInteger(value) || value < 1) {
    throw new StartError(
      'configuration',
      `${variable} must be a whole number of seconds (got "${env[variable]}")`,
    );
  }
  return value;
}

/** The address to reach a server listening on `host` from this machine. */
export function reachableHost(host) {
  const local = ['', '0.0.0.0', '::', '[::]'].includes(host) ? '127.0.0.1' : host;
  return local.includes(':') && !local.startsWith('[') ? `[${local}]` : local;
}

/**
 * Reads and checks the environment. `root` is the repository (where package.json is).
 * Throws {@link StartError} naming the variable on a bad value.
 */
export function readSettings(env, root) {
  const dataDir = resolve(root, isSet(env, 'MREZA_DATA_DIR') ? env.MREZA_DATA_DIR : '.data');
  const host = isSet(env, 'HOST') ? env.HOST : '127.0.0.1';

  const logMode = isSet(env, 'MREZA_LOG') ? env.MREZA_LOG : 'file';
  if (!['file', 'stdout'].includes(logMode)) {
    throw new StartError('configuration', `MREZA_LOG must be "stdout" or unset (got "${logMode}")`);
  }

  const database = isSet(env, 'DATABASE_URL')
    ? { embedded: false, url: env.DATABASE_URL }
    : { embedded: true, dir: resolve(dataDir, 'postgres'), port: portOf(env, 'PG_PORT', 54329) };
  if (!database.embedded && !/^postgres(ql)?:\/\/.+/.test(database.url)) {
    throw new StartError('configuration', 'DATABASE_URL must be a postgres:// URL');
  }

  const bucket = isSet(env, 'S3_BUCKET') ? env.S3_BUCKET : DEFAULT_BUCKET;
  const storage = isSet(env, 'S3_ENDPOINT')
    ? { embedded: false, endpoint: env.S3_ENDPOINT, bucket }
    : {
        embedded: true,
        dir: resolve(dataDir, 'storage'),
        port: portOf(env, 'S3_PORT', 9100),
        bucket,
      };
  const missingKeys = ['S3_ACCESS_KEY', 'S3_SECRET_KEY'].filter((name) => !isSet(env, name));
  if (!storage.embedded && missingKeys.length > 0) {
    throw new StartError(
      'configuration',
      `S3_ENDPOINT is set, so ${missingKeys.join(' and ')} must be set too`,
    );
  }
  if (storage.embedded && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new StartError(
      'configuration',
      `S3_BUCKET must be a valid bucket name: 3–63 lower-case letters, digits, dots and hyphens (got "${bucket}")`,
    );
  }

  const services = SERVICES.map((service) => ({
    ...service,
    port: portOf(env, service.portVariable, service.defaultPort),
  }));
  const gateway = { ...GATEWAY, port: portOf(env, GATEWAY.portVariable, GATEWAY.defaultPort) };

  // Every part on its own port: a clash would otherwise show up as a confusing "in use".
  const claimed = [
    ...(database.embedded ? [['PG_PORT', database.port]] : []),
    ...(storage.embedded ? [['S3_PORT', storage.port]] : []),
    ...services.map((service) => [service.portVariable, service.port]),
    [gateway.portVariable, gateway.port],
  ];
  const owner = new Map();
  for (const [variable, port] of claimed) {
    if (owner.has(port)) {
      throw new StartError(
        'configuration',
        `${owner.get(port)} and ${variable} are both ${port}: give each part its own port`,
      );
    }
    owner.set(port, variable);
  }

  return {
    env,
    root,
    dataDir,
    logsDir: resolve(dataDir, 'logs'),
    keysDir: resolve(dataDir, 'keys'),
    logMode,
    host,
    probeHost: reachableHost(host),
    database,
    storage,
    services,
    gateway,
    publicUrl: isSet(env, 'PUBLIC_URL') ? env.PUBLIC_URL : `http://localhost:${gateway.port}`,
    startTimeoutMs: secondsOf(env, 'MREZA_START_TIMEOUT', 90) * 1000,
    webDir: resolve(root, 'apps/web'),
  };
}
