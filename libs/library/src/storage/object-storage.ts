import type { OnModuleInit } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from 'minio';
import type { Readable } from 'node:stream';
import type { LibraryConfig } from '../library.config';
import { LIBRARY_CONFIG } from '../library.config';

export interface StoredObject {
  size: number;
}

export interface DownloadHeaders {
  /** Shown to the browser as the saved file's name. */
  filename: string;
  contentType: string;
  /** `attachment` (saved, the default) or `inline` (shown in the page: an image). */
  disposition?: 'attachment' | 'inline';
}

function clientFor(url: string, config: LibraryConfig): Client {
  const parsed = new URL(url);
  const useSSL = parsed.protocol === 'https:';
  return new Client({
    endPoint: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey: config.S3_ACCESS_KEY,
    secretKey: config.S3_SECRET_KEY,
    region: config.S3_REGION,
    pathStyle: true,
  });
}

/**
 * `attachment` (or `inline`) with an ASCII fallback name and the exact name RFC 5987-encoded
 * (Serbian letters).
 */
export function contentDisposition(
  filename: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const fallback = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'dj')
    .replace(/Đ/g, 'Dj')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The library's files in one S3 bucket (MinIO in production, s3rver embedded), the only place
 * that talks to object storage. Presigned URLs are signed for the address browsers use
 * (`S3_PUBLIC_URL`); a path prefix there (`/storage` behind the gateway) is added after signing,
 * and the gateway checks the signature on the path without it.
 */
@Injectable()
export class ObjectStorage implements OnModuleInit {
  private readonly logger = new Logger(ObjectStorage.name);
  private readonly client: Client;
  private readonly publicClient: Client;
  private readonly publicPrefix: string;
  readonly bucket: string;

  constructor(@Inject(LIBRARY_CONFIG) private readonly config: LibraryConfig) {
    this.client = clientFor(config.S3_ENDPOINT, config);
    const publicUrl = config.S3_PUBLIC_URL ?? config.S3_ENDPOINT;
    this.publicClient = clientFor(publicUrl, config);
    this.publicPrefix = new URL(publicUrl).pathname.replace(/\/+$/, '');
    this.bucket = config.S3_BUCKET;
  }

  async onModuleInit(): Promise<void> {
    await this.ensureBucket();
  }

  /** Creates the bucket unless it exists (harmless when another instance just did). */
  async ensureBucket(): Promise<void> {
    if (await this.client.bucketExists(this.bucket)) return;
    try {
      await this.client.makeBucket(this.bucket, this.config.S3_REGION);
      this.logger.log(`created bucket ${this.bucket}`);
    } catch (error) {
      if (!(await this.client.bucketExists(this.bucket))) throw error;
    }
  }

  async presignUpload(key: string, expirySeconds: number): Promise<string> {
    return this.toPublic(
      await this.publicClient.presignedPutObject(this.bucket, key, expirySeconds),
    );
  }

  async presignDownload(
    key: string,
    expirySeconds: number,
    headers: DownloadHeaders,
  ): Promise<string> {
    return this.toPublic(
      await this.publicClient.presignedGetObject(this.bucket, key, expirySeconds, {
        'response-content-disposition': contentDisposition(headers.filename, headers.disposition),
        'response-content-type': headers.contentType,
      }),
    );
  }

  /** The object's size, or null when nothing was uploaded under the key. */
  async stat(key: string): Promise<StoredObject | null> {
    try {
      const stat = await this.client.statObject(this.bucket, key);
      return { size: stat.size };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** Writes an object (thumbnails, the demo seed; browsers upload through presigned URLs). */
  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.client.putObject(this.bucket, key, bytes, bytes.length, {
      'Content-Type': contentType,
    });
  }

  /** The first `length` bytes (fewer if the object is shorter). */
  async readStart(key: string, length: number): Promise<Buffer> {
    return collect(await this.client.getPartialObject(this.bucket, key, 0, length), length);
  }

  /** `length` bytes from `offset`, as a stream (random access into a zip, say). */
  readRange(key: string, offset: number, length: number): Promise<Readable> {
    return this.client.getPartialObject(this.bucket, key, offset, length);
  }

  /** The whole object; refuses one larger than `maxBytes`. */
  async read(key: string, maxBytes: number): Promise<Buffer> {
    return collect(await this.client.getObject(this.bucket, key), maxBytes);
  }

  async remove(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.client.removeObjects(this.bucket, keys);
  }

  /** Object keys under a prefix, for housekeeping and tests. */
  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const item of this.client.listObjectsV2(this.bucket, prefix, true)) {
      const { name } = item as { name?: string };
      if (name) keys.push(name);
    }
    return keys;
  }

  private toPublic(url: string): string {
    if (!this.publicPrefix) return url;
    const parsed = new URL(url);
    parsed.pathname = `${this.publicPrefix}${parsed.pathname}`;
    return parsed.toString();
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'NotFound' || code === 'NoSuchKey' || code === 'NoSuchBucket';
}

async function collect(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buffer.length;
    if (total > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new Error(`object larger than ${maxBytes} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
