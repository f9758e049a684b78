import {
  Args,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, JwtVerifier, Public } from '@mreza/shared/auth';
import type { GraphQLContext } from '@mreza/shared/graphql';
import { BadInputError, IdArg, PageArgs, rejectNulls, toConnection } from '@mreza/shared/graphql';
import { TopicLoader } from '../topics/topic.loader';
import { TopicObject } from '../topics/topic.object';
import { UploadService } from '../uploads/upload.service';
import type { DocumentMetadata } from './document.entity';
import { DocumentLoader } from './document.loader';
import { toDocumentObject, toVersionObject } from './document.mapper';
import {
  DocumentConnection,
  DocumentObject,
  DocumentVersionObject,
  UploadTicketObject,
} from './document.object';
import { DocumentService } from './document.service';
import {
  CreateDocumentInput,
  DocumentFilterInput,
  RequestUploadInput,
  UpdateDocumentInput,
} from './dto/document.inputs';

const metadataOf = (input: CreateDocumentInput): DocumentMetadata => ({
  kind: input.kind,
  title: input.title,
  summary: input.summary ?? '',
  visibility: input.visibility,
  networkIds: input.networkIds ?? [],
  organisationId: input.organisationId ?? null,
  topicIds: input.topicIds ?? [],
  tags: input.tags ?? [],
  languages: input.languages ?? [],
  year: input.year ?? null,
  authorName: input.authorName ?? null,
  contact: input.contact ?? null,
  licence: input.licence ?? null,
  goodPractice: input.goodPractice ?? null,
});

/** The fields given in an update; `null` clears the optional ones. */
function changesOf(input: UpdateDocumentInput): Partial<DocumentMetadata> {
  rejectNulls(input, ['kind', 'title', 'visibility']);
  const changes: Partial<DocumentMetadata> = {};
  const set = <K extends keyof DocumentMetadata>(
    key: K,
    value: DocumentMetadata[K] | undefined,
  ) => {
    if (value !== undefined) changes[key] = value;
  };
  set('kind', input.kind ?? undefined);
  set('title', input.title ?? undefined);
  set('visibility', input.visibility ?? undefined);
  set('summary', input.summary === undefined ? undefined : (input.summary ?? ''));
  set('networkIds', input.networkIds === undefined ? undefined : (input.networkIds ?? []));
  set('organisationId', input.organisationId);
  set('topicIds', input.topicIds === undefined ? undefined : (input.topicIds ?? []));
  set('tags', input.tags === undefined ? undefined : (input.tags ?? []));
  set('languages', input.languages === undefined ? undefined : (input.languages ?? []));
  set('year', input.year);
  set('authorName', input.authorName);
  set('contact', input.contact);
  set('licence', input.licence);
  set('goodPractice', input.goodPractice);
  return changes;
}

@Resolver(() => DocumentObject)
export class DocumentResolver {
  constructor(
    private readonly documentService: DocumentService,
    private readonly uploads: UploadService,
    private readonly topicLoader: TopicLoader,
    private readonly documentLoader: DocumentLoader,
    private readonly verifier: JwtVerifier,
  ) {}

  /**
   * Other subgraphs name documents by id (threads about them). Batched per request; a document
   * the viewer may not read (or a deleted one) is null, so its existence does not leak.
   */
  @Public()
  @ResolveReference()
  async resolveReference(
    reference: { id: string },
    // A reference resolver gets the GraphQL context as its second argument and runs unguarded.
    context: GraphQLContext,
  ): Promise<DocumentObject | null> {
    const readable = await this.documentLoader.readable(
      this.verifier.userOf(context.req),
      reference.id,
    );
    return readable ? toDocumentObject(readable.document, readable.canEdit) : null;
  }

  @Public()
  @Query(() => DocumentObject, {
    description: 'PUBLIC documents for everyone; others as their visibility allows.',
  })
  async document(
    @CurrentUser() viewer: AuthUser | undefined,
    @IdArg('id') id: string,
  ): Promise<DocumentObject> {
    const { document, canEdit } = await this.documentService.document(viewer, id);
    return toDocumentObject(document, canEdit);
  }

