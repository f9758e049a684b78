import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import type { Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { LibraryAccess } from '../access/library-access';
import type { DocumentRecord } from '../documents/document.entity';
import { DocumentService } from '../documents/document.service';
import type { CollectionRecord } from './collection.entity';
import {
  CollectionInvalidError,
  CollectionNotFoundError,
  MAX_COLLECTION_DOCUMENTS,
} from './collection.errors';
import { CollectionRepository } from './collection.repository';

export interface CollectionText {
  title: string;
  description?: string | null;
}

function cleanText(input: CollectionText): { title: string; description: string } {
  const title = input.title.trim();
  const description = input.description?.trim() ?? '';
  if (title.length === 0 || title.length > 200) {
    throw new CollectionInvalidError('A collection has a title of 1 to 200 characters');
  }
  if (description.length > 5000) {
    throw new CollectionInvalidError('A description has at most 5000 characters');
  }
  return { title, description };
}

/**
 * Curated, ordered collections of documents: coordinators for their network, staff and
 * administrators for any network or none. Anyone signed in sees a collection, but only the
 * documents in it they may read.
 */
@Injectable()
export class CollectionService {
  constructor(
    private readonly collections: CollectionRepository,
    private readonly documents: DocumentService,
    private readonly access: LibraryAccess,
    private readonly transaction: TransactionRunner,
  ) {}

  async create(
    viewer: AuthUser,
    networkId: string | null,
    text: CollectionText,
  ): Promise<CollectionRecord> {
    const { title, description } = cleanText(text);
    return this.transaction.run(async (tx) => {
      await this.access.requireCurator(viewer, networkId, tx);
      const id = await this.collections.insert(
        { title, description, networkId, createdBy: viewer.id },
        tx,
      );
      const created = await this.collections.findById(id, tx);
      if (!created) throw new CollectionNotFoundError();
      return created;
    });
  }

  async update(viewer: AuthUser, id: string, text: CollectionText): Promise<CollectionRecord> {
    const { title, description } = cleanText(text);
    return this.change(viewer, id, async (collection, tx) => {
      await this.collections.update(collection.id, title, description, tx);
    });
  }

  async delete(viewer: AuthUser, id: string): Promise<void> {
    await this.change(viewer, id, (collection, tx) => this.collections.delete(collection.id, tx));
  }

  /** Adds a document the curator may read, at a position (the end by default). */
  async add(
    viewer: AuthUser,
    id: string,
    documentId: string,
    position?: number | null,
  ): Promise<CollectionRecord> {
    await this.documents.document(viewer, documentId);
    return this.reorderWith(viewer, id, (ids) => {
      const rest = ids.filter((existing) => existing !== documentId);
      const at = Math.max(0, Math.min(position ?? rest.length, rest.length));
      return [...rest.slice(0, at), documentId, ...rest.slice(at)];
    });
  }

  async remove(viewer: AuthUser, id: string, documentId: string): Promise<CollectionRecord> {
    return this.reorderWith(viewer, id, (ids) => ids.filter((existing) => existing !== documentId));
  }

  /** A new order: the same documents, each once. */
  async reorder(viewer: AuthUser, id: string, documentIds: string[]): Promise<CollectionRecord> {
    return this.reorderWith(viewer, id, (ids) => {
      const same =
        documentIds.length === ids.length &&
        new Set(documentIds).size === ids.length &&
        documentIds.every((documentId) => ids.includes(documentId));
      if (!same) {
        throw new CollectionInvalidError('A new order lists the same documents, each once');
      }
      return documentIds;
    });
  }

  async collection(viewer: AuthUser, id: string): Promise<CollectionRecord> {
    const collection = await this.collections.findById(id);
    if (!collection) throw new CollectionNotFoundError();
    return collection;
  }

  list(networkId: string | null): Promise<CollectionRecord[]> {
    return this.collections.findByNetwork(networkId);
  }

  readableDocuments(viewer: AuthUser, collection: CollectionRecord): Promise<DocumentRecord[]> {
    return this.documents.readableAmong(viewer, collection.documentIds);
  }

  canCurate(viewer: AuthUser, collection: CollectionRecord): Promise<boolean> {
    return this.access.canCurate(viewer, collection.networkId);
  }

  private async reorderWith(
    viewer: AuthUser,
    id: string,
    next: (ids: string[]) => string[],
  ): Promise<CollectionRecord> {
    return this.change(viewer, id, async (collection, tx) => {
      const ids = next(collection.documentIds);
      if (ids.length > MAX_COLLECTION_DOCUMENTS) {
        throw new CollectionInvalidError(
          `A collection holds at most ${MAX_COLLECTION_DOCUMENTS} documents`,
        );
      }
      await this.collections.setDocuments(collection.id, ids, tx);
    });
  }

  private async change(
    viewer: AuthUser,
    id: string,
    work: (collection: CollectionRecord, tx: Tx) => Promise<void>,
  ): Promise<CollectionRecord> {
    return this.transaction.run(async (tx) => {
      const collection = await this.collections.findForUpdate(id, tx);
      if (!collection) throw new CollectionNotFoundError();
      await this.access.requireCurator(viewer, collection.networkId, tx);
      await work(collection, tx);
      return (await this.collections.findById(id, tx)) ?? collection;
    });
  }
}
