import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import type { Page, Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import type { MemberWarnedV1 } from '@mreza/shared/events';
import { EventOutbox } from '@mreza/shared/events';
import { cursorFrom } from '@mreza/shared/graphql';
import { DiscussionAccess } from '../access/discussion-access';
import { AccountSuspendedError, NotAMemberError } from '../access/access.errors';
import type { ThreadPostEntity } from '../posts/post.entity';
import { PostStatus } from '../posts/post.entity';
import { PostNotFoundError } from '../posts/post.errors';
import { postPublished, postWithdrawn } from '../posts/post.events';
import { PostRepository } from '../posts/post.repository';
import { PostService } from '../posts/post.service';
import type { PostView } from '../posts/post-view';
import { DiscussionsRealtime } from '../realtime/discussions-realtime';
import { ReplicaRepository } from '../replicas/replica.repository';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadNotFoundError } from '../threads/thread.errors';
import { threadRemoved, threadUpdated } from '../threads/thread.events';
import { ThreadRepository } from '../threads/thread.repository';
import type { Flag, FlagReason } from './flag.repository';
import { FlagRepository, FlagResolution } from './flag.repository';
import type { HoldRules } from './hold-policy';
import type { ModerationLogEntry } from './moderation-log.repository';
import { ModerationAction, ModerationLogRepository } from './moderation-log.repository';
import { ModerationRulesRepository } from './moderation-rules.repository';
import {
  AlreadyFlaggedError,
  CannotMuteModeratorError,
  FlagAlreadyResolvedError,
  FlagNotFoundError,
  FlagOwnPostError,
  InvalidMoveError,
  MuteDurationError,
  PostNotHeldError,
  ReasonRequiredError,
  RulesInvalidError,
  TooManyPinnedThreadsError,
} from './moderation.errors';
import type { Mute } from './mute.repository';
import { MuteRepository } from './mute.repository';

export const MAX_PINNED_THREADS = 5;
export const MAX_MUTE_DAYS = 365;
export const MAX_RULE_ENTRIES = 100;
const HOUR_MS = 60 * 60 * 1000;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/;

export enum FlagAction {
  DISMISS = 'DISMISS',
  HIDE = 'HIDE',
  DELETE = 'DELETE',
  WARN = 'WARN',
}

/** A post as a moderator sees it, with its thread: what the queues list. */
export interface PostInContext {
  view: PostView;
  thread: ThreadEntity;
}

export interface FlagInContext extends PostInContext {
  flag: Flag;
}

/** A post with the thread it belongs to, as moderation works on both. */
interface PostInThread {
  post: ThreadPostEntity;
  thread: ThreadEntity;
}

