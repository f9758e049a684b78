// The Node processes of the platform: the subgraph services (in parallel), the gateway, and the
// environment they all receive.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePortFree } from '../ports.mjs';
import { logFileOutput, ManagedProcess, prefixedOutput, waitForHealth } from '../processes.mjs';
import { displayPath } from '../settings.mjs';
import { StartError } from '../start-error.mjs';
import { withoutPrivateKey } from './keys.mjs';

/**
 * The variables `npm start` decides (database, storage, keys, ports, URLs); the services get
 * these on top of the user's own environment.
 */
export function decidedVariables(settings, { database, storage, keys }) {
  const variables = {
    DATABASE_URL: database.url,
    ...storage,
    ...keys,
    PUBLIC_URL: settings.publicUrl,
    PORT: String(settings.gateway.port),
    WEB_DIST: join(settings.webDir, 'dist'),
  };
  for (const service of settings.services) {
    variables[service.portVariable] = String(service.port);
    variables[service.urlVariable] = `http://${settings.probeHost}:${service.port}/graphql`;
  }
  return variables;
}

/** The whole environment of a service: the user's, development defaults, the decided variables. */
export function serviceEnvironment(settings, decided) {
  return {
    ...settings.env,
    NODE_ENV: settings.env.NODE_ENV || 'development',
    LOG_LEVEL: settings.env.LOG_LEVEL || 'info',
    ...decided,
  };
}

export const entryOf = (name) => `apps/${name}/src/main.ts`;

/** Starts `node -r @swc-node/register <entry>` with its output in .data/logs/<name>.log. */
export function spawnTypeScript({ name, entry, env, context, onUnexpectedExit }) {
  const { settings, progress, lifecycle } = context;
  if (!existsSync(join(settings.root, entry))) {
    throw new StartError(name, `${entry} is missing`);
  }
  const logPath = join(settings.logsDir, `${name}.log`);
  const toTerminal = settings.logMode === 'stdout';
  const proc = new ManagedProcess({
    name,
    args: ['-r', '@swc-node/register', entry],
    env,
    cwd: settings.root,
    output: toTerminal ? prefixedOutput(name, progress) : logFileOutput(logPath, name),
    logHint: toTerminal ? undefined : `Log: ${displayPath(logPath)}`,
  });
  return lifecycle.addProcess(proc, onUnexpectedExit);
}

async function startOne(part, env, context, onUnexpectedExit) {
  const { settings, progress, lifecycle } = context;
  const step = progress.begin(`${part.name} (port ${part.port})`);
  const proc = spawnTypeScript({
    name: part.name,
    entry: entryOf(part.name),
    env,
    context,
    onUnexpectedExit,
  });
  await waitForHealth({
    process: proc,
    url: `http://${settings.probeHost}:${part.port}/health`,
    timeoutMs: settings.startTimeoutMs,
    signal: lifecycle.signal,
  });
  step.done();
}

const checkPorts = async (parts, host) => {
  for (const part of parts) {
    await ensurePortFree({ part: part.name, port: part.port, variable: part.portVariable, host });
  }
};

/** Starts the subgraph services together and waits until each answers /health. */
export async function startServices(context, decided, onUnexpectedExit) {
  const { settings } = context;
  await checkPorts(settings.services, settings.host);
  const full = serviceEnvironment(settings, decided);
  const verifying = withoutPrivateKey(full);
  await Promise.all(
    settings.services.map((service) =>
      startOne(service, service.name === 'identity' ? full : verifying, context, onUnexpectedExit),
    ),
  );
}

/** Starts the gateway and waits for its /health. */
export async function startGateway(context, decided, onUnexpectedExit) {
  const { settings } = context;
  await checkPorts([settings.gateway], settings.host);
  const env = withoutPrivateKey(serviceEnvironment(settings, decided));
  await startOne(settings.gateway, env, context, onUnexpectedExit);
}
