import type { OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { EventEnvelope, LibraryVersionStoredV1 } from '@mreza/shared/events';
import { EventConsumer, EventOutbox, LIBRARY_EVENT_TEXT_LIMIT } from '@mreza/shared/events';
import { DocumentRepository } from '../documents/document.repository';
import type { LibraryConfig } from '../library.config';
import { LIBRARY_CONFIG } from '../library.config';
import { ObjectStorage } from '../storage/object-storage';
import type { DocumentTextExtractor, ExtractionOutcome } from './extraction.port';
import { TEXT_EXTRACTOR, isExtractionFailure } from './extraction.port';

export const EXTRACTION_QUEUE = 'library.extraction';

/**
 * Extracts the text of each stored version (`library.version.stored`) and records it for
 * search (`library.document.text-extracted`). A file the extractor cannot read, or an
 * extractor fault, marks the version EXTRACTION_FAILED: it stays downloadable, nothing
 * crashes. Only a failure to read the file from storage is retried by the queue.
 */
@Injectable()
export class ExtractionConsumer implements OnApplicationBootstrap {
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
    await this.consumer.consume(EXTRACTION_QUEUE, (event, tx) => this.handle(event, tx));
  }

  async handle(event: EventEnvelope, tx: Tx): Promise<void> {
    if (event.type !== 'library.version.stored') return;
    const { versionId, documentId } = event.payload as LibraryVersionStoredV1['payload'];
    const version = await this.documents.findVersion(versionId, tx);
    if (!version || version.extractionStatus !== 'PENDING') return;
    const bytes = await this.storage.read(version.objectKey, this.config.LIBRARY_MAX_UPLOAD_BYTES);
    const outcome = await this.extract(new Uint8Array(bytes), version.mimeType);
    if (isExtractionFailure(outcome)) {
      this.logger.warn(`no text from version ${versionId}: ${outcome.failure}`);
      await this.documents.setExtraction(
        versionId,
        'EXTRACTION_FAILED',
        null,
        outcome.failure.slice(0, 200),
        tx,
      );
      return;
    }
    await this.documents.setExtraction(versionId, 'EXTRACTED', outcome.pages, null, tx);
    const document = await this.documents.findById(documentId, tx);
    if (!document || document.deletedAt) return;
    const cut = outcome.text.length > LIBRARY_EVENT_TEXT_LIMIT;
    await this.outbox.record(tx, {
      type: 'library.document.text-extracted',
      version: 1,
      payload: {
        documentId,
        versionId,
        current: document.current.id === versionId,
        visibility: document.visibility,
        networkIds: document.networkIds,
        text: cut ? outcome.text.slice(0, LIBRARY_EVENT_TEXT_LIMIT) : outcome.text,
        pages: outcome.pages,
        truncated: outcome.truncated || cut,
      },
    });
  }

  private async extract(bytes: Uint8Array, mimeType: string): Promise<ExtractionOutcome> {
    try {
      return await this.extractor.extract({ bytes, mimeType });
    } catch (error) {
      return {
        failure: `EXTRACTOR_ERROR: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
}