/**
 * Keeps discussion expert-focused: members flag, coordinators of the network (staff and
 * administrators everywhere) resolve flags, hide and restore posts, review held posts, lock,
 * pin, move and merge threads, mute members for a while and set the review rules. Every action
 * is written to the append-only moderation log in its transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly access: DiscussionAccess,
    private readonly flags: FlagRepository,
    private readonly mutes: MuteRepository,
    private readonly rules: ModerationRulesRepository,
    private readonly log: ModerationLogRepository,
    private readonly posts: PostRepository,
    private readonly postService: PostService,
    private readonly threads: ThreadRepository,
    private readonly replicas: ReplicaRepository,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
    private readonly realtime: DiscussionsRealtime,
  ) {}

  /** Any member who can read the post flags it, once; never their own. */
  flagPost(
    viewer: AuthUser,
    input: { postId: string; reason: FlagReason; note?: string | null },
  ): Promise<Flag> {
    return this.transaction.run(async (tx) => {
      const { post, thread } = await this.requirePostInThread(input.postId, tx);
      if (!(await this.access.canRead(viewer, thread.networkId, tx))) {
        throw new PostNotFoundError();
      }
      if (post.status !== PostStatus.PUBLISHED) throw new PostNotFoundError();
      if (!(await this.replicas.findMembership(thread.networkId, viewer.id, tx))) {
        throw new NotAMemberError();
      }
      if ((await this.replicas.accountStatus(viewer.id, tx)) !== 'ACTIVE') {
        throw new AccountSuspendedError();
      }
      if (post.authorId === viewer.id) throw new FlagOwnPostError();
      const flag = await this.flags.insert(
        {
          postId: post.id,
          networkId: thread.networkId,
          flaggedBy: viewer.id,
          reason: input.reason,
          note: input.note?.trim() || null,
        },
        tx,
      );
      if (!flag) throw new AlreadyFlaggedError();
      return flag;
    });
  }

  /** Open flags, oldest first, each with the flagged post and its thread. */
  async moderationQueue(
    viewer: AuthUser,
    networkId: string,
    first: number,
    after?: string,
  ): Promise<Page<FlagInContext>> {
    await this.access.requireModerator(viewer, networkId);
    const page = await this.flags.findOpenPage(networkId, cursorFrom(after, 'timestamp'), first);
    const contexts = await this.contextsOf(
      viewer,
      page.items.map((flag) => flag.postId),
    );
    return {
      ...page,
      items: page.items.flatMap((flag) => {
        const context = contexts.get(flag.postId);
        return context ? [{ flag, ...context }] : [];
      }),
    };
  }

  async openFlagCount(viewer: AuthUser, networkId: string): Promise<number> {
    await this.access.requireModerator(viewer, networkId);
    return this.flags.countOpen(networkId);
  }

  /** One decision resolves every open flag on the post. */
  async resolveFlag(
    viewer: AuthUser,
    input: { flagId: string; action: FlagAction; reason?: string | null },
  ): Promise<Flag> {
    const reason = input.reason?.trim() || null;
    if (input.action !== FlagAction.DISMISS && !reason) throw new ReasonRequiredError();
    const after = await this.transaction.run(async (tx) => {
      const flag = await this.flags.findForUpdate(input.flagId, tx);
      if (!flag) throw new FlagNotFoundError();
      await this.access.requireLiveModerator(viewer, flag.networkId, tx);
      if (flag.resolution) throw new FlagAlreadyResolvedError();
      const target = await this.requirePostInThread(flag.postId, tx);
      const resolution = await this.applyFlagAction(viewer, target, input.action, reason, tx);
      await this.flags.resolveOpenOnPost(flag.postId, resolution.resolution, viewer.id, tx);
      await this.record(viewer, target.thread.networkId, resolution.action, tx, {
        targetType: 'POST',
        targetId: flag.postId,
        subjectUserId: target.post.authorId,
        reason,
        details: { flagId: flag.id, flagReason: flag.reason },
      });
      return { flag, ...resolution };
    });
    after.announce?.();
    const resolved = await this.flags.findById(after.flag.id);
    if (!resolved) throw new FlagNotFoundError();
    return resolved;
  }

  hidePost(viewer: AuthUser, postId: string, reason: string): Promise<ThreadPostEntity> {
    return this.changePostStatus(viewer, postId, PostStatus.HIDDEN, reason);
  }

  restorePost(viewer: AuthUser, postId: string): Promise<ThreadPostEntity> {
    return this.changePostStatus(viewer, postId, PostStatus.PUBLISHED, null);
  }

  /** A held post is approved (published) or rejected (hidden, with the reason to its author). */
  async reviewHeldPost(
    viewer: AuthUser,
    postId: string,
    approve: boolean,
    reason?: string | null,
  ): Promise<ThreadPostEntity> {
    if (!approve && !reason?.trim()) throw new ReasonRequiredError();
    const { post, announce } = await this.transaction.run(async (tx) => {
      const target = await this.requirePostInThread(postId, tx, true);
      await this.access.requireLiveModerator(viewer, target.thread.networkId, tx);
      if (target.post.status !== PostStatus.HELD) throw new PostNotHeldError();
      const status = approve ? PostStatus.PUBLISHED : PostStatus.HIDDEN;
      const changed = await this.setStatus(viewer, target, status, reason?.trim() || null, tx);
      await this.record(
        viewer,
        target.thread.networkId,
        approve ? ModerationAction.POST_APPROVED : ModerationAction.POST_REJECTED,
        tx,
        {
          targetType: 'POST',
          targetId: postId,
          subjectUserId: target.post.authorId,
          reason: reason?.trim() || null,
        },
      );
      return changed;
    });
    announce();
    return post;
  }

  async heldPosts(
    viewer: AuthUser,
    networkId: string,
    first: number,
    after?: string,
  ): Promise<Page<PostInContext>> {
    await this.access.requireModerator(viewer, networkId);
    const page = await this.posts.findHeldPage(networkId, cursorFrom(after, 'timestamp'), first);
    const contexts = await this.contextsOf(
      viewer,
      page.items.map((post) => post.id),
    );
    return { ...page, items: page.items.flatMap((post) => contexts.get(post.id) ?? []) };
  }

  /** The posts as a moderator sees them, with their threads: four queries for a page. */
  private async contextsOf(
    viewer: AuthUser,
    postIds: string[],
  ): Promise<Map<string, PostInContext>> {
    const posts = await this.posts.findByIds(postIds);
    const threads = new Map(
      (await this.threads.findByIds([...new Set(posts.map((post) => post.threadId))])).map(
        (thread) => [thread.id, thread],
      ),
    );
    const views = await this.postService.viewsOf(viewer, posts, true);
    const contexts = new Map<string, PostInContext>();
    for (const view of views) {
      const thread = threads.get(view.post.threadId);
      if (thread) contexts.set(view.post.id, { view, thread });
    }
    return contexts;
  }

  async lockThread(viewer: AuthUser, threadId: string, locked: boolean): Promise<ThreadEntity> {
    const thread = await this.changeThread(
      viewer,
      threadId,
      { locked },
      locked ? ModerationAction.THREAD_LOCKED : ModerationAction.THREAD_UNLOCKED,
    );
    this.realtime.threadLocked(thread);
    return thread;
  }

  async pinThread(viewer: AuthUser, threadId: string, pinned: boolean): Promise<ThreadEntity> {
    const thread = await this.changeThread(
      viewer,
      threadId,
      { pinned },
      pinned ? ModerationAction.THREAD_PINNED : ModerationAction.THREAD_UNPINNED,
      async (current, tx) => {
        if (pinned && !current.pinned) {
          const count = await this.threads.countPinned(current.networkId, tx);
          if (count >= MAX_PINNED_THREADS) throw new TooManyPinnedThreadsError(MAX_PINNED_THREADS);
        }
      },
    );
    this.realtime.threadPinned(thread);
    return thread;
  }

  /** To another network the viewer also moderates; its flags follow it. */
  async moveThread(viewer: AuthUser, threadId: string, networkId: string): Promise<ThreadEntity> {
    const { thread, from } = await this.transaction.run(async (tx) => {
      const current = await this.requireThreadForUpdate(threadId, tx);
      await this.access.requireLiveModerator(viewer, current.networkId, tx);
      await this.access.requireLiveModerator(viewer, networkId, tx);
      if (current.networkId === networkId) {
        throw new InvalidMoveError('The thread is already in this network');
      }
      await this.threads.update(threadId, { networkId, pinned: false }, tx);
      await this.flags.moveToNetwork(threadId, networkId, tx);
      const moved = { ...current, networkId, pinned: false };
      await this.outbox.record(tx, threadUpdated(moved, viewer.id));
      for (const network of [current.networkId, networkId]) {
        await this.record(viewer, network, ModerationAction.THREAD_MOVED, tx, {
          targetType: 'THREAD',
          targetId: threadId,
          subjectUserId: current.authorId,
          details: { fromNetworkId: current.networkId, toNetworkId: networkId },
        });
      }
      return { thread: moved, from: current };
    });
    this.realtime.threadRelocated(from, thread.id, thread.networkId);
    return thread;
  }

  /** Duplicate threads: the source's posts move into the target, in order of writing. */
  async mergeThreads(
    viewer: AuthUser,
    sourceThreadId: string,
    targetThreadId: string,
  ): Promise<ThreadEntity> {
    if (sourceThreadId === targetThreadId) {
      throw new InvalidMoveError('A thread cannot be merged into itself');
    }
    const { source, target } = await this.transaction.run(async (tx) => {
      // Locked in id order, so two merges of the same pair cannot deadlock.
      const [first, second] = [sourceThreadId, targetThreadId].sort();
      const locked = [
        await this.requireThreadForUpdate(first, tx),
        await this.requireThreadForUpdate(second, tx),
      ];
      const [source, target] =
        first === sourceThreadId ? [locked[0], locked[1]] : [locked[1], locked[0]];
      await this.access.requireLiveModerator(viewer, source.networkId, tx);
      await this.access.requireLiveModerator(viewer, target.networkId, tx);
      await this.posts.moveAll(source.id, target.id, tx);
      await this.threads.markMerged(source.id, target.id, tx);
      await this.threads.recountReplies(target.id, tx);
      await this.flags.moveToNetwork(target.id, target.networkId, tx);
      await this.outbox.record(tx, threadRemoved(source, target.id, viewer.id));
      await this.outbox.record(tx, threadUpdated(target, viewer.id));
      await this.record(viewer, source.networkId, ModerationAction.THREAD_MERGED, tx, {
        targetType: 'THREAD',
        targetId: source.id,
        subjectUserId: source.authorId,
        details: { intoThreadId: target.id },
      });
      const merged = await this.threads.findById(target.id, tx);
      if (!merged) throw new ThreadNotFoundError();
      return { source, target: merged };
    });
    this.realtime.threadRelocated(source, target.id, target.networkId);
    return target;
  }

  async muteMember(
    viewer: AuthUser,
    input: { networkId: string; userId: string; until: Date; reason: string },
  ): Promise<Mute> {
    const reason = input.reason.trim();
    if (!reason) throw new ReasonRequiredError();
    const length = input.until.getTime() - Date.now();
    if (length < HOUR_MS || length > MAX_MUTE_DAYS * 24 * HOUR_MS) {
      throw new MuteDurationError(MAX_MUTE_DAYS);
    }
    return this.transaction.run(async (tx) => {
      await this.access.requireLiveModerator(viewer, input.networkId, tx);
      const membership = await this.replicas.findMembership(input.networkId, input.userId, tx);
      if (!membership) throw new NotAMemberError();
      if (membership.role === 'COORDINATOR') throw new CannotMuteModeratorError();
      await this.mutes.lift(input.networkId, input.userId, viewer.id, tx);
      const mute = await this.mutes.insert(
        {
          networkId: input.networkId,
          userId: input.userId,
          reason,
          mutedBy: viewer.id,
          expiresAt: input.until,
        },
        tx,
      );
      await this.record(viewer, input.networkId, ModerationAction.MEMBER_MUTED, tx, {
        targetType: 'MEMBER',
        targetId: input.userId,
        subjectUserId: input.userId,
        reason,
        details: { until: input.until.toISOString() },
      });
      return mute;
    });
  }

  unmuteMember(viewer: AuthUser, networkId: string, userId: string): Promise<boolean> {
    return this.transaction.run(async (tx) => {
      await this.access.requireLiveModerator(viewer, networkId, tx);
      const lifted = await this.mutes.lift(networkId, userId, viewer.id, tx);
      if (lifted > 0) {
        await this.record(viewer, networkId, ModerationAction.MEMBER_UNMUTED, tx, {
          targetType: 'MEMBER',
          targetId: userId,
          subjectUserId: userId,
        });
      }
      return lifted > 0;
    });
  }

  async mutedMembers(viewer: AuthUser, networkId: string): Promise<Mute[]> {
    await this.access.requireModerator(viewer, networkId);
    return this.mutes.findActiveInNetwork(networkId);
  }

  async moderationRules(viewer: AuthUser, networkId: string): Promise<HoldRules> {
    await this.access.requireModerator(viewer, networkId);
    return this.rules.find(networkId);
  }

  async updateModerationRules(
    viewer: AuthUser,
    networkId: string,
    input: HoldRules,
  ): Promise<HoldRules> {
    const rules = validRules(input);
    return this.transaction.run(async (tx) => {
      await this.access.requireLiveModerator(viewer, networkId, tx);
      await this.rules.save(networkId, rules, viewer.id, tx);
      await this.record(viewer, networkId, ModerationAction.RULES_CHANGED, tx, {
        targetType: 'RULES',
        targetId: networkId,
        details: { ...rules },
      });
      return rules;
    });
  }

  async moderationLog(
    viewer: AuthUser,
    networkId: string,
    first: number,
    after?: string,
  ): Promise<Page<ModerationLogEntry>> {
    await this.access.requireModerator(viewer, networkId);
    return this.log.findPage(networkId, cursorFrom(after, 'timestamp'), first);
  }

  private async applyFlagAction(
    viewer: AuthUser,
    target: PostInThread,
    action: FlagAction,
    reason: string | null,
    tx: Tx,
  ): Promise<{ resolution: FlagResolution; action: ModerationAction; announce?: () => void }> {
    switch (action) {
      case FlagAction.DISMISS:
        return { resolution: FlagResolution.DISMISSED, action: ModerationAction.FLAG_DISMISSED };
      case FlagAction.HIDE: {
        const { announce } = await this.setStatus(viewer, target, PostStatus.HIDDEN, reason, tx);
        return {
          resolution: FlagResolution.HIDDEN,
          action: ModerationAction.POST_HIDDEN,
          announce,
        };
      }
      case FlagAction.DELETE: {
        const { announce } = await this.setStatus(viewer, target, PostStatus.DELETED, reason, tx);
        return {
          resolution: FlagResolution.DELETED,
          action: ModerationAction.POST_DELETED,
          announce,
        };
      }
      case FlagAction.WARN: {
        const warned: MemberWarnedV1 = {
          type: 'discussions.member.warned',
          version: 1,
          payload: {
            networkId: target.thread.networkId,
            userId: target.post.authorId,
            postId: target.post.id,
            reason: reason ?? '',
            actorId: viewer.id,
          },
        };
        await this.outbox.record(tx, warned);
        return { resolution: FlagResolution.WARNED, action: ModerationAction.AUTHOR_WARNED };
      }
    }
  }

  private async changePostStatus(
    viewer: AuthUser,
    postId: string,
    status: PostStatus.HIDDEN | PostStatus.PUBLISHED,
    reason: string | null,
  ): Promise<ThreadPostEntity> {
    const trimmed = reason?.trim() || null;
    if (status === PostStatus.HIDDEN && !trimmed) throw new ReasonRequiredError();
    const { post, announce } = await this.transaction.run(async (tx) => {
      const target = await this.requirePostInThread(postId, tx, true);
      await this.access.requireLiveModerator(viewer, target.thread.networkId, tx);
      const allowedFrom =
        status === PostStatus.HIDDEN
          ? [PostStatus.PUBLISHED, PostStatus.HELD]
          : [PostStatus.HIDDEN];
      if (!allowedFrom.includes(target.post.status)) {
        throw new PostNotFoundError();
      }
      const changed = await this.setStatus(viewer, target, status, trimmed, tx);
      await this.record(
        viewer,
        target.thread.networkId,
        status === PostStatus.HIDDEN
          ? ModerationAction.POST_HIDDEN
          : ModerationAction.POST_RESTORED,
        tx,
        {
          targetType: 'POST',
          targetId: postId,
          subjectUserId: target.post.authorId,
          reason: trimmed,
        },
      );
      return changed;
    });
    announce();
    return post;
  }

  /**
   * Changes a post's status with everything that follows: the thread's own status when it is
   * the opening post, the reply count, the events; returns what live clients should be told,
   * to be called once the transaction committed.
   */
  private async setStatus(
    viewer: AuthUser,
    { post, thread }: PostInThread,
    status: PostStatus,
    reason: string | null,
    tx: Tx,
  ): Promise<{ post: ThreadPostEntity; announce: () => void }> {
    const wasPublished = post.status === PostStatus.PUBLISHED;
    const changed = await this.posts.update(post.id, { status, moderationReason: reason }, tx);
    let current = thread;
    if (post.opening) {
      if (status === PostStatus.DELETED) {
        await this.threads.softDelete(thread.id, tx);
        await this.outbox.record(tx, threadRemoved(thread, null, viewer.id));
      } else {
        await this.threads.update(thread.id, { status }, tx);
        current = { ...thread, status };
        await this.outbox.record(tx, threadUpdated(current, viewer.id));
      }
    } else {
      await this.threads.recountReplies(thread.id, tx);
    }
    if (status === PostStatus.PUBLISHED) {
      const mentions = (await this.posts.mentionsOf([post.id])).get(post.id) ?? [];
      await this.outbox.record(tx, postPublished(current, changed, mentions, viewer.id));
    } else if (wasPublished || status !== PostStatus.DELETED) {
      await this.outbox.record(
        tx,
        postWithdrawn(current, changed, status as PostStatus.HIDDEN, reason, viewer.id),
      );
    }
    const announce = () => {
      if (status === PostStatus.PUBLISHED) {
        if (post.opening) this.realtime.threadCreated(current);
        this.realtime.postCreated(current, changed);
      } else if (status === PostStatus.DELETED) {
        this.realtime.postDeleted(current, changed);
      } else if (wasPublished) {
        this.realtime.postHidden(current, changed);
      }
    };
    return { post: changed, announce };
  }

  private async changeThread(
    viewer: AuthUser,
    threadId: string,
    changes: { locked?: boolean; pinned?: boolean },
    action: ModerationAction,
    check?: (thread: ThreadEntity, tx: Tx) => Promise<void>,
  ): Promise<ThreadEntity> {
    return this.transaction.run(async (tx) => {
      const current = await this.requireThreadForUpdate(threadId, tx);
      await this.access.requireLiveModerator(viewer, current.networkId, tx);
      await check?.(current, tx);
      await this.threads.update(threadId, changes, tx);
      const thread = { ...current, ...changes };
      await this.outbox.record(tx, threadUpdated(thread, viewer.id));
      await this.record(viewer, thread.networkId, action, tx, {
        targetType: 'THREAD',
        targetId: threadId,
        subjectUserId: thread.authorId,
      });
      return thread;
    });
  }

  private async requireThreadForUpdate(threadId: string, tx: Tx): Promise<ThreadEntity> {
    const thread = await this.threads.findForUpdate(threadId, tx);
    if (!thread || thread.deletedAt || thread.mergedIntoId) throw new ThreadNotFoundError();
    return thread;
  }

  private async requirePostInThread(postId: string, tx: Tx, lock = false): Promise<PostInThread> {
    const post = lock
      ? await this.posts.findForUpdate(postId, tx)
      : await this.posts.findById(postId, tx);
    if (!post) throw new PostNotFoundError();
    const thread = await this.threads.findById(post.threadId, tx);
    if (!thread || thread.deletedAt) throw new PostNotFoundError();
    return { post, thread };
  }

  private record(
    viewer: AuthUser,
    networkId: string,
    action: ModerationAction,
    tx: Tx,
    entry: Pick<ModerationLogEntry, 'targetType' | 'targetId'> &
      Partial<Pick<ModerationLogEntry, 'subjectUserId' | 'reason' | 'details'>>,
  ): Promise<void> {
    return this.log.append(
      {
        networkId,
        actorId: viewer.id,
        action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        subjectUserId: entry.subjectUserId ?? null,
        reason: entry.reason ?? null,
        details: entry.details ?? {},
      },
      tx,
    );
  }
}

/** Trimmed, deduplicated, bounded; link rules must be host names. */
function validRules(input: HoldRules): HoldRules {
  const clean = (values: string[]) => [
    ...new Set(values.map((value) => value.trim()).filter(Boolean)),
  ];
  const heldKeywords = clean(input.heldKeywords);
  const heldLinkDomains = clean(input.heldLinkDomains).map((domain) =>
    domain
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, ''),
  );
  if (
    !Number.isInteger(input.holdNewMembersDays) ||
    input.holdNewMembersDays < 0 ||
    input.holdNewMembersDays > 365
  ) {
    throw new RulesInvalidError('Hold new members for 0 to 365 days');
  }
  if (heldKeywords.length > MAX_RULE_ENTRIES || heldKeywords.some((word) => word.length > 100)) {
    throw new RulesInvalidError(`At most ${MAX_RULE_ENTRIES} keywords of up to 100 characters`);
  }
  if (heldLinkDomains.length > MAX_RULE_ENTRIES || heldLinkDomains.some((d) => !HOSTNAME.test(d))) {
    throw new RulesInvalidError('Link rules are domain names, such as kampanja.rs');
  }
  return { holdNewMembersDays: input.holdNewMembersDays, heldKeywords, heldLinkDomains };
}
