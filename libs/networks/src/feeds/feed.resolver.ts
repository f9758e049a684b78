import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import {
  CreatePostInput,
  EditPostArgs,
  PublishAnnouncementInput,
  ReactionArgs,
} from './dto/feed.inputs';
import { FeedService } from './feed.service';
import { postLinksOf } from './post-links';
import { toPostObject } from './post.mapper';
import { NetworkPostConnection, NetworkPostObject, PostLinkObject } from './post.object';

@Resolver(() => NetworkPostObject)
export class FeedResolver {
  constructor(private readonly service: FeedService) {}

  @Query(() => NetworkPostConnection, {
    description:
      "Pinned announcements first (first page only), then newest first. A closed network's feed is for its members, staff and admins.",
  })
  async networkFeed(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<NetworkPostConnection> {
    return toConnection(
      await this.service.networkFeed(viewer, networkId, first, after),
      toPostObject,
    );
  }

  @Query(() => NetworkPostConnection, {
    description: "The newest posts across the viewer's networks.",
  })
  async homeFeed(
    @CurrentUser() viewer: AuthUser,
    @Args() { first, after }: PageArgs,
  ): Promise<NetworkPostConnection> {
    return toConnection(await this.service.homeFeed(viewer, first, after), toPostObject);
  }

  @Mutation(() => NetworkPostObject, { description: 'Members post to their network.' })
  async createPost(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreatePostInput,
  ): Promise<NetworkPostObject> {
    return toPostObject(await this.service.createPost(viewer, input.networkId, input.body));
  }

  @Mutation(() => NetworkPostObject, {
    description: 'Coordinators of the network, staff and administrators.',
  })
  async publishAnnouncement(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: PublishAnnouncementInput,
  ): Promise<NetworkPostObject> {
    const { networkId, body, pinned, emailMembers } = input;
    return toPostObject(
      await this.service.publishAnnouncement(viewer, networkId, body, { pinned, emailMembers }),
    );
  }

  @Mutation(() => NetworkPostObject, { description: 'Pins or unpins an announcement.' })
  async pinPost(
    @CurrentUser() viewer: AuthUser,
    @IdArg('postId') postId: string,
    @Args('pinned') pinned: boolean,
  ): Promise<NetworkPostObject> {
    return toPostObject(await this.service.pinPost(viewer, postId, pinned));
  }

  @Mutation(() => Boolean, { description: 'The author, or a coordinator of the network.' })
  async deletePost(
    @CurrentUser() viewer: AuthUser,
    @IdArg('postId') postId: string,
  ): Promise<boolean> {
    await this.service.deletePost(viewer, postId);
    return true;
  }

  @Mutation(() => NetworkPostObject, {
    description:
      'The author rewrites their post (not a deleted one); the same rules as a new post apply.',
  })
  async editPost(
    @CurrentUser() viewer: AuthUser,
    @Args() { postId, body }: EditPostArgs,
  ): Promise<NetworkPostObject> {
    return toPostObject(await this.service.editPost(viewer, postId, body));
  }

  @Mutation(() => NetworkPostObject)
  async react(
    @CurrentUser() viewer: AuthUser,
    @Args() { postId, reaction }: ReactionArgs,
  ): Promise<NetworkPostObject> {
    return toPostObject(await this.service.react(viewer, postId, reaction));
  }

  @Mutation(() => NetworkPostObject)
  async unreact(
    @CurrentUser() viewer: AuthUser,
    @Args() { postId, reaction }: ReactionArgs,
  ): Promise<NetworkPostObject> {
    return toPostObject(await this.service.unreact(viewer, postId, reaction));
  }

  @ResolveField(() => [PostLinkObject], {
    description:
      'Links in the body to library documents (`/library/documents/<id>`) and threads (`/threads/<id>`), in order, each once.',
  })
  links(@Parent() post: NetworkPostObject): PostLinkObject[] {
    return postLinksOf(post.body);
  }
}
