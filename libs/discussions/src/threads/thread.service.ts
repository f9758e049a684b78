import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import type { Page, Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { cursorFrom } from '@mreza/shared/graphql';
import { requireSafeBody } from '@mreza/shared/text';
import type { Standing } from '../access/discussion-access';
import { DiscussionAccess } from '../access/discussion-access';
import { HoldService } from '../moderation/hold.service';
import { mentionedMembers } from '../posts/mentions';
import { PostStatus } from '../posts/post.entity';
import { postPublished } from '../posts/post.events';
import { PostRepository } from '../posts/post.repository';
import { DiscussionsRealtime } from '../realtime/discussions-realtime';
import { ReplicaRepository } from '../replicas/replica.repository';
import type { ThreadEntity } from './thread.entity';
import {
  MAX_DOCUMENT_LINKS,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  TagsInvalidError,
  ThreadDeletedError,
  ThreadNotFoundError,
  TitleInvalidError,
  TooManyDocumentLinksError,
} from './thread.errors';
import { threadCreated } from './thread.events';
import { ThreadRepository } from './thread.repository';

export interface NewThread {
  networkId: string;
  title: string;
  body: string;
  tags?: string[] | null;
  documentIds?: string[] | null;
}

/** A thread the viewer may read, and whether they moderate its network. */
export interface ReadableThread {
  thread: ThreadEntity;
  moderator: boolean;
  /** The viewer's standing in the thread's network, for further checks without a query. */
  standing: Standing;
}

/**
 * Threads inside networks: members open them (title, Markdown body, tags, linked library
 * documents); anyone who may read the network reads them, except held or hidden ones, which
 * only their author and the network's moderators see.
 */
@Injectable()
export class ThreadService {
  constructor(
    private readonly threads: ThreadRepository,
    private readonly posts: PostRepository,
    private readonly access: DiscussionAccess,
    private readonly replicas: ReplicaRepository,
    private readonly holds: HoldService,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
    private readonly realtime: DiscussionsRealtime,
  ) {}

  async createThread(
    viewer: AuthUser,
    input: NewThread,
  ): Promise<Pick<ReadableThread, 'thread' | 'moderator'>> {
    const title = input.title.trim();
    if (title.length === 0 || title.length > MAX_TITLE_LENGTH) throw new TitleInvalidError();
    const tags = normaliseTags(input.tags ?? []);
    const documentIds = [...new Set(input.documentIds ?? [])];
    if (documentIds.length > MAX_DOCUMENT_LINKS) throw new TooManyDocumentLinksError();
    requireSafeBody(input.body);
    const { thread, opening, moderator } = await this.transaction.run(async (tx) => {
      const standing = await this.access.requirePoster(viewer, input.networkId, tx);
      const publication = await this.holds.assess(standing, `${title}\n${input.body}`, tx);
      const created = await this.threads.insert(
        {
          networkId: input.networkId,
          authorId: viewer.id,
          title,
          tags,
          documentIds,
          status: publication.status,
        },
        tx,
      );
      const post = await this.posts.insert(
        {
          threadId: created.id,
          authorId: viewer.id,
          body: input.body,
          quotePostId: null,
          opening: true,
          status: publication.status,
          moderationReason: publication.reason,
        },
        tx,
      );
      const mentioned = await mentionedMembers(
        this.replicas,
        input.networkId,
        input.body,
        viewer.id,
        tx,
      );
      await this.posts.insertMentions(post.id, mentioned, tx);
      await this.outbox.record(tx, threadCreated(created, viewer.id));
      if (publication.status === PostStatus.PUBLISHED) {
        await this.outbox.record(tx, postPublished(created, post, mentioned, viewer.id));
      }
      return { thread: created, opening: post, moderator: standing.moderator };
    });
    if (thread.status === PostStatus.PUBLISHED) {
      this.realtime.threadCreated(thread);
      this.realtime.postCreated(thread, opening);
    } else {
      this.realtime.postHeld(opening);
    }
    return { thread, moderator };
  }

  async thread(viewer: AuthUser, threadId: string): Promise<ReadableThread> {
    return this.requireReadable(viewer, threadId);
  }

  /** Pinned threads head the first page; then the rest, most recently active first. */
  async list(
    viewer: AuthUser,
    networkId: string,
    first: number,
    after?: string,
  ): Promise<{ page: Page<ThreadEntity>; moderator: boolean }> {
    const cursor = cursorFrom(after, 'timestamp');
    const { moderator } = await this.access.requireReader(viewer, networkId);
    const listViewer = { userId: viewer.id, moderator };
    const [pinned, page] = await Promise.all([
      cursor ? Promise.resolve([]) : this.threads.findPinned(networkId, listViewer),
      this.threads.findPage(networkId, listViewer, cursor, first),
    ]);
    return { page: { ...page, items: [...pinned, ...page.items] }, moderator };
  }

  /**
   * The thread, if the viewer may read it. A held or hidden thread is "not found" for those
   * who may not see it, so its existence does not leak; a merged one is returned, pointing to
   * where its posts went.
   */
  async requireReadable(viewer: AuthUser, threadId: string, tx?: Tx): Promise<ReadableThread> {
    const thread = await this.threads.findById(threadId, tx);
    const standing = thread && (await this.access.standing(viewer, thread.networkId, tx));
    if (!thread || !standing?.canRead) throw new ThreadNotFoundError();
    if (thread.deletedAt) throw new ThreadDeletedError();
    const { moderator } = standing;
    if (thread.status !== PostStatus.PUBLISHED && !moderator && thread.authorId !== viewer.id) {
      throw new ThreadNotFoundError();
    }
    return { thread, moderator, standing };
  }
}

/** Trimmed, lower-cased, without duplicates; refused when too many or too long. */
function normaliseTags(tags: string[]): string[] {
  const normalised = [...new Set(tags.map((tag) => tag.trim().toLowerCase()))];
  if (
    normalised.length > MAX_TAGS ||
    normalised.some((tag) => tag.length === 0 || tag.length > MAX_TAG_LENGTH)
  ) {
    throw new TagsInvalidError();
  }
  return normalised;
}
