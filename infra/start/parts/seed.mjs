// The identity seed: runs identity's migrations and creates the organisations, the first
// administrator and the demo members once (it is idempotent). Its output is for the user to read
// (it holds the generated admin password on the first start), so it is shown as it is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { indentedOutput, ManagedProcess, waitForSuccess } from '../processes.mjs';
import { StartError } from '../start-error.mjs';

const ENTRY = 'apps/identity/src/seed.ts';
const TIMEOUT_MS = 5 * 60_000;

export async function runSeed({ settings, progress, lifecycle }, env) {
  if (!existsSync(join(settings.root, ENTRY))) throw new StartError('seed', `${ENTRY} is missing`);
  const step = progress.begin('Seed (organisations, first administrator, demo members)');
  const proc = lifecycle.addProcess(
    new ManagedProcess({
      name: 'seed',
      args: ['-r', '@swc-node/register', ENTRY],
      env,
      cwd: settings.root,
      output: indentedOutput(progress),
    }),
  );
  await waitForSuccess({ process: proc, timeoutMs: TIMEOUT_MS, signal: lifecycle.signal });
  step.done('done');
}
