import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NetworkReference, UserReference } from '../references/references.object';
import type { CollectionRecord } from './collection.entity';

@ObjectType('DocumentCollection', {
  description: 'An ordered, curated list of documents; shows only those the viewer may read.',
})
export class CollectionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => NetworkReference, { nullable: true })
  network!: NetworkReference | null;

  @Field(() => UserReference)
  createdBy!: UserReference;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  /** Not in the schema. */
  record!: CollectionRecord;
}

export const toCollectionObject = (collection: CollectionRecord): CollectionObject => ({
  id: collection.id,
  title: collection.title,
  description: collection.description,
  network: collection.networkId ? { id: collection.networkId } : null,
  createdBy: { id: collection.createdBy },
  createdAt: collection.createdAt,
  updatedAt: collection.updatedAt,
  record: collection,
});
