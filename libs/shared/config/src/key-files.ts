import { readFileSync } from 'node:fs';
import { ConfigError } from './define-config';

/**
 * Lets `NAME_FILE=/path` stand in for `NAME=<contents>` (keys, secrets), the Docker-secrets
 * convention. Returns a copy of the environment with the file contents inlined.
 */
export function inlineFileVariables(names: string[], env: NodeJS.ProcessEnv = process.env) {
  const result: NodeJS.ProcessEnv = { ...env };
  for (const name of names) {
    const path = env[`${name}_FILE`];
    if (env[name] || !path) continue;
    try {
      result[name] = readFileSync(path, 'utf8');
    } catch {
      throw new ConfigError(`Invalid configuration: ${name}_FILE: cannot read ${path}`);
    }
  }
  return result;
}
