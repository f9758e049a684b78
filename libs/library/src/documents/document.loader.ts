import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthUser } from '@mreza/shared/auth';
import type { VersionRecord } from './document.entity';
import type { ReadableDocument } from './document.service';
import { DocumentService } from './document.service';

/**
 * Batches one request's look-ups of documents: federation references (a page of threads names
 * many) as the viewer may read them, and the versions of every document of a list.
 */
@Injectable({ scope: Scope.REQUEST })
export class DocumentLoader {
  private readonly readableByViewer = new Map<
    string,
    DataLoader<string, ReadableDocument | null>
  >();

  /** Versions of documents already checked readable, newest first. */
  readonly versions = new DataLoader<string, VersionRecord[]>(async (ids) => {
    const byDocument = await this.documents.versionsOfMany(ids);
    return ids.map((id) => byDocument.get(id) ?? []);
  });

  constructor(private readonly documents: DocumentService) {}

  /** The document if the viewer may read it (anonymous too), else null. */
  readable(viewer: AuthUser | undefined, id: string): Promise<ReadableDocument | null> {
    const key = viewer?.id ?? '';
    let loader = this.readableByViewer.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.documents.readableByIds(viewer, ids);
        return ids.map((documentId) => found.get(documentId) ?? null);
      });
      this.readableByViewer.set(key, loader);
    }
    return loader.load(id);
  }
}
