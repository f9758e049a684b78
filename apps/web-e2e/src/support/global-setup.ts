import type { Platform } from './platform';
import { startPlatform } from './platform';

export type WithPlatform = typeof globalThis & { mrezaWebE2ePlatform?: Platform };

/** Starts the platform once for the whole run; the tests find it through `platformUrl()`. */
export default async function globalSetup(): Promise<void> {
  const startedAt = performance.now();
  const platform = await startPlatform();
  (globalThis as WithPlatform).mrezaWebE2ePlatform = platform;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(`\nweb-e2e: platform up at ${platform.url} in ${seconds} s\n`);
}
