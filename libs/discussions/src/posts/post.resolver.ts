import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { IdArg } from '@mreza/shared/graphql';
import { ReplyInput, ThreadPostReactionArgs } from './dto/post.inputs';
import { toRevisionObject, toThreadPostObject } from './post.mapper';
import { ThreadPostObject, ThreadPostRevisionObject } from './post.object';
import { PostRepository } from './post.repository';
import { PostService } from './post.service';
import { PostNotFoundError } from './post.errors';

@Resolver(() => ThreadPostObject)
export class PostResolver {
  constructor(
    private readonly service: PostService,
    private readonly posts: PostRepository,
  ) {}

  @Mutation(() => ThreadPostObject, {
    description: 'Members reply; the post may be held for review (status HELD).',
  })
  async reply(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ReplyInput,
  ): Promise<ThreadPostObject> {
    return toThreadPostObject(await this.service.reply(viewer, input));
  }

  @Mutation(() => ThreadPostObject, { description: 'The author only.' })
  async editThreadPost(
    @CurrentUser() viewer: AuthUser,
    @IdArg('postId') postId: string,
    @Args('body') body: string,
  ): Promise<ThreadPostObject> {
    return toThreadPostObject(await this.service.edit(viewer, postId, body));
  }

  @Mutation(() => Boolean, {
    description: 'The author only; deleting the opening post deletes the thread.',
  })
  async deleteThreadPost(
    @CurrentUser() viewer: AuthUser,
    @IdArg('postId') postId: string,
  ): Promise<boolean> {
    await this.service.delete(viewer, postId);
    return true;
  }

  @Mutation(() => ThreadPostObject)
  async reactToThreadPost(
    @CurrentUser() viewer: AuthUser,
    @Args() { postId, reaction }: ThreadPostReactionArgs,
  ): Promise<ThreadPostObject> {
    return toThreadPostObject(await this.service.react(viewer, postId, reaction, true));
  }

  @Mutation(() => ThreadPostObject)
  async unreactToThreadPost(
    @CurrentUser() viewer: AuthUser,
    @Args() { postId, reaction }: ThreadPostReactionArgs,
  ): Promise<ThreadPostObject> {
    return toThreadPostObject(await this.service.react(viewer, postId, reaction, false));
  }

  @ResolveField(() => [ThreadPostRevisionObject], {
    description: 'Earlier versions, oldest first: for coordinators of the network.',
  })
  async revisions(
    @CurrentUser() viewer: AuthUser,
    @Parent() parent: ThreadPostObject,
  ): Promise<ThreadPostRevisionObject[]> {
    const post = await this.posts.findById(parent.id);
    if (!post) throw new PostNotFoundError();
    return (await this.service.revisions(viewer, post)).map(toRevisionObject);
  }
}
