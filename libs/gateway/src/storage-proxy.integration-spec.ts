import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { Client } from 'minio';
import { createStorageProxy } from './storage-proxy';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}

const BUCKET = 'mreza-library';
const KEY = 'S3RVER';

describe('gateway /storage forwarding', () => {
  let s3: S3rverInstance;
  let directory: string;
  let gateway: Server;
  let origin: string;
  let signer: Client;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'mreza-gw-s3-'));
    const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      directory,
      silent: true,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    const { port: s3Port } = await s3.run();
    const app = express();
    for (const handler of createStorageProxy({
      endpoint: `http://127.0.0.1:${s3Port}`,
      accessKey: KEY,
      secretKey: KEY,
      region: 'us-east-1',
    })) {
      app.use(handler as express.RequestHandler);
    }
    gateway = await new Promise<Server>((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => resolve(server));
    });
    const { port } = gateway.address() as AddressInfo;
    origin = `http://127.0.0.1:${port}`;
    // The library signs for the public origin, then adds the /storage prefix.
    signer = new Client({
      endPoint: '127.0.0.1',
      port,
      useSSL: false,
      accessKey: KEY,
      secretKey: KEY,
      region: 'us-east-1',
      pathStyle: true,
    });
  });

  afterAll(async () => {
    await new Promise((resolve) => gateway.close(resolve));
    await s3.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const viaGateway = (url: string) => {
    const parsed = new URL(url);
    return `${origin}/storage${parsed.pathname}${parsed.search}`;
  };

  const put = async (key: string, body: string) => {
    const url = viaGateway(await signer.presignedPutObject(BUCKET, key, 60));
    return fetch(url, { method: 'PUT', body });
  };

  it('forwards a valid presigned PUT and GET', async () => {
    expect((await put('files/a', 'sadržaj')).status).toBe(200);
    const url = viaGateway(
      await signer.presignedGetObject(BUCKET, 'files/a', 60, {
        'response-content-disposition': `attachment; filename*=UTF-8''%C5%A0abac.txt`,
      }),
    );
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('sadržaj');
  });

  it('refuses a URL for another key (tampered path)', async () => {
    await put('files/b', 'tajna');
    const url = viaGateway(await signer.presignedGetObject(BUCKET, 'files/a', 60));
    expect((await fetch(url.replace('files/a', 'files/b'))).status).toBe(403);
  });

  it('refuses a tampered signature or query', async () => {
    const url = viaGateway(await signer.presignedGetObject(BUCKET, 'files/a', 60));
    const parsed = new URL(url);
    const signature = parsed.searchParams.get('X-Amz-Signature')!;
    parsed.searchParams.set(
      'X-Amz-Signature',
      signature.replace(/^./, (c) => (c === '0' ? '1' : '0')),
    );
    expect((await fetch(parsed)).status).toBe(403);
    const longer = new URL(url);
    longer.searchParams.set('X-Amz-Expires', '604800');
    expect((await fetch(longer)).status).toBe(403);
  });

  it('refuses an expired URL', async () => {
    const past = new Date(Date.now() - 3600_000);
    const url = viaGateway(await signer.presignedUrl('GET', BUCKET, 'files/a', 60, {}, past));
    expect((await fetch(url)).status).toBe(403);
  });

  it('refuses a download URL used to upload', async () => {
    const url = viaGateway(await signer.presignedGetObject(BUCKET, 'files/a', 60));
    expect((await fetch(url, { method: 'PUT', body: 'prepisano' })).status).toBe(403);
  });

  it('refuses requests without a presigned query', async () => {
    expect((await fetch(`${origin}/storage/${BUCKET}/files/a`)).status).toBe(403);
    expect((await fetch(`${origin}/storage/${BUCKET}?list-type=2`)).status).toBe(403);
  });
});
