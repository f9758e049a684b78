import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { UserReference } from '../membership/user-reference.object';
import { PostLinkKind } from './post-links';
import { PostKind, PostReaction } from './post.entity';

registerEnumType(PostKind, { name: 'NetworkPostKind' });
registerEnumType(PostReaction, { name: 'NetworkPostReaction' });
registerEnumType(PostLinkKind, { name: 'NetworkPostLinkKind' });

@ObjectType('NetworkPostLink', {
  description: 'A link in the body to a library document or a discussion thread.',
})
export class PostLinkObject {
  @Field(() => PostLinkKind)
  kind!: PostLinkKind;

  @Field(() => ID, { description: 'The document or thread.' })
  id!: string;

  @Field({ description: 'The address as written in the body (relative, or on any host).' })
  url!: string;
}

@ObjectType('NetworkPostReactionCount')
export class ReactionCountObject {
  @Field(() => PostReaction)
  reaction!: PostReaction;

  @Field(() => Int)
  count!: number;
}

@ObjectType('NetworkPost', { description: 'A post or announcement in a network feed.' })
export class NetworkPostObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => UserReference)
  author!: UserReference;

  @Field(() => PostKind)
  kind!: PostKind;

  @Field({ description: 'Markdown as written; render it through a sanitiser.' })
  body!: string;

  @Field()
  pinned!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the author last edited the body.' })
  editedAt!: Date | null;

  @Field(() => [ReactionCountObject], { description: 'Every reaction of the set, with its count.' })
  reactions!: ReactionCountObject[];

  @Field(() => [PostReaction])
  viewerReactions!: PostReaction[];
}

@ObjectType()
export class NetworkPostConnection extends Connection(NetworkPostObject) {}
