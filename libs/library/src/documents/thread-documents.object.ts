import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { DocumentObject } from './document.object';

/**
 * A discussion thread as discussions owns it, extended by the library with the documents it is
 * about: the gateway hands over the thread's `documentIds`, the library answers with those the
 * viewer may read.
 */
@ObjectType('Thread')
@Directive('@key(fields: "id")')
export class ThreadDocumentsObject {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID])
  @Directive('@external')
  documentIds!: string[];

  @Field(() => [DocumentObject], {
    description:
      'The library documents the thread is about that the viewer may read; others are left out.',
  })
  @Directive('@requires(fields: "documentIds")')
  documents!: DocumentObject[];
}
