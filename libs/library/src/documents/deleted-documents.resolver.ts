import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, Role, Roles } from '@mreza/shared/auth';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import type { LibraryConfig } from '../library.config';
import { LIBRARY_CONFIG } from '../library.config';
import { DeletedDocumentConnection, DeletedDocumentObject } from './deleted-document.object';
import type { DocumentKind } from './document.object';
import { DocumentObject } from './document.object';
import { toDocumentObject } from './document.mapper';
import { DocumentService } from './document.service';

const DAY_MS = 86_400_000;

/** Staff's view of deleted documents: what can still be restored, and restoring it. */
@Resolver(() => DeletedDocumentObject)
export class DeletedDocumentsResolver {
  constructor(
    private readonly documentService: DocumentService,
    @Inject(LIBRARY_CONFIG) private readonly config: LibraryConfig,
  ) {}

  @Roles(Role.STAFF, Role.ADMIN)
  @Query(() => DeletedDocumentConnection, {
    description: 'Deleted documents that can still be restored, most recently deleted first.',
  })
  async deletedDocuments(@Args() { first, after }: PageArgs): Promise<DeletedDocumentConnection> {
    const retention = this.config.LIBRARY_DELETED_RETENTION_DAYS * DAY_MS;
    const page = await this.documentService.deleted(first, after);
    return toConnection(page, (document) => ({
      id: document.id,
      title: document.title,
      kind: document.kind as DocumentKind,
      deletedAt: document.deletedAt,
      deletedBy: { id: document.deletedBy },
      purgeAfter: new Date(document.deletedAt.getTime() + retention),
    }));
  }

  @Roles(Role.STAFF, Role.ADMIN)
  @Mutation(() => DocumentObject, {
    description: 'Brings a deleted document back, as it was, before its files are purged.',
  })
  async restoreDocument(
    @CurrentUser() viewer: AuthUser,
    @IdArg('id') id: string,
  ): Promise<DocumentObject> {
    const { document, canEdit } = await this.documentService.restore(viewer, id);
    return toDocumentObject(document, canEdit);
  }
}
