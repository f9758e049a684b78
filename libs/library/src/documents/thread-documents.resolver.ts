import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { JwtVerifier, Public } from '@mreza/shared/auth';
import type { GraphQLContext } from '@mreza/shared/graphql';
import { DocumentLoader } from './document.loader';
import { toDocumentObject } from './document.mapper';
import { DocumentObject } from './document.object';
import { ThreadDocumentsObject } from './thread-documents.object';

/** `Thread.documents`: the documents of a discussions thread, as the viewer may read them. */
@Resolver(() => ThreadDocumentsObject)
export class ThreadDocumentsResolver {
  constructor(
    private readonly documentLoader: DocumentLoader,
    private readonly verifier: JwtVerifier,
  ) {}

  /** The gateway's representation carries what `documents` requires; nothing to look up. */
  @Public()
  @ResolveReference()
  resolveReference(reference: ThreadDocumentsObject): ThreadDocumentsObject {
    return reference;
  }

  /**
   * In the thread's order, without the documents the viewer may not read (or that were
   * deleted): a list of non-null documents cannot hold a null, and a hole would tell that
   * something is there.
   */
  @Public()
  @ResolveField(() => [DocumentObject])
  async documents(
    @Parent() thread: ThreadDocumentsObject,
    // Reached through `_entities`, which no guard runs for: the token is read here.
    @Context() context: GraphQLContext,
  ): Promise<DocumentObject[]> {
    const viewer = this.verifier.userOf(context.req);
    const readable = await Promise.all(
      (thread.documentIds ?? []).map((id) => this.documentLoader.readable(viewer, id)),
    );
    return readable.flatMap((found) =>
      found ? [toDocumentObject(found.document, found.canEdit)] : [],
    );
  }
}
