import type { OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type {
  EventEnvelope,
  LibraryVersionStoredV1,
  PreparedEventHandler,
} from '@mreza/shared/events';
import { EventConsumer, EventOutbox } from '@mreza/shared/events';
import { thumbnailKeyOf } from '../documents/document.entity';
import { textExtracted } from '../documents/document.events';
import { DocumentRepository } from '../documents/document.repository';
import type { LibraryConfig } from '../library.config';
import { LIBRARY_CONFIG } from '../library.config';
import { ObjectStorage } from '../storage/object-storage';
import { ExtractionInterruptedError } from './extraction.errors';
import type { DocumentTextExtractor, ExtractionOutcome } from './extraction.port';
import { TEXT_EXTRACTOR, isExtractionFailure } from './extraction.port';

export const EXTRACTION_QUEUE = 'library.extraction';

/**
 * How long a claim on a version keeps other deliveries from extracting it: well past the
 * extractor's own limit (60 s) plus reading the file. A claim outlives its holder only when the
 * process died mid-extraction; the event's retries then wait for it to lapse.
 */
export const EXTRACTION_LEASE_SECONDS = 300;

/** Another delivery is extracting the version now; the queue retries this one later. */
export class ExtractionInProgressError extends Error {
  constructor(versionId: string) {
    super(`version ${versionId} is being extracted by another delivery`);
    this.name = ExtractionInProgressError.name;
  }
}

/** What came out of a version, waiting to be recorded. */
export interface PreparedExtraction {
  versionId: string;
  documentId: string;
  /** Without the thumbnail's bytes: they are in storage by now, under `thumbnailKey`. */
  outcome: ExtractionOutcome;
  thumbnailKey: string | null;
}

/**
 * Extracts the text of each stored version (`library.version.stored`) and records it for
 * search (`library.document.text-extracted`). A file the extractor cannot read, or an
 * extractor fault, marks the version EXTRACTION_FAILED: it stays downloadable, nothing
 * crashes. Only a failure to read the file from storage, or an extraction cut short by the
 * service's shutdown, is retried by the queue.
 *
 * The slow part (reading the file, up to a minute of extraction) runs outside any transaction,
 * under a claim on the version row; the result is recorded in a short transaction with the
 * event's inbox row, after re-checking under a row lock that the version is still PENDING. So a
 * redelivered event neither extracts again (the version is no longer PENDING, or it is claimed)
 * nor records twice.
 *
 * A PDF's first page comes back as a PNG with its text; it is stored (outside the transaction,
 * like the file's read) under the version's own key, `thumbnails/<versionId>.png`, and only while
 * the claim is still this delivery's: a redelivered event uploads nothing, and a retry after a
 * lapsed claim overwrites the same object rather than leaving another. A thumbnail that cannot be
 * stored is left out; the text is recorded all the same.
 */
@Injectable()
export class ExtractionConsumer
  implements OnApplicationBootstrap, PreparedEventHandler<PreparedExtraction | null>
{
  private readonly logger = new Logger(ExtractionConsumer.name);

  constructor(
    private readonly consumer: EventConsumer,
    private readonly documents: DocumentRepository,
    private readonly storage: ObjectStorage,
    private readonly outbox: EventOutbox,
    @Inject(TEXT_EXTRACTOR) private readonly extractor: DocumentTextExtractor,
    @Inject(LIBRARY_CONFIG) private readonly config: LibraryConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Small batches: pg-boss pauses for its polling interval after each batch, so one job per
    // batch would cap a backlog of quick files at two a second; and a batch of slow files
    // (up to a minute each) must end well before its jobs expire (15 minutes).
    await this.consumer.consumePrepared(EXTRACTION_QUEUE, this, { batchSize: 10 });
  }

  /** Outside any transaction: claims the version, reads its file and extracts the text. */
  async prepare(event: EventEnvelope): Promise<PreparedExtraction | null> {
    if (event.type !== 'library.version.stored') return null;
    const { versionId, documentId } = event.payload as LibraryVersionStoredV1['payload'];
    const version = await this.documents.claimExtraction(
      versionId,
      event.id,
      EXTRACTION_LEASE_SECONDS,
    );
    if (version === null) return null;
    if (version === 'CLAIMED') throw new ExtractionInProgressError(versionId);
    let bytes: Buffer;
    try {
      bytes = await this.storage.read(version.objectKey, this.config.LIBRARY_MAX_UPLOAD_BYTES);
    } catch (error) {
      await this.documents.releaseExtraction(versionId, event.id);
      throw error;
    }
    let outcome: ExtractionOutcome;
    try {
      outcome = await this.extract(bytes, version.mimeType);
    } catch (error) {
      // Interrupted by shutdown: the queue delivers the event again.
      await this.documents.releaseExtraction(versionId, event.id);
      throw error;
    }
    if (isExtractionFailure(outcome) || !outcome.thumbnail) {
      return { versionId, documentId, outcome, thumbnailKey: null };
    }
    const { thumbnail, ...text } = outcome;
    const thumbnailKey = (await this.documents.renewExtraction(
      versionId,
      event.id,
      EXTRACTION_LEASE_SECONDS,
    ))
      ? await this.storeThumbnail(versionId, thumbnail)
      : null;
    return { versionId, documentId, outcome: text, thumbnailKey };
  }

  /** In the transaction that marks the event handled: the status, the text, and the event for search. */
  async record(_event: EventEnvelope, prepared: PreparedExtraction | null, tx: Tx): Promise<void> {
    if (!prepared) return;
    const { versionId, documentId, outcome, thumbnailKey } = prepared;
    if ((await this.documents.lockExtraction(versionId, tx)) !== 'PENDING') return;
    if (isExtractionFailure(outcome)) {
      this.logger.warn(`no text from version ${versionId}: ${outcome.failure}`);
      await this.documents.setExtraction(
        versionId,
        {
          status: 'EXTRACTION_FAILED',
          pages: null,
          failure: outcome.failure.slice(0, 200),
          thumbnailKey: null,
        },
        tx,
      );
      return;
    }
    await this.documents.setExtraction(
      versionId,
      { status: 'EXTRACTED', pages: outcome.pages, failure: null, thumbnailKey },
      tx,
    );
    await this.documents.saveText(versionId, outcome.text, outcome.truncated, tx);
    const document = await this.documents.findById(documentId, tx);
    if (!document || document.deletedAt) return;
    await this.outbox.record(tx, textExtracted(document, versionId, outcome));
  }

  /** The thumbnail's key once stored; null when storage refused it (the text goes on). */
  private async storeThumbnail(versionId: string, png: Uint8Array): Promise<string | null> {
    const key = thumbnailKeyOf(versionId);
    try {
      await this.storage.put(key, Buffer.from(png), 'image/png');
      return key;
    } catch (error) {
      this.logger.warn(
        `no thumbnail for version ${versionId}: ${error instanceof Error ? error.message : error}`,
      );
      // The write may have landed although its answer did not.
      await this.storage.remove([key]).catch(() => undefined);
      return null;
    }
  }

  private async extract(bytes: Uint8Array, mimeType: string): Promise<ExtractionOutcome> {
    try {
      return await this.extractor.extract({ bytes, mimeType });
    } catch (error) {
      if (error instanceof ExtractionInterruptedError) throw error;
      return {
        failure: `EXTRACTOR_ERROR: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
}
