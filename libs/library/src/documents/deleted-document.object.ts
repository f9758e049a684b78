import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { UserReference } from '../references/references.object';
import { DocumentKind } from './document.object';

@ObjectType('DeletedDocument', {
  description: 'A deleted document whose files are kept until `purgeAfter`; it can be restored.',
})
export class DeletedDocumentObject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field()
  deletedAt!: Date;

  @Field(() => UserReference)
  deletedBy!: UserReference;

  @Field({ description: 'When its files and text are purged for good.' })
  purgeAfter!: Date;
}

@ObjectType()
export class DeletedDocumentConnection extends Connection(DeletedDocumentObject) {}
