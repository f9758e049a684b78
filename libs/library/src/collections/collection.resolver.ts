import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { BadInputError, IdArg } from '@mreza/shared/graphql';
import { toDocumentObject } from '../documents/document.mapper';
import { DocumentObject } from '../documents/document.object';
import { CollectionObject, toCollectionObject } from './collection.object';
import { CollectionService } from './collection.service';
import { CreateCollectionInput, UpdateCollectionInput } from './dto/collection.inputs';

const uuids = new ParseUUIDPipe({
  exceptionFactory: () => new BadInputError('documentIds holds an invalid id'),
});

@Resolver(() => CollectionObject)
export class CollectionResolver {
  constructor(private readonly collections: CollectionService) {}

  @Query(() => CollectionObject)
  async documentCollection(
    @CurrentUser() viewer: AuthUser,
    @IdArg('id') id: string,
  ): Promise<CollectionObject> {
    return toCollectionObject(await this.collections.collection(viewer, id));
  }

  @Query(() => [CollectionObject], {
    description: "A network's collections, or without networkId those of no network.",
  })
  async documentCollections(
    @Args('networkId', { type: () => ID, nullable: true }) networkId: string | null,
  ): Promise<CollectionObject[]> {
    if (networkId) await uuids.transform(networkId, { type: 'custom' });
    return (await this.collections.list(networkId ?? null)).map(toCollectionObject);
  }

  @Mutation(() => CollectionObject, { description: 'Coordinators for their network; staff.' })
  async createDocumentCollection(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateCollectionInput,
  ): Promise<CollectionObject> {
    return toCollectionObject(
      await this.collections.create(viewer, input.networkId ?? null, input),
    );
  }

  @Mutation(() => CollectionObject)
  async updateDocumentCollection(
    @CurrentUser() viewer: AuthUser,
    @IdArg('id') id: string,
    @Args('input') input: UpdateCollectionInput,
  ): Promise<CollectionObject> {
    return toCollectionObject(await this.collections.update(viewer, id, input));
  }

  @Mutation(() => Boolean)
  async deleteDocumentCollection(
    @CurrentUser() viewer: AuthUser,
    @IdArg('id') id: string,
  ): Promise<boolean> {
    await this.collections.delete(viewer, id);
    return true;
  }

  @Mutation(() => CollectionObject, { description: 'At `position` (0-based), the end by default.' })
  async addDocumentToCollection(
    @CurrentUser() viewer: AuthUser,
    @IdArg('collectionId') collectionId: string,
    @IdArg('documentId') documentId: string,
    @Args('position', { type: () => Int, nullable: true }) position: number | null,
  ): Promise<CollectionObject> {
    return toCollectionObject(
      await this.collections.add(viewer, collectionId, documentId, position),
    );
  }

  @Mutation(() => CollectionObject)
  async removeDocumentFromCollection(
    @CurrentUser() viewer: AuthUser,
    @IdArg('collectionId') collectionId: string,
    @IdArg('documentId') documentId: string,
  ): Promise<CollectionObject> {
    return toCollectionObject(await this.collections.remove(viewer, collectionId, documentId));
  }

  @Mutation(() => CollectionObject, { description: 'The same documents in a new order.' })
  async reorderDocumentCollection(
    @CurrentUser() viewer: AuthUser,
    @IdArg('collectionId') collectionId: string,
    @Args('documentIds', { type: () => [ID] }) documentIds: string[],
  ): Promise<CollectionObject> {
    for (const id of documentIds) await uuids.transform(id, { type: 'custom' });
    return toCollectionObject(await this.collections.reorder(viewer, collectionId, documentIds));
  }

  @ResolveField(() => [DocumentObject], { description: 'In order; only those you may read.' })
  async documents(
    @CurrentUser() viewer: AuthUser,
    @Parent() collection: CollectionObject,
  ): Promise<DocumentObject[]> {
    const documents = await this.collections.readableDocuments(viewer, collection.record);
    return documents.map((document) => toDocumentObject(document, false));
  }

  @ResolveField(() => Boolean)
  viewerCanCurate(
    @CurrentUser() viewer: AuthUser,
    @Parent() collection: CollectionObject,
  ): Promise<boolean> {
    return this.collections.canCurate(viewer, collection.record);
  }
}
