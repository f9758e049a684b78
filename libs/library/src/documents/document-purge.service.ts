import { Inject, Injectable } from '@nestjs/common';
import type { LibraryConfig } from '../library.config';
import { LIBRARY_CONFIG } from '../library.config';
import { ObjectStorage } from '../storage/object-storage';
import { thumbnailKeyOf } from './document.entity';
import { DocumentRepository } from './document.repository';

const DAY_MS = 86_400_000;

/**
 * Ends the retention of deleted documents: their files and thumbnails leave storage and their
 * texts the library; the document row stays, deleted, as the record that it existed.
 */
@Injectable()
export class DocumentPurgeService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly storage: ObjectStorage,
    @Inject(LIBRARY_CONFIG) private readonly config: LibraryConfig,
  ) {}

  /** How long a deleted document's files are kept, in milliseconds. */
  get retentionMs(): number {
    return this.config.LIBRARY_DELETED_RETENTION_DAYS * DAY_MS;
  }

  /** When the files of a document deleted at `deletedAt` are purged. */
  purgeAfter(deletedAt: Date): Date {
    return new Date(deletedAt.getTime() + this.retentionMs);
  }

  /** Purges documents deleted more than the retention before `now`; returns how many. */
  async purgeExpired(now = new Date(), batch = 100): Promise<number> {
    const before = new Date(now.getTime() - this.retentionMs);
    let purged = 0;
    for (;;) {
      const expired = await this.documents.findPurgeable(before, batch);
      if (expired.length === 0) return purged;
      // Objects first: a failure leaves the rows to try again, never a row without its file.
      // Each version's thumbnail key too, recorded or not: one stored by a delivery that then
      // lost its claim goes with the rest (removing a key that holds nothing is harmless).
      const keys = expired.flatMap((document) => [
        ...document.objectKeys,
        ...document.versionIds.map(thumbnailKeyOf),
      ]);
      await this.storage.remove([...new Set(keys)]);
      await this.documents.markPurged(
        expired.map((document) => document.id),
        expired.flatMap((document) => document.versionIds),
      );
      purged += expired.length;
      if (expired.length < batch) return purged;
    }
  }
}
