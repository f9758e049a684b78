import type { WithPlatform } from './global-setup';
import { stopPlatform } from './platform';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as WithPlatform;
  const platform = holder.mrezaWebE2ePlatform;
  holder.mrezaWebE2ePlatform = undefined;
  if (platform) await stopPlatform(platform);
}
