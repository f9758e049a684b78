import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { MarkAnnouncementsReadArgs } from './dto/feed.inputs';
import type { ReadablePost } from './post-read.service';
import { PostReadService } from './post-read.service';
import { NetworkPostObject } from './post.object';

const readableOf = (post: NetworkPostObject): ReadablePost => ({
  id: post.id,
  networkId: post.networkId,
  kind: post.kind,
  authorId: post.author.id,
});

@Resolver(() => NetworkPostObject)
export class PostReadResolver {
  constructor(private readonly service: PostReadService) {}

  @Mutation(() => Int, {
    description:
      'Records that the viewer has read these announcements (those they may read; others are ignored). Answers how many reads were new.',
  })
  markAnnouncementsRead(
    @CurrentUser() viewer: AuthUser,
    @Args() { postIds }: MarkAnnouncementsReadArgs,
  ): Promise<number> {
    return this.service.markAnnouncementsRead(viewer, postIds);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      "How many have read this announcement. Only for the network's members, staff and administrators; null for ordinary posts.",
  })
  readerCount(
    @Parent() post: NetworkPostObject,
    @CurrentUser() viewer: AuthUser,
  ): Promise<number | null> {
    return this.service.readerCount(viewer, readableOf(post));
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the viewer has read this announcement; null for ordinary posts.',
  })
  viewerHasRead(
    @Parent() post: NetworkPostObject,
    @CurrentUser() viewer: AuthUser,
  ): Promise<boolean | null> {
    return this.service.viewerHasRead(viewer, readableOf(post));
  }
}
