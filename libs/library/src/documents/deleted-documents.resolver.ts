import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, Role, Roles } from '@mreza/shared/auth';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import { DeletedDocumentConnection, DeletedDocumentObject } from './deleted-document.object';
import type { DocumentKind } from './document.object';
import { DocumentObject } from './document.object';
import { DocumentPurgeService } from './document-purge.service';
import { toDocumentObject } from './document.mapper';
import { DocumentService } from './document.service';

/** Staff's view of deleted documents: what can still be restored, and restoring it. */
@Resolver(() => DeletedDocumentObject)
export class DeletedDocumentsResolver {
  constructor(
    private readonly documentService: DocumentService,
    private readonly purge: DocumentPurgeService,
  ) {}

  @Roles(Role.STAFF, Role.ADMIN)
  @Query(() => DeletedDocumentConnection, {
    description: 'Deleted documents that can still be restored, most recently deleted first.',
  })
  async deletedDocuments(@Args() { first, after }: PageArgs): Promise<DeletedDocumentConnection> {
    const page = await this.documentService.deleted(first, after);
    return toConnection(page, (document) => ({
      id: document.id,
      title: document.title,
      kind: document.kind as DocumentKind,
      deletedAt: document.deletedAt,
      deletedBy: { id: document.deletedBy },
      purgeAfter: this.purge.purgeAfter(document.deletedAt),
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
