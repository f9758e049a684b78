// The `keys` job of docker-compose.yml: creates the ES256 key pair for access tokens once.
//   node infra/docker/generate-keys.mjs <private-dir> <public-dir>
// writes <private-dir>/jwt-private.pem (0600; identity and the seed mount it) and
// <public-dir>/jwt-public.pem (every service mounts it). An existing private key is kept: a new
// pair would sign everyone out. The public key is always derived again from the private one.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [privateDir, publicDir] = process.argv.slice(2);
if (!privateDir || !publicDir) {
  console.error('usage: node infra/docker/generate-keys.mjs <private-dir> <public-dir>');
  process.exit(2);
}
const privatePath = join(privateDir, 'jwt-private.pem');
const publicPath = join(publicDir, 'jwt-public.pem');

/** Writes in one step, so a half-written key never exists. */
function writeAtomically(path, text, mode) {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, text, { mode });
  renameSync(temporary, path);
}

let privatePem;
if (existsSync(privatePath)) {
  privatePem = readFileSync(privatePath, 'utf8');
  console.log(`keeping the existing key pair (${privatePath})`);
} else {
  ({ privateKey: privatePem } = generateKeyPairSync('ec', {
    namedCurve: 'prime256v1',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  }));
  writeAtomically(privatePath, privatePem, 0o600);
  console.log(`created an ES256 key pair (${privatePath})`);
}
const publicPem = createPublicKey(privatePem).export({ type: 'spki', format: 'pem' });
writeAtomically(publicPath, publicPem, 0o644);
