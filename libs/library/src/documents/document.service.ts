import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import type { Page, Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { cursorFrom } from '@mreza/shared/graphql';
import { LibraryAccess } from '../access/library-access';
import type { LibraryConfig } from '../library.config';
import { LIBRARY_CONFIG } from '../library.config';
import { ObjectStorage } from '../storage/object-storage';
import { TopicNotFoundError } from '../topics/topic.errors';
import { TopicRepository } from '../topics/topic.repository';
import type { AcceptedFile } from '../uploads/upload.service';
import { UploadService } from '../uploads/upload.service';
import type {
  DeletedDocument,
  DocumentMetadata,
  DocumentRecord,
  VersionRecord,
} from './document.entity';
import { DocumentNotFoundError, VersionNotFoundError } from './document.errors';
import {
  documentCreated,
  documentDeleted,
  documentUpdated,
  textExtracted,
  versionStored,
} from './document.events';
import { normaliseMetadata } from './document-metadata';
import type { DocumentFilter } from './document.repository';
import { DocumentRepository } from './document.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A document the viewer may read, and whether they may edit it. */
export interface ReadableDocument {
  document: DocumentRecord;
  canEdit: boolean;
}

/**
 * Library documents: metadata with visibility and networks, one stored file per version.
 * Metadata is written only after the uploaded file passed its checks, in one transaction with
 * its events (the document for search, the version for text extraction).
 */
@Injectable()
export class DocumentService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly topics: TopicRepository,
    private readonly uploads: UploadService,
    private readonly storage: ObjectStorage,
    private readonly access: LibraryAccess,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
    @Inject(LIBRARY_CONFIG) private readonly config: LibraryConfig,
  ) {}

  async create(
    viewer: AuthUser,
    uploadId: string,
    input: DocumentMetadata,
    note: string | null,
  ): Promise<ReadableDocument> {
    const metadata = normaliseMetadata(input);
    await this.access.requireWriter(viewer, metadata.networkIds);
    await this.requireTopics(metadata.topicIds);
    const file = await this.uploads.inspect(viewer, uploadId);
    const document = await this.transaction.run(async (tx) => {
      await this.uploads.consume(file, tx);
      const id = await this.documents.insert(metadata, viewer.id, tx);
      const version = await this.insertVersion(id, file, note, viewer.id, tx);
      const created = await this.reload(id, tx);
      await this.outbox.record(
        tx,
        documentCreated(created, await this.topicSlugs(created.topicIds, tx), viewer.id),
        versionStored(version, viewer.id),
      );
      return created;
    });
    return { document, canEdit: true };
  }

  async addVersion(
    viewer: AuthUser,
    documentId: string,
    uploadId: string,
    note: string | null,
  ): Promise<ReadableDocument> {
    await this.requireEditable(viewer, documentId);
    const file = await this.uploads.inspect(viewer, uploadId);
    const document = await this.transaction.run(async (tx) => {
      const locked = await this.requireEditable(viewer, documentId, tx, true);
      await this.uploads.consume(file, tx);
      const version = await this.insertVersion(locked.id, file, note, viewer.id, tx);
      await this.documents.touch(locked.id, tx);
      const updated = await this.reload(locked.id, tx);
      await this.outbox.record(
        tx,
        documentUpdated(updated, await this.topicSlugs(updated.topicIds, tx), viewer.id),
        versionStored(version, viewer.id),
      );
      return updated;
    });
    return { document, canEdit: true };
  }

  async update(
    viewer: AuthUser,
    documentId: string,
    changes: Partial<DocumentMetadata>,
  ): Promise<ReadableDocument> {
    const document = await this.transaction.run(async (tx) => {
      const current = await this.requireEditable(viewer, documentId, tx, true);
      const metadata = normaliseMetadata({ ...current, ...changes });
      await this.access.requireNetworkChange(viewer, current.networkIds, metadata.networkIds, tx);
      await this.requireTopics(
        metadata.topicIds.filter((id) => !current.topicIds.includes(id)),
        tx,
      );
      await this.documents.update(documentId, metadata, tx);
      const updated = await this.reload(documentId, tx);
      await this.outbox.record(
        tx,
        documentUpdated(updated, await this.topicSlugs(updated.topicIds, tx), viewer.id),
      );
      return updated;
    });
    return { document, canEdit: true };
  }

  /**
   * Soft delete: readable by nobody; staff may restore it until the retention ends
   * (`LIBRARY_DELETED_RETENTION_DAYS`), when its files and text are purged.
   */
  async delete(viewer: AuthUser, documentId: string): Promise<void> {
    await this.transaction.run(async (tx) => {
      const document = await this.requireEditable(viewer, documentId, tx, true);
      await this.documents.softDelete(document.id, viewer.id, tx);
      await this.outbox.record(tx, documentDeleted(document, viewer.id));
    });
  }

  /** Staff and administrators: a deleted document comes back, to search with its text. */
  async restore(viewer: AuthUser, documentId: string): Promise<ReadableDocument> {
    const document = await this.transaction.run(async (tx) => {
      if (!(await this.documents.restore(documentId, tx))) throw new DocumentNotFoundError();
      const restored = await this.reload(documentId, tx);
      const text = await this.documents.findText(restored.current.id, tx);
      await this.outbox.record(
        tx,
        documentUpdated(restored, await this.topicSlugs(restored.topicIds, tx), viewer.id),
        ...(text
          ? [
              textExtracted(restored, restored.current.id, {
                ...text,
                pages: restored.current.extractedPages,
              }),
            ]
          : []),
      );
      return restored;
    });
    return { document, canEdit: true };
  }

  deleted(first: number, after?: string): Promise<Page<DeletedDocument>> {
    return this.documents.findDeletedPage(cursorFrom(after, 'timestamp'), first);
  }

  async document(viewer: AuthUser | undefined, documentId: string): Promise<ReadableDocument> {
    const document = await this.documents.findById(documentId);
    if (!document || !(await this.access.canRead(viewer, document))) {
      throw new DocumentNotFoundError();
    }
    return { document, canEdit: await this.access.canEdit(viewer, document) };
  }

  async list(
    viewer: AuthUser | undefined,
    filter: DocumentFilter,
    first: number,
    after?: string,
  ): Promise<Page<ReadableDocument>> {
    const cursor = cursorFrom(after, 'timestamp');
    const page = await this.documents.findPage(
      await this.access.scopeOf(viewer),
      filter,
      cursor,
      first,
    );
    const { canEdit } = await this.access.documentTests(viewer);
    return {
      ...page,
      items: page.items.map((document) => ({ document, canEdit: canEdit(document) })),
    };
  }

  /** Of the given documents, those the viewer may read, in the given order. */
  async readableAmong(viewer: AuthUser | undefined, ids: string[]): Promise<DocumentRecord[]> {
    const found = new Map((await this.documents.findByIds(ids)).map((d) => [d.id, d]));
    // One look-up of the viewer's roles for all of them, not one per document.
    const { canRead } = await this.access.documentTests(viewer);
    return ids.flatMap((id) => {
      const document = found.get(id);
      return document && canRead(document) ? [document] : [];
    });
  }

  /**
   * Of the given documents, those the viewer may read, by id, with one look-up of the
   * documents and one of the viewer's roles (federation references, loaders).
   */
  async readableByIds(
    viewer: AuthUser | undefined,
    ids: readonly string[],
  ): Promise<Map<string, ReadableDocument>> {
    const documents = await this.documents.findByIds(ids.filter((id) => UUID.test(id)));
    const { canRead, canEdit } = await this.access.documentTests(viewer);
    return new Map(
      documents
        .filter(canRead)
        .map((document) => [document.id, { document, canEdit: canEdit(document) }]),
    );
  }

  /** Versions, newest first, of documents already checked readable, by document id. */
  async versionsOfMany(documentIds: readonly string[]): Promise<Map<string, VersionRecord[]>> {
    const byDocument = new Map<string, VersionRecord[]>(documentIds.map((id) => [id, []]));
    for (const version of await this.documents.versionsOfMany(documentIds)) {
      byDocument.get(version.documentId)?.push(version);
    }
    return byDocument;
  }

  /**
   * A short-lived link to a version's file, for a viewer already allowed to read its document
   * (the resolver reaches it only through `document`); the original name goes in the header.
   */
  async downloadUrl(document: DocumentRecord, version: VersionRecord): Promise<string> {
    if (version.documentId !== document.id) throw new VersionNotFoundError();
    return this.storage.presignDownload(
      version.objectKey,
      this.config.LIBRARY_DOWNLOAD_URL_SECONDS,
      {
        filename: version.filename,
        contentType: version.mimeType,
      },
    );
  }

  /**
   * A short-lived link to the PNG of a version's first page, shown inline, or null when it has
   * none; for a viewer already allowed to read its document, as `downloadUrl`.
   */
  async thumbnailUrl(document: DocumentRecord, version: VersionRecord): Promise<string | null> {
    if (version.documentId !== document.id) throw new VersionNotFoundError();
    if (!version.thumbnailKey) return null;
    return this.storage.presignDownload(
      version.thumbnailKey,
      this.config.LIBRARY_DOWNLOAD_URL_SECONDS,
      {
        filename: `${version.filename.replace(/\.[^.]*$/, '')}.png`,
        contentType: 'image/png',
        disposition: 'inline',
      },
    );
  }

  private async insertVersion(
    documentId: string,
    file: AcceptedFile,
    note: string | null,
    actorId: string,
    tx: Tx,
  ): Promise<VersionRecord> {
    const trimmed = note?.trim().slice(0, 1000) ?? '';
    return this.documents.insertVersion(
      {
        documentId,
        objectKey: file.upload.objectKey,
        filename: file.upload.filename,
        fileKind: file.kind,
        mimeType: file.mimeType,
        size: file.upload.size,
        note: trimmed.length > 0 ? trimmed : null,
        uploadedBy: actorId,
      },
      tx,
    );
  }

  private async requireEditable(
    viewer: AuthUser,
    documentId: string,
    tx?: Tx,
    lock = false,
  ): Promise<DocumentRecord> {
    const document =
      lock && tx
        ? await this.documents.findForUpdate(documentId, tx)
        : await this.documents.findById(documentId, tx);
    if (!document || !(await this.access.canRead(viewer, document, tx))) {
      throw new DocumentNotFoundError();
    }
    await this.access.requireEditor(viewer, document, tx);
    return document;
  }

  /** The document as the transaction just wrote it. */
  private async reload(id: string, tx: Tx): Promise<DocumentRecord> {
    const document = await this.documents.findById(id, tx);
    if (!document) throw new DocumentNotFoundError();
    return document;
  }

  private async requireTopics(ids: string[], tx?: Tx): Promise<void> {
    if (ids.length === 0) return;
    const found = await this.topics.findByIds(ids, tx);
    if (found.length !== ids.length || found.some((topic) => topic.archived)) {
      throw new TopicNotFoundError();
    }
  }

  private async topicSlugs(ids: string[], tx: Tx): Promise<string[]> {
    if (ids.length === 0) return [];
    const byId = new Map((await this.topics.findByIds(ids, tx)).map((t) => [t.id, t.slug]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
