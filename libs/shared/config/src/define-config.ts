import type { z } from 'zod';

/** Raised when an environment variable is missing or invalid; its message is one line for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface ConfigDefinition<T> {
  /** Parses the environment; throws {@link ConfigError} naming the first bad variable. */
  load(env?: NodeJS.ProcessEnv): T;
}

/**
 * Declares an app's configuration as a zod object over environment variables.
 * Empty strings count as unset, so `FOO=` falls back to the default like a missing variable.
 */
export function defineConfig<S extends z.ZodType<object>>(
  schema: S,
): ConfigDefinition<z.output<S>> {
  return {
    load(env = process.env) {
      const cleaned = Object.fromEntries(
        Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
      );
      const result = schema.safeParse(cleaned);
      if (result.success) return result.data;
      const issue = result.error.issues[0];
      const variable = issue.path.length > 0 ? issue.path.join('.') : 'environment';
      throw new ConfigError(`Invalid configuration: ${variable}: ${issue.message}`);
    },
  };
}
