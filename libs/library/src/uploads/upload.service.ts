import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import type { Tx } from '@mreza/shared/database';
import { LibraryAccess } from '../access/library-access';
import type { LibraryConfig } from '../library.config';
import { LIBRARY_CONFIG } from '../library.config';
import { ObjectStorage } from '../storage/object-storage';
import type { FileKind } from './file-kind';
import { FILE_KINDS, SNIFF_BYTES, extensionOf, kindsForExtension, sniffKind } from './file-kind';
import { openZipByRanges } from './zip-entries';
import { safeFilename } from './filename';
import type { UploadRecord } from './upload.entity';
import {
  TooManyUploadsError,
  UploadEmptyError,
  UploadNotFoundError,
  UploadNotYoursError,
  UploadSizeMismatchError,
  UploadTooLargeError,
  UploadTypeNotAllowedError,
} from './upload.errors';
import { UploadRepository } from './upload.repository';

/** At most this many announced uploads wait per person. */
export const MAX_WAITING_UPLOADS = 20;

export interface UploadRequest {
  filename: string;
  contentType: string;
  size: number;
}

export interface UploadTicket {
  uploadId: string;
  url: string;
  expiresAt: Date;
  maxBytes: number;
}

/** A stored file that passed every check, ready to become a version. */
export interface AcceptedFile {
  upload: UploadRecord;
  kind: FileKind;
  mimeType: string;
}

/**
 * Uploads straight from the browser to object storage through short-lived presigned URLs. An
 * upload is announced first (name, type, size: refused up front when too large or of a type
 * the library does not take), then checked when used: the object exists, has the announced
 * size within the limit, and its content really is an accepted type. A file that fails is
 * deleted with its upload, so nothing of it stays.
 */
@Injectable()
export class UploadService {
  constructor(
    private readonly uploads: UploadRepository,
    private readonly storage: ObjectStorage,
    private readonly access: LibraryAccess,
    @Inject(LIBRARY_CONFIG) private readonly config: LibraryConfig,
  ) {}

  async requestUpload(
    viewer: AuthUser,
    request: UploadRequest,
    now = new Date(),
  ): Promise<UploadTicket> {
    await this.access.requireActive(viewer);
    const filename = safeFilename(request.filename);
    const maxBytes = this.config.LIBRARY_MAX_UPLOAD_BYTES;
    if (request.size <= 0) throw new UploadEmptyError();
    if (request.size > maxBytes) throw new UploadTooLargeError(maxBytes);
    if (kindsForExtension(filename).length === 0) throw new UploadTypeNotAllowedError();
    if ((await this.uploads.countWaiting(viewer.id, now)) >= MAX_WAITING_UPLOADS) {
      throw new TooManyUploadsError(MAX_WAITING_UPLOADS);
    }
    const id = randomUUID();
    const objectKey = `files/${id}`;
    const urlSeconds = this.config.LIBRARY_UPLOAD_URL_SECONDS;
    const url = await this.storage.presignUpload(objectKey, urlSeconds);
    await this.uploads.insert({
      id,
      ownerId: viewer.id,
      objectKey,
      filename,
      contentType: request.contentType.slice(0, 200),
      size: request.size,
      expiresAt: new Date(now.getTime() + this.config.LIBRARY_UPLOAD_RETENTION_SECONDS * 1000),
    });
    return { uploadId: id, url, expiresAt: new Date(now.getTime() + urlSeconds * 1000), maxBytes };
  }

  /**
   * Checks the stored object of one of the viewer's uploads. A missing object (never sent)
   * leaves the upload waiting; a bad one is deleted with its upload.
   */
  async inspect(viewer: AuthUser, uploadId: string, now = new Date()): Promise<AcceptedFile> {
    const upload = await this.uploads.findById(uploadId);
    if (!upload || upload.expiresAt <= now) throw new UploadNotFoundError();
    if (upload.ownerId !== viewer.id) throw new UploadNotYoursError();
    const stored = await this.storage.stat(upload.objectKey);
    if (!stored) throw new UploadNotFoundError();
    const maxBytes = this.config.LIBRARY_MAX_UPLOAD_BYTES;
    if (stored.size === 0) return this.reject(upload, new UploadEmptyError());
    if (stored.size > maxBytes) return this.reject(upload, new UploadTooLargeError(maxBytes));
    if (stored.size !== upload.size) return this.reject(upload, new UploadSizeMismatchError());
    const start = await this.storage.readStart(
      upload.objectKey,
      Math.min(SNIFF_BYTES, stored.size),
    );
    const kind = await sniffKind(
      start,
      upload.filename,
      openZipByRanges(stored.size, (offset, length) =>
        this.storage.readRange(upload.objectKey, offset, length),
      ),
    );
    if (!kind || !FILE_KINDS[kind].extensions.includes(extensionOf(upload.filename))) {
      return this.reject(upload, new UploadTypeNotAllowedError());
    }
    return { upload, kind, mimeType: FILE_KINDS[kind].mimeType };
  }

  /** Uses up the upload in the transaction that records its version. */
  async consume(file: AcceptedFile, tx: Tx): Promise<void> {
    if (!(await this.uploads.take(file.upload.id, tx))) throw new UploadNotFoundError();
  }

  /** Deletes expired uploads' objects, then their rows; returns how many went. */
  async sweepExpired(now = new Date(), batch = 500): Promise<number> {
    let swept = 0;
    for (;;) {
      const expired = await this.uploads.findExpired(now, batch);
      if (expired.length === 0) return swept;
      await this.storage.remove(expired.map((upload) => upload.objectKey));
      await this.uploads.deleteMany(expired.map((upload) => upload.id));
      swept += expired.length;
      if (expired.length < batch) return swept;
    }
  }

  private async reject(upload: UploadRecord, error: Error): Promise<never> {
    await this.storage.remove([upload.objectKey]);
    await this.uploads.delete(upload.id);
    throw error;
  }
}
