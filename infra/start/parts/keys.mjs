// JWT keys (ES256): the identity service signs access tokens with the private key, every service
// verifies them with the public one. Generated once into .data/keys/ (mode 0600) unless given
// through JWT_PRIVATE_KEY(_FILE) and JWT_PUBLIC_KEY(_FILE).
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../settings.mjs';
import { StartError } from '../start-error.mjs';

const PART = 'JWT keys';
const PRIVATE_FILE = 'jwt-private.pem';
const PUBLIC_FILE = 'jwt-public.pem';

/** The PEM text of `NAME`, or of the file `NAME_FILE` names; undefined when neither is set. */
function readKeyVariable(env, name) {
  if (env[name]) return env[name];
  const path = env[`${name}_FILE`];
  if (!path) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new StartError(
      PART,
      `${name}_FILE: cannot read ${path} (${error.code ?? error.message})`,
    );
  }
}

/** Throws unless the two keys are an ES256 (P-256) pair. */
function checkPair(privatePem, publicPem, origin) {
  let privateKey;
  let publicKey;
  try {
    privateKey = createPrivateKey(privatePem);
    publicKey = createPublicKey(publicPem);
  } catch (error) {
    throw new StartError(PART, `${origin}: not a readable PEM key (${error.message})`);
  }
  if (privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new StartError(
      PART,
      `${origin}: tokens are signed with ES256, which needs an EC P-256 key`,
    );
  }
  const probe = Buffer.from('mreza');
  const signature = sign('sha256', probe, privateKey);
  if (!verify('sha256', probe, publicKey, signature)) {
    throw new StartError(PART, `${origin}: the public key does not belong to the private key`);
  }
}

/** Writes a file readable by its owner only, in one step (no half-written key after a crash). */
function writeSecret(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  renameSync(temporary, path);
  chmodSync(path, 0o600);
}

function fromEnvironment(env, progress) {
  const privatePem = readKeyVariable(env, 'JWT_PRIVATE_KEY');
  const publicPem = readKeyVariable(env, 'JWT_PUBLIC_KEY');
  if (!privatePem || !publicPem) {
    throw new StartError(
      PART,
      'set both JWT_PRIVATE_KEY (or _FILE) and JWT_PUBLIC_KEY (or _FILE), or neither',
    );
  }
  checkPair(privatePem, publicPem, 'JWT_PRIVATE_KEY / JWT_PUBLIC_KEY');
  progress.ok('JWT keys from the environment', 'ES256');
  return {}; // the user's variables reach the services as they are
}

function fromDataDir(keysDir, progress) {
  const privatePath = join(keysDir, PRIVATE_FILE);
  const publicPath = join(keysDir, PUBLIC_FILE);
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  chmodSync(keysDir, 0o700);

  let created = false;
  if (existsSync(privatePath)) {
    const privatePem = readFileSync(privatePath, 'utf8');
    let publicPem;
    try {
      publicPem = createPublicKey(privatePem).export({ type: 'spki', format: 'pem' });
    } catch (error) {
      throw new StartError(
        PART,
        `${displayPath(privatePath)} is not a readable key (${error.message})`,
        {
          hint: `Delete ${displayPath(keysDir)} to create a new pair (everyone will have to sign in again).`,
        },
      );
    }
    checkPair(privatePem, publicPem, displayPath(privatePath));
    // The public key is derived from the private one: rewrite it when missing or different.
    if (!existsSync(publicPath) || readFileSync(publicPath, 'utf8') !== publicPem) {
      writeSecret(publicPath, publicPem);
    }
  } else {
    const pair = generateKeyPairSync('ec', {
      namedCurve: 'prime256v1',
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    writeSecret(publicPath, pair.publicKey);
    writeSecret(privatePath, pair.privateKey);
    created = true;
  }
  progress.ok(`JWT keys ${created ? 'created in' : 'from'} ${displayPath(keysDir)}`, 'ES256');
  return { JWT_PRIVATE_KEY_FILE: privatePath, JWT_PUBLIC_KEY_FILE: publicPath };
}

const KEY_VARIABLES = [
  'JWT_PRIVATE_KEY',
  'JWT_PRIVATE_KEY_FILE',
  'JWT_PUBLIC_KEY',
  'JWT_PUBLIC_KEY_FILE',
];

/** Returns the JWT_*_FILE variables to pass on (empty when the user gave the keys). */
export function prepareKeys({ settings, progress }) {
  const given = KEY_VARIABLES.some((name) => settings.env[name]);
  return given ? fromEnvironment(settings.env, progress) : fromDataDir(settings.keysDir, progress);
}

/** The environment without the private key: for everything but identity and its seed. */
export function withoutPrivateKey(env) {
  const { JWT_PRIVATE_KEY: _key, JWT_PRIVATE_KEY_FILE: _file, ...rest } = env;
  return rest;
}
