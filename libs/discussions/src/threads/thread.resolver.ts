import {
  Args,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, JwtVerifier, Public } from '@mreza/shared/auth';
import type { GraphQLContext } from '@mreza/shared/graphql';
import { DomainError, IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import { toThreadPostObject } from '../posts/post.mapper';
import { ThreadPostConnection } from '../posts/post.object';
import { PostService } from '../posts/post.service';
import { CreateThreadInput } from './dto/thread.inputs';
import { toThreadObject } from './thread.mapper';
import { ThreadConnection, ThreadObject } from './thread.object';
import { ThreadService } from './thread.service';

@Resolver(() => ThreadObject)
export class ThreadResolver {
  constructor(
    private readonly threadService: ThreadService,
    private readonly postService: PostService,
    private readonly verifier: JwtVerifier,
  ) {}

  /**
   * The gateway comes back for a thread's own fields only when another subgraph's field needs
   * them (the library's `Thread.documents` requires `documentIds`); normally they travel with
   * the thread. A thread the viewer may not read is null, as in `thread`.
   */
  @Public()
  @ResolveReference()
  async resolveReference(
    reference: { id: string },
    // A reference resolver gets the GraphQL context as its second argument and runs unguarded.
    context: GraphQLContext,
  ): Promise<ThreadObject | null> {
    const viewer = this.verifier.userOf(context.req);
    if (!viewer) return null;
    try {
      const { thread, moderator } = await this.threadService.thread(viewer, reference.id);
      return toThreadObject(thread, moderator);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }

  @Query(() => ThreadObject, {
    description: "A closed network's threads are for its members, staff and administrators.",
  })
  async thread(@CurrentUser() viewer: AuthUser, @IdArg('id') id: string): Promise<ThreadObject> {
    const { thread, moderator } = await this.threadService.thread(viewer, id);
    return toThreadObject(thread, moderator);
  }

  @Query(() => ThreadConnection, {
    description: 'Pinned threads first (first page only), then by latest activity.',
  })
  async threads(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<ThreadConnection> {
    const { page, moderator } = await this.threadService.list(viewer, networkId, first, after);
    return toConnection(page, (thread) => toThreadObject(thread, moderator));
  }

  @Mutation(() => ThreadObject, { description: 'Members of the network open threads.' })
  async createThread(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateThreadInput,
  ): Promise<ThreadObject> {
    const { thread, moderator } = await this.threadService.createThread(viewer, input);
    return toThreadObject(thread, moderator);
  }

  @ResolveField(() => ThreadPostConnection, { description: 'The posts in order, opening first.' })
  async posts(
    @CurrentUser() viewer: AuthUser,
    @Parent() thread: ThreadObject,
    @Args() { first, after }: PageArgs,
  ): Promise<ThreadPostConnection> {
    return toConnection(
      await this.postService.page(viewer, thread.id, first, after),
      toThreadPostObject,
    );
  }
}
