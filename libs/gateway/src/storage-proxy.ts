import { timingSafeEqual } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { NextFunction, Request, Response } from 'express';
import type { RequestHandler } from 'http-proxy-middleware';
import { createProxyMiddleware } from 'http-proxy-middleware';

export const STORAGE_PREFIX = '/storage';

export interface StorageProxyOptions {
  /** The S3 server the files are forwarded to (s3rver on loopback). */
  endpoint: string;
  accessKey: string;
  secretKey: string;
  region: string;
  /** The host the library signs URLs for; the request's Host header when unset. */
  publicHost?: string;
}

const PRESIGN_PARAMS = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
];
const METHODS = ['GET', 'HEAD', 'PUT'];
const CLOCK_SKEW_MS = 5 * 60_000;

/** `20250102T030405Z` → a Date, or null. */
function amzDate(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/**
 * Checks a presigned S3 URL the way S3 would: our access key, not expired (nor dated in the
 * future), and the signature recomputed over method, host, path and query. s3rver checks none
 * of this, so without it anyone reaching the gateway could read or write any object.
 */
export async function verifyPresigned(
  options: StorageProxyOptions,
  request: {
    method: string;
    host: string;
    path: string;
    query: URLSearchParams;
    headers: Record<string, string | undefined>;
  },
  now = new Date(),
): Promise<boolean> {
  const q = request.query;
  if (PRESIGN_PARAMS.some((name) => q.getAll(name).length !== 1)) return false;
  if (q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return false;
  const [accessKey, day, region, service, terminator] = (q.get('X-Amz-Credential') ?? '').split(
    '/',
  );
  if (accessKey !== options.accessKey || service !== 's3' || terminator !== 'aws4_request') {
    return false;
  }
  const signedAt = amzDate(q.get('X-Amz-Date') ?? '');
  const expires = Number(q.get('X-Amz-Expires'));
  if (!signedAt || !Number.isInteger(expires) || expires <= 0 || expires > 7 * 24 * 3600)
    return false;
  if (!q.get('X-Amz-Date')?.startsWith(day)) return false;
  if (signedAt.getTime() - CLOCK_SKEW_MS > now.getTime()) return false;
  if (signedAt.getTime() + expires * 1000 < now.getTime()) return false;
  const signedHeaders = (q.get('X-Amz-SignedHeaders') ?? '').split(';');
  if (!signedHeaders.includes('host')) return false;
  // Presigned S3 requests sign no payload; the header only tells the signer so.
  const headers: Record<string, string> = {
    host: request.host,
    'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
  };
  for (const name of signedHeaders) {
    if (name === 'host' || name === 'x-amz-content-sha256') continue;
    const value = request.headers[name];
    if (value === undefined) return false;
    headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(q.keys())) {
    if (PRESIGN_PARAMS.includes(key)) continue;
    const values = q.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId: options.accessKey, secretAccessKey: options.secretKey },
    region,
    service: 's3',
    sha256: Hash.bind(null, 'sha256'),
    uriEscapePath: false,
    applyChecksum: false,
  });
  const [hostname, port] = request.host.split(':');
  const presigned = await signer.presign(
    {
      method: request.method,
      protocol: 'http:',
      hostname,
      port: port ? Number(port) : undefined,
      path: request.path,
      query,
      headers,
    },
    {
      signingDate: signedAt,
      expiresIn: expires,
      signableHeaders: new Set(signedHeaders),
      unsignableHeaders: new Set(['x-amz-content-sha256']),
      unhoistableHeaders: new Set([
        'x-amz-content-sha256',
        ...signedHeaders.filter((name) => name !== 'host'),
      ]),
    },
  );
  const expected = Buffer.from(String(presigned.query?.['X-Amz-Signature'] ?? ''));
  const given = Buffer.from(q.get('X-Amz-Signature') ?? '');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Forwards `/storage/<bucket>/<key>?X-Amz-…` to the local S3 server after checking the presigned
 * query; anything else under `/storage` is refused with 403.
 */
export function createStorageProxy(options: StorageProxyOptions): RequestHandler[] {
  const logger = new Logger('StorageProxy');
  const proxy = createProxyMiddleware({
    target: options.endpoint,
    changeOrigin: true,
    pathFilter: (path) => path.startsWith(`${STORAGE_PREFIX}/`),
    pathRewrite: (path) => path.slice(STORAGE_PREFIX.length),
    logger: {
      info: (message: unknown) => logger.debug(String(message)),
      warn: (message: unknown) => logger.warn(String(message)),
      error: (message: unknown) => logger.error(String(message)),
    },
  });
  const guard = (request: Request, response: Response, next: NextFunction) => {
    const raw = request.originalUrl ?? request.url;
    if (raw !== STORAGE_PREFIX && !raw.startsWith(`${STORAGE_PREFIX}/`)) return next();
    const refuse = () => {
      response.status(403).type('text/plain').send('Forbidden');
    };
    if (!METHODS.includes(request.method)) return refuse();
    const queryAt = raw.indexOf('?');
    const path = (queryAt < 0 ? raw : raw.slice(0, queryAt)).slice(STORAGE_PREFIX.length);
    const query = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
    const host = options.publicHost ?? request.headers.host ?? '';
    verifyPresigned(options, {
      method: request.method,
      host,
      path,
      query,
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
      ),
    })
      .then((valid) => (valid ? next() : refuse()))
      .catch((error: unknown) => {
        logger.warn(
          `presigned check failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        refuse();
      });
  };
  return [guard as unknown as RequestHandler, proxy];
}
