// Object storage: s3rver (a local S3-compatible server, loopback only) with its files in
// .data/storage, or the S3 endpoint named by S3_ENDPOINT (MinIO in production) after checking it
// answers.
import { mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ensurePortFree } from '../ports.mjs';
import { displayPath } from '../settings.mjs';
import { StartError } from '../start-error.mjs';

const PART = 'object storage';
/** s3rver's fixed credentials. */
const S3RVER_KEY = 'S3RVER';

/** Resolves when `url` gives any HTTP answer; rejects when nothing answers. */
function anyAnswer(url, timeoutMs) {
  return new Promise((resolve, reject) => {
    const request = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end();
  });
}

async function checkExternal({ endpoint }, progress) {
  const step = progress.begin(`Object storage (S3_ENDPOINT ${endpoint})`);
  try {
    await anyAnswer(endpoint, 5000);
  } catch (error) {
    throw new StartError(PART, `S3_ENDPOINT ${endpoint} does not answer: ${error.message}`);
  }
  step.done('reachable');
  return {}; // the user's S3_* variables reach the services as they are
}

async function startEmbedded({ dir, port, bucket }, { settings, lifecycle, progress }) {
  await ensurePortFree({ part: PART, port, variable: 'S3_PORT', host: '127.0.0.1' });
  const step = progress.begin(`Object storage (s3rver, ${displayPath(dir)}, port ${port})`);
  mkdirSync(dir, { recursive: true });
  const { default: S3rver } = await import('s3rver');
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  try {
    await server.run();
  } catch (error) {
    throw new StartError(PART, `s3rver did not start: ${error.message}`);
  }
  lifecycle.addServer(PART, async () => {
    const closed = server.close();
    server.httpServer?.closeAllConnections?.();
    await closed;
  });
  step.done('ready', `bucket ${bucket}`);
  return {
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY: S3RVER_KEY,
    S3_SECRET_KEY: S3RVER_KEY,
    S3_BUCKET: bucket,
    // Browsers reach the files through the gateway, which forwards /storage/… to s3rver.
    S3_PUBLIC_URL: settings.env.S3_PUBLIC_URL || `${settings.publicUrl.replace(/\/$/, '')}/storage`,
  };
}

/** Starts or checks object storage; returns the S3_* variables the services need. */
export function startStorage(context) {
  const { storage } = context.settings;
  return storage.embedded
    ? startEmbedded(storage, context)
    : checkExternal(storage, context.progress);
}
