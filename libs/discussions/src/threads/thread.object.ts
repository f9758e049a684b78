import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { NetworkReference, UserReference } from '../references/references.object';

/** The status of the thread's opening post (a deleted opening post deletes the thread). */
export enum ThreadStatus {
  PUBLISHED = 'PUBLISHED',
  HELD = 'HELD',
  HIDDEN = 'HIDDEN',
}

registerEnumType(ThreadStatus, { name: 'ThreadStatus' });

/** An entity so that the library can add `documents` (from `documentIds`, which it requires). */
@ObjectType('Thread', { description: 'A discussion inside a network.' })
@Directive('@key(fields: "id")')
export class ThreadObject {
  @Field(() => ID)
  id!: string;

  @Field(() => NetworkReference)
  network!: NetworkReference;

  @Field()
  title!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => [ID], { description: 'Library documents the thread is about.' })
  documentIds!: string[];

  @Field(() => UserReference)
  author!: UserReference;

  @Field(() => ThreadStatus)
  status!: ThreadStatus;

  @Field()
  locked!: boolean;

  @Field()
  pinned!: boolean;

  @Field(() => Int)
  replyCount!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  lastActivityAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Set when a coordinator merged this thread into another.',
  })
  mergedIntoId!: string | null;

  @Field(() => Boolean, { description: 'The viewer coordinates the network (or is staff).' })
  viewerIsModerator!: boolean;
}

@ObjectType()
export class ThreadConnection extends Connection(ThreadObject) {}
