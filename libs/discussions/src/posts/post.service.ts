import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import type { Page, Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { cursorFrom, ForbiddenError, InvalidCursorError } from '@mreza/shared/graphql';
import { requireSafeBody } from '@mreza/shared/text';
import type { Standing } from '../access/discussion-access';
import { DiscussionAccess } from '../access/discussion-access';
import { HoldService } from '../moderation/hold.service';
import { DiscussionsRealtime } from '../realtime/discussions-realtime';
import { ReplicaRepository } from '../replicas/replica.repository';
import type { ThreadEntity } from '../threads/thread.entity';
import {
  ThreadDeletedError,
  ThreadLockedError,
  ThreadNotFoundError,
} from '../threads/thread.errors';
import { threadRemoved } from '../threads/thread.events';
import { ThreadRepository } from '../threads/thread.repository';
import { ThreadService } from '../threads/thread.service';
import { mentionedMembers } from './mentions';
import type { PostReaction, ThreadPostEntity } from './post.entity';
import { PostStatus } from './post.entity';
import {
  NotTheAuthorError,
  PostNotEditableError,
  PostNotFoundError,
  QuoteInvalidError,
} from './post.errors';
import { postEdited, postPublished, postWithdrawn } from './post.events';
import { PostReactionRepository } from './post-reaction.repository';
import type { PostRevision } from './post.repository';
import { PostRepository } from './post.repository';
import { newPostView, REACTIONS, type PostView } from './post-view';

/** A reconnecting client gets at most this many missed posts; beyond, it reloads the thread. */
export const MAX_REPLAY = 500;

export interface NewReply {
  threadId: string;
  body: string;
  quotePostId?: string | null;
}

/**
 * Posts of a thread: replies with quotes and mentions, edits (earlier versions kept for
 * moderators), soft delete by the author, reactions, and the replay a reconnecting live client
 * asks for. Every change records its event and, once committed, reaches live clients.
 */
@Injectable()
export class PostService {
  constructor(
    private readonly posts: PostRepository,
    private readonly reactions: PostReactionRepository,
    private readonly threads: ThreadRepository,
    private readonly threadService: ThreadService,
    private readonly access: DiscussionAccess,
    private readonly replicas: ReplicaRepository,
    private readonly holds: HoldService,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
    private readonly realtime: DiscussionsRealtime,
  ) {}

  async reply(viewer: AuthUser, input: NewReply): Promise<PostView> {
    requireSafeBody(input.body);
    const { thread, post, moderator, mentioned } = await this.transaction.run(async (tx) => {
      const open = await this.requireOpenThread(viewer, input.threadId, tx);
      const { thread } = open;
      const standing = await this.access.requirePosterIn(viewer, open.standing, tx);
      if (input.quotePostId) await this.requireQuotable(input.quotePostId, thread.id, tx);
      const publication = await this.holds.assess(standing, input.body, tx);
      const post = await this.posts.insert(
        {
          threadId: thread.id,
          authorId: viewer.id,
          body: input.body,
          quotePostId: input.quotePostId ?? null,
          opening: false,
          status: publication.status,
          moderationReason: publication.reason,
        },
        tx,
      );
      const mentioned = await mentionedMembers(
        this.replicas,
        thread.networkId,
        input.body,
        viewer.id,
        tx,
      );
      await this.posts.insertMentions(post.id, mentioned, tx);
      if (publication.status === PostStatus.PUBLISHED) {
        await this.threads.recordReply(thread.id, tx);
        await this.outbox.record(tx, postPublished(thread, post, mentioned, viewer.id));
      }
      return { thread, post, moderator: standing.moderator, mentioned };
    });
    if (post.status === PostStatus.PUBLISHED) this.realtime.postCreated(thread, post);
    else this.realtime.postHeld(post);
    return newPostView(viewer, post, moderator, mentioned);
  }

  /**
   * The author rewrites their post; the earlier text is kept for moderators. An edit that
   * meets the network's review rules is held again until a coordinator approves it.
   */
  async edit(viewer: AuthUser, postId: string, body: string): Promise<PostView> {
    requireSafeBody(body);
    const { thread, post, moderator, withdrawn } = await this.transaction.run(async (tx) => {
      const found = await this.requirePostForUpdate(postId, tx);
      const readable = await this.requireReadablePost(viewer, found, tx);
      if (found.authorId !== viewer.id) throw new NotTheAuthorError();
      if (found.status === PostStatus.HIDDEN || found.status === PostStatus.DELETED) {
        throw new PostNotEditableError(found.status);
      }
      const open = await this.requireOpenThread(viewer, found.threadId, tx, readable);
      const { thread } = open;
      const standing = await this.access.requirePosterIn(viewer, open.standing, tx);
      const publication = await this.holds.assess(standing, body, tx);
      await this.posts.saveRevision(
        postId,
        { body: found.body, editedBy: viewer.id, writtenAt: found.editedAt ?? found.createdAt },
        tx,
      );
      const heldAgain =
        found.status === PostStatus.PUBLISHED && publication.status === PostStatus.HELD;
      const post = await this.posts.update(
        postId,
        heldAgain
          ? { body, edited: true, status: PostStatus.HELD, moderationReason: publication.reason }
          : { body, edited: true },
        tx,
      );
      const mentioned = await mentionedMembers(
        this.replicas,
        thread.networkId,
        body,
        viewer.id,
        tx,
      );
      await this.posts.replaceMentions(post.id, mentioned, tx);
      if (heldAgain) {
        await this.outbox.record(
          tx,
          postWithdrawn(thread, post, PostStatus.HELD, publication.reason, viewer.id),
        );
        if (!post.opening) await this.threads.recountReplies(thread.id, tx);
      } else if (post.status === PostStatus.PUBLISHED) {
        await this.outbox.record(tx, postEdited(thread, post, mentioned, viewer.id));
      }
      return { thread, post, moderator: standing.moderator, withdrawn: heldAgain };
    });
    if (withdrawn) this.realtime.postHidden(thread, post);
    else if (post.status === PostStatus.PUBLISHED) this.realtime.postUpdated(thread, post);
    return this.viewOf(viewer, post, moderator);
  }

  /** Soft delete by the author; deleting the opening post deletes the thread. */
  async delete(viewer: AuthUser, postId: string): Promise<void> {
    const { thread, post } = await this.transaction.run(async (tx) => {
      const found = await this.requirePostForUpdate(postId, tx);
      const { thread } = await this.requireReadablePost(viewer, found, tx);
      if (found.authorId !== viewer.id) throw new NotTheAuthorError();
      if (found.status === PostStatus.DELETED) throw new PostNotFoundError();
      const post = await this.posts.update(postId, { status: PostStatus.DELETED }, tx);
      await this.outbox.record(
        tx,
        postWithdrawn(thread, post, PostStatus.DELETED, null, viewer.id),
      );
      if (post.opening) {
        await this.threads.softDelete(thread.id, tx);
        await this.outbox.record(tx, threadRemoved(thread, null, viewer.id));
      } else {
        await this.threads.recountReplies(thread.id, tx);
      }
      return { thread, post };
    });
    this.realtime.postDeleted(thread, post);
  }

  /** Members react; reacting twice with the same reaction changes nothing. */
  async react(
    viewer: AuthUser,
    postId: string,
    reaction: PostReaction,
    add: boolean,
  ): Promise<PostView> {
    const { post, moderator } = await this.transaction.run(async (tx) => {
      const post = await this.requirePost(postId, tx);
      const { moderator, standing } = await this.requireReadablePost(viewer, post, tx);
      await this.access.requirePosterIn(viewer, standing, tx);
      if (post.status !== PostStatus.PUBLISHED) throw new PostNotFoundError();
      if (add) await this.reactions.add(postId, viewer.id, reaction, tx);
      else await this.reactions.remove(postId, viewer.id, reaction, tx);
      return { post, moderator };
    });
    return this.viewOf(viewer, post, moderator);
  }

  /** A page of the thread's posts, in order. */
  async page(
    viewer: AuthUser,
    threadId: string,
    first: number,
    after?: string,
  ): Promise<Page<PostView>> {
    const cursor = cursorFrom(after, 'text');
    if (cursor && !/^\d{1,18}$/.test(cursor.key)) throw new InvalidCursorError();
    const { thread, moderator } = await this.threadService.requireReadable(viewer, threadId);
    const page = await this.posts.findAfter(
      thread.id,
      { userId: viewer.id, moderator },
      cursor?.key ?? null,
      first,
    );
    return { ...page, items: await this.viewsOf(viewer, page.items, moderator) };
  }

  /**
   * What a client that reconnects missed: the posts after the last one it saw. Checks access
   * again, so a member removed meanwhile gets an error instead of the posts.
   */
  async replay(
    viewer: AuthUser,
    threadId: string,
    lastSeenPostId: string | null,
  ): Promise<{ thread: ThreadEntity; missed: ThreadPostEntity[] }> {
    const { thread, moderator } = await this.threadService.requireReadable(viewer, threadId);
    if (!lastSeenPostId) return { thread, missed: [] };
    const lastSeen = await this.posts.findById(lastSeenPostId);
    if (!lastSeen || lastSeen.threadId !== thread.id) throw new PostNotFoundError();
    const page = await this.posts.findAfter(
      thread.id,
      { userId: viewer.id, moderator },
      lastSeen.seq,
      MAX_REPLAY,
    );
    // Hidden and deleted posts are replayed as what they now are, without their text.
    return { thread, missed: page.items.filter((post) => post.status === PostStatus.PUBLISHED) };
  }

  /** Earlier versions of a post: for the network's moderators. */
  async revisions(viewer: AuthUser, post: ThreadPostEntity): Promise<PostRevision[]> {
    const thread = await this.threads.findById(post.threadId);
    if (!thread || !(await this.access.isModerator(viewer, thread.networkId))) {
      throw new ForbiddenError('Only coordinators see earlier versions of a post');
    }
    return this.posts.revisionsOf(post.id);
  }

  async viewOf(viewer: AuthUser, post: ThreadPostEntity, moderator: boolean): Promise<PostView> {
    return (await this.viewsOf(viewer, [post], moderator))[0];
  }

  /** Reactions and mentions for a whole page: three queries, not 3 × N. */
  async viewsOf(
    viewer: AuthUser,
    posts: ThreadPostEntity[],
    moderator: boolean,
  ): Promise<PostView[]> {
    const ids = posts.map((post) => post.id);
    const [counts, mine, mentions] = await Promise.all([
      this.reactions.countsFor(ids),
      this.reactions.ofUser(viewer.id, ids),
      this.posts.mentionsOf(ids),
    ]);
    return posts.map((post) => ({
      post,
      viewerId: viewer.id,
      moderator,
      reactions: REACTIONS.map((reaction) => ({
        reaction,
        count: counts.get(post.id)?.get(reaction) ?? 0,
      })),
      viewerReactions: REACTIONS.filter((reaction) => mine.get(post.id)?.includes(reaction)),
      mentionedUserIds: mentions.get(post.id) ?? [],
    }));
  }

  /**
   * The thread, locked for the rest of the transaction, open for replies, with the viewer's
   * standing in its network (read again if the thread moved meanwhile); `readable` when the
   * caller has just checked it.
   */
  private async requireOpenThread(
    viewer: AuthUser,
    threadId: string,
    tx: Tx,
    readable?: { thread: ThreadEntity; standing: Standing },
  ): Promise<{ thread: ThreadEntity; standing: Standing }> {
    readable ??= await this.threadService.requireReadable(viewer, threadId, tx);
    const thread = await this.threads.findForUpdate(readable.thread.id, tx);
    if (!thread || thread.mergedIntoId) throw new ThreadNotFoundError();
    if (thread.deletedAt) throw new ThreadDeletedError();
    if (thread.locked) throw new ThreadLockedError();
    const standing =
      thread.networkId === readable.thread.networkId
        ? readable.standing
        : await this.access.standing(viewer, thread.networkId, tx);
    if (!standing?.canRead) throw new ThreadNotFoundError();
    return { thread, standing };
  }

  /**
   * The post's thread, when the viewer may read it. A post in a thread they may not see is
   * "not found" whatever they try, so even its existence does not leak.
   */
  private async requireReadablePost(viewer: AuthUser, post: ThreadPostEntity, tx: Tx) {
    try {
      return await this.threadService.requireReadable(viewer, post.threadId, tx);
    } catch (error) {
      if (error instanceof ThreadNotFoundError) throw new PostNotFoundError();
      throw error;
    }
  }

  private async requireQuotable(quotePostId: string, threadId: string, tx: Tx): Promise<void> {
    const quoted = await this.posts.findById(quotePostId, tx);
    if (!quoted || quoted.threadId !== threadId || quoted.status !== PostStatus.PUBLISHED) {
      throw new QuoteInvalidError();
    }
  }

  private async requirePost(postId: string, tx: Tx): Promise<ThreadPostEntity> {
    const post = await this.posts.findById(postId, tx);
    if (!post) throw new PostNotFoundError();
    return post;
  }

  private async requirePostForUpdate(postId: string, tx: Tx): Promise<ThreadPostEntity> {
    const post = await this.posts.findForUpdate(postId, tx);
    if (!post) throw new PostNotFoundError();
    return post;
  }
}
