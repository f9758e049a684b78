// The web client: built once with Vite into apps/web/dist, which the gateway serves. Nothing to do
// (and nothing printed) while the repository has no apps/web.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { logFileOutput, ManagedProcess, prefixedOutput, waitForSuccess } from '../processes.mjs';
import { displayPath } from '../settings.mjs';
import { StartError } from '../start-error.mjs';

const PART = 'web client';
const TIMEOUT_MS = 10 * 60_000;

/** The path of Vite's command-line script in this repository's node_modules. */
function viteCli(root) {
  try {
    const manifestPath = createRequire(join(root, 'package.json')).resolve('vite/package.json');
    const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin.vite);
  } catch {
    throw new StartError(PART, 'vite is not installed', {
      hint: 'Run npm install, then npm start again.',
    });
  }
}

export async function buildWeb({ settings, progress, lifecycle }) {
  const { webDir, root } = settings;
  if (!existsSync(join(webDir, 'package.json'))) return;
  const dist = join(webDir, 'dist');
  if (existsSync(join(dist, 'index.html'))) {
    progress.ok(
      `Web client ${displayPath(dist)}`,
      `built earlier; delete ${displayPath(dist)} to rebuild`,
    );
    return;
  }
  const step = progress.begin(`Web client (vite build ${displayPath(webDir)})`);
  const logPath = join(settings.logsDir, 'web-build.log');
  const toTerminal = settings.logMode === 'stdout';
  // Equivalent to `npx vite build apps/web`, without npx ever offering to download a package.
  const proc = lifecycle.addProcess(
    new ManagedProcess({
      name: PART,
      args: [viteCli(root), 'build', webDir],
      env: { ...settings.env, NODE_ENV: settings.env.NODE_ENV || 'production' },
      cwd: root,
      output: toTerminal ? prefixedOutput('web', progress) : logFileOutput(logPath, 'web-build'),
      logHint: toTerminal ? undefined : `Log: ${displayPath(logPath)}`,
    }),
  );
  await waitForSuccess({ process: proc, timeoutMs: TIMEOUT_MS, signal: lifecycle.signal });
  step.done('built');
}
