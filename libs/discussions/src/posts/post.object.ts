import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { UserReference } from '../references/references.object';
import { PostReaction, PostStatus } from './post.entity';

registerEnumType(PostStatus, { name: 'ThreadPostStatus' });
registerEnumType(PostReaction, { name: 'ThreadPostReaction' });

@ObjectType('ThreadPostReactionCount')
export class ThreadPostReactionCountObject {
  @Field(() => PostReaction)
  reaction!: PostReaction;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ThreadPostRevision', { description: 'An earlier version of a post.' })
export class ThreadPostRevisionObject {
  @Field()
  body!: string;

  @Field(() => UserReference)
  editedBy!: UserReference;

  @Field(() => Date, { description: 'When this version was written.' })
  writtenAt!: Date;

  @Field(() => Date, { description: 'When it was replaced by the next one.' })
  replacedAt!: Date;
}

@ObjectType('ThreadPost', { description: 'A post in a discussion thread.' })
export class ThreadPostObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => UserReference)
  author!: UserReference;

  @Field(() => String, {
    nullable: true,
    description:
      'Markdown as written; render it through a sanitiser. Null when the viewer may not read it (hidden or deleted).',
  })
  body!: string | null;

  @Field(() => PostStatus, {
    description: 'HELD: waiting for a coordinator (seen by its author and moderators).',
  })
  status!: PostStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is held or hidden: for its author and moderators.',
  })
  moderationReason!: string | null;

  @Field(() => Boolean, { description: 'The first post of the thread.' })
  opening!: boolean;

  @Field(() => ID, { nullable: true })
  quotePostId!: string | null;

  @Field(() => [UserReference])
  mentions!: UserReference[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => [ThreadPostReactionCountObject])
  reactions!: ThreadPostReactionCountObject[];

  @Field(() => [PostReaction])
  viewerReactions!: PostReaction[];

  @Field(() => Boolean, { description: 'The viewer wrote it and may still edit or delete it.' })
  viewerIsAuthor!: boolean;
}

@ObjectType()
export class ThreadPostConnection extends Connection(ThreadPostObject) {}
