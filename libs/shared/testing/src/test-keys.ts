import { generateKeyPairSync } from 'node:crypto';

let cached: { privateKey: string; publicKey: string } | undefined;

/** One ES256 key pair per test process, as the identity service would have. */
export function testKeyPair() {
  cached ??= generateKeyPairSync('ec', {
    namedCurve: 'prime256v1',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return cached;
}

/** Sets the variables every service reads, pointing at the run's test database. */
export function useTestEnvironment(extra: Record<string, string> = {}): void {
  const keys = testKeyPair();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_PUBLIC_KEY: keys.publicKey,
    JWT_PRIVATE_KEY: keys.privateKey,
    ...extra,
  });
}
