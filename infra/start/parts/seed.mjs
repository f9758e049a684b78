// The seeds: identity's (organisations, the first administrator, demo members) then the networks'
// (the thematic networks). Each runs its service's migrations and adds only what is missing. Their
// output is for the user to read (the generated admin password on the first start), shown as it is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { indentedOutput, ManagedProcess, waitForSuccess } from '../processes.mjs';
import { StartError } from '../start-error.mjs';

const ENTRIES = ['apps/identity/src/seed.ts', 'apps/networks/src/seed.ts'];
const TIMEOUT_MS = 5 * 60_000;

export async function runSeed({ settings, progress, lifecycle }, env) {
  for (const entry of ENTRIES) {
    if (!existsSync(join(settings.root, entry)))
      throw new StartError('seed', `${entry} is missing`);
  }
  const step = progress.begin('Seed (organisations, first administrator, demo members, networks)');
  for (const entry of ENTRIES) {
    const proc = lifecycle.addProcess(
      new ManagedProcess({
        name: 'seed',
        args: ['-r', '@swc-node/register', entry],
        env,
        cwd: settings.root,
        output: indentedOutput(progress),
      }),
    );
    await waitForSuccess({ process: proc, timeoutMs: TIMEOUT_MS, signal: lifecycle.signal });
  }
  step.done('done');
}