  @Public()
  @Query(() => DocumentConnection, {
    description: 'Documents the viewer may read, most recently changed first.',
  })
  async documents(
    @CurrentUser() viewer: AuthUser | undefined,
    @Args('filter', { type: () => DocumentFilterInput, nullable: true })
    filter: DocumentFilterInput | null,
    @Args() { first, after }: PageArgs,
  ): Promise<DocumentConnection> {
    const page = await this.documentService.list(viewer, filter ?? {}, first, after);
    return toConnection(page, ({ document, canEdit }) => toDocumentObject(document, canEdit));
  }

  @Mutation(() => UploadTicketObject, {
    description: 'A presigned URL to PUT a file to; then createDocument or addDocumentVersion.',
  })
  requestUpload(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: RequestUploadInput,
  ): Promise<UploadTicketObject> {
    return this.uploads.requestUpload(viewer, input);
  }

  @Mutation(() => DocumentObject, {
    description: 'Members add documents to their networks; staff and administrators anywhere.',
  })
  async createDocument(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateDocumentInput,
  ): Promise<DocumentObject> {
    const { document, canEdit } = await this.documentService.create(
      viewer,
      input.uploadId,
      metadataOf(input),
      input.note ?? null,
    );
    return toDocumentObject(document, canEdit);
  }

  @Mutation(() => DocumentObject, { description: 'The author, coordinators, staff, admins.' })
  async updateDocument(
    @CurrentUser() viewer: AuthUser,
    @IdArg('id') id: string,
    @Args('input') input: UpdateDocumentInput,
  ): Promise<DocumentObject> {
    const { document, canEdit } = await this.documentService.update(viewer, id, changesOf(input));
    return toDocumentObject(document, canEdit);
  }

  @Mutation(() => DocumentObject, {
    description: 'A new file for the document; earlier versions stay downloadable.',
  })
  async addDocumentVersion(
    @CurrentUser() viewer: AuthUser,
    @IdArg('documentId') documentId: string,
    @IdArg('uploadId') uploadId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<DocumentObject> {
    if (note && note.length > 2000) throw new BadInputError('A note has at most 2000 characters');
    const { document, canEdit } = await this.documentService.addVersion(
      viewer,
      documentId,
      uploadId,
      note,
    );
    return toDocumentObject(document, canEdit);
  }

  @Mutation(() => Boolean, { description: 'The author, coordinators, staff, admins.' })
  async deleteDocument(@CurrentUser() viewer: AuthUser, @IdArg('id') id: string): Promise<boolean> {
    await this.documentService.delete(viewer, id);
    return true;
  }

  @ResolveField(() => [DocumentVersionObject], { description: 'Newest first.' })
  async versions(@Parent() document: DocumentObject): Promise<DocumentVersionObject[]> {
    const versions = await this.documentLoader.versions.load(document.record.id);
    return versions.map((version) => toVersionObject(document.record, version));
  }

  @ResolveField(() => String, {
    description: "A short-lived link to the current version's file.",
  })
  downloadUrl(@Parent() document: DocumentObject): Promise<string> {
    return this.documentService.downloadUrl(document.record, document.record.current);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "A short-lived link to a PNG of the current version's first page (PDFs); null when none.",
  })
  thumbnailUrl(@Parent() document: DocumentObject): Promise<string | null> {
    return this.documentService.thumbnailUrl(document.record, document.record.current);
  }

  @ResolveField(() => [TopicObject])
  async topics(@Parent() document: DocumentObject): Promise<TopicObject[]> {
    const topics = await this.topicLoader.byId.loadMany(document.record.topicIds);
    return topics.filter(
      (topic): topic is TopicObject => topic !== null && !(topic instanceof Error),
    );
  }
}

@Resolver(() => DocumentVersionObject)
export class DocumentVersionResolver {
  constructor(private readonly documents: DocumentService) {}

  @ResolveField(() => String, { description: "A short-lived link to this version's file." })
  downloadUrl(@Parent() version: DocumentVersionObject): Promise<string> {
    return this.documents.downloadUrl(version.document, version.record);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "A short-lived link to a PNG of this version's first page (PDFs); null when none.",
  })
  thumbnailUrl(@Parent() version: DocumentVersionObject): Promise<string | null> {
    return this.documents.thumbnailUrl(version.document, version.record);
  }
}
