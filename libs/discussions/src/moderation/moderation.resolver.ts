import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import { toThreadPostObject } from '../posts/post.mapper';
import { ThreadPostObject } from '../posts/post.object';
import { PostService } from '../posts/post.service';
import { toThreadObject } from '../threads/thread.mapper';
import { ThreadObject } from '../threads/thread.object';
import {
  FlagPostInput,
  ModerationRulesInput,
  MuteMemberInput,
  ResolveFlagInput,
} from './dto/moderation.inputs';
import { toFlagObject, toLogEntryObject, toMuteObject, toRulesObject } from './moderation.mapper';
import {
  FlagObject,
  FlagWithContextConnection,
  HeldPostConnection,
  ModerationLogEntryConnection,
  ModerationRulesObject,
  MuteObject,
} from './moderation.object';
import type { PostInContext } from './moderation.service';
import { ModerationService } from './moderation.service';

const inContext = ({ view, thread }: PostInContext) => ({
  post: toThreadPostObject(view),
  thread: toThreadObject(thread, true),
});

/** Members flag; everything else is for the network's coordinators, staff and administrators. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly posts: PostService,
  ) {}

  @Mutation(() => FlagObject, { description: 'Members flag a post of someone else, once.' })
  async flagPost(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: FlagPostInput,
  ): Promise<FlagObject> {
    return toFlagObject(await this.moderation.flagPost(viewer, input));
  }

  @Query(() => FlagWithContextConnection, { description: 'Open flags, oldest first.' })
  async moderationQueue(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<FlagWithContextConnection> {
    const page = await this.moderation.moderationQueue(viewer, networkId, first, after);
    return toConnection(page, (item) => ({ ...toFlagObject(item.flag), ...inContext(item) }));
  }

  @Query(() => Int)
  openFlagCount(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
  ): Promise<number> {
    return this.moderation.openFlagCount(viewer, networkId);
  }

  @Mutation(() => FlagObject, { description: 'Resolves every open flag on the post.' })
  async resolveFlag(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ResolveFlagInput,
  ): Promise<FlagObject> {
    return toFlagObject(await this.moderation.resolveFlag(viewer, input));
  }

  @Mutation(() => ThreadPostObject, { description: 'The author sees the reason.' })
  async hidePost(
    @CurrentUser() viewer: AuthUser,
    @IdArg('postId') postId: string,
    @Args('reason') reason: string,
  ): Promise<ThreadPostObject> {
    const post = await this.moderation.hidePost(viewer, postId, reason);
    return toThreadPostObject(await this.posts.viewOf(viewer, post, true));
  }

  @Mutation(() => ThreadPostObject)
  async restorePost(
    @CurrentUser() viewer: AuthUser,
    @IdArg('postId') postId: string,
  ): Promise<ThreadPostObject> {
    const post = await this.moderation.restorePost(viewer, postId);
    return toThreadPostObject(await this.posts.viewOf(viewer, post, true));
  }

  @Query(() => HeldPostConnection, { description: 'Posts waiting for review, oldest first.' })
  async heldPosts(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<HeldPostConnection> {
    return toConnection(
      await this.moderation.heldPosts(viewer, networkId, first, after),
      inContext,
    );
  }

  @Mutation(() => ThreadPostObject, {
    description: 'Approve (publish) or reject (hide, with a reason for the author).',
  })
  async reviewHeldPost(
    @CurrentUser() viewer: AuthUser,
    @IdArg('postId') postId: string,
    @Args('approve') approve: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<ThreadPostObject> {
    const post = await this.moderation.reviewHeldPost(viewer, postId, approve, reason);
    return toThreadPostObject(await this.posts.viewOf(viewer, post, true));
  }

  @Mutation(() => ThreadObject)
  async lockThread(
    @CurrentUser() viewer: AuthUser,
    @IdArg('threadId') threadId: string,
    @Args('locked', { defaultValue: true }) locked: boolean,
  ): Promise<ThreadObject> {
    return toThreadObject(await this.moderation.lockThread(viewer, threadId, locked), true);
  }

  @Mutation(() => ThreadObject)
  async pinThread(
    @CurrentUser() viewer: AuthUser,
    @IdArg('threadId') threadId: string,
    @Args('pinned', { defaultValue: true }) pinned: boolean,
  ): Promise<ThreadObject> {
    return toThreadObject(await this.moderation.pinThread(viewer, threadId, pinned), true);
  }

  @Mutation(() => ThreadObject, { description: 'To another network the viewer moderates too.' })
  async moveThread(
    @CurrentUser() viewer: AuthUser,
    @IdArg('threadId') threadId: string,
    @IdArg('networkId') networkId: string,
  ): Promise<ThreadObject> {
    return toThreadObject(await this.moderation.moveThread(viewer, threadId, networkId), true);
  }

  @Mutation(() => ThreadObject, { description: "Moves the source's posts into the target." })
  async mergeThreads(
    @CurrentUser() viewer: AuthUser,
    @IdArg('sourceThreadId') sourceThreadId: string,
    @IdArg('targetThreadId') targetThreadId: string,
  ): Promise<ThreadObject> {
    const target = await this.moderation.mergeThreads(viewer, sourceThreadId, targetThreadId);
    return toThreadObject(target, true);
  }

  @Mutation(() => MuteObject, { description: 'The member reads but cannot post until it ends.' })
  async muteMember(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: MuteMemberInput,
  ): Promise<MuteObject> {
    return toMuteObject(await this.moderation.muteMember(viewer, input));
  }

  @Mutation(() => Boolean, { description: 'True when a mute was in force.' })
  unmuteMember(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @IdArg('userId') userId: string,
  ): Promise<boolean> {
    return this.moderation.unmuteMember(viewer, networkId, userId);
  }

  @Query(() => [MuteObject])
  async mutedMembers(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
  ): Promise<MuteObject[]> {
    return (await this.moderation.mutedMembers(viewer, networkId)).map(toMuteObject);
  }

  @Query(() => ModerationRulesObject)
  async moderationRules(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
  ): Promise<ModerationRulesObject> {
    return toRulesObject(await this.moderation.moderationRules(viewer, networkId));
  }

  @Mutation(() => ModerationRulesObject)
  async updateModerationRules(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @Args('input') input: ModerationRulesInput,
  ): Promise<ModerationRulesObject> {
    return toRulesObject(await this.moderation.updateModerationRules(viewer, networkId, input));
  }

  @Query(() => ModerationLogEntryConnection, { description: 'Newest first; append-only.' })
  async moderationLog(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<ModerationLogEntryConnection> {
    return toConnection(
      await this.moderation.moderationLog(viewer, networkId, first, after),
      toLogEntryObject,
    );
  }
}
