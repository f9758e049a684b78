import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { Page, Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import { requireSafeBody } from '@mreza/shared/text';
import { cursorFrom, ForbiddenError } from '@mreza/shared/graphql';
import { NotAMemberError } from '../membership/membership.errors';
import { NetworkAccess } from '../membership/network-access';
import type { NetworkEntity } from '../networks/network.entity';
import { NetworkVisibility } from '../networks/network.entity';
import { NetworkArchivedError } from '../networks/network.errors';
import { NetworkService } from '../networks/network.service';
import { AnnouncementMailService } from '../notification-mail/announcement-mail.service';
import {
  NotAnAnnouncementError,
  PostDeletedError,
  PostNotFoundError,
  TooManyPinnedError,
} from './feed.errors';
import { postCreatedEvent, postEvent, postUpdatedEvent, reactionEvent } from './feed.events';
import type { NetworkPostEntity } from './post.entity';
import { PostKind, PostReaction } from './post.entity';
import { PostRepository } from './post.repository';
import { ReactionRepository } from './reaction.repository';

/** At most this many announcements are pinned in a network; they all head the first page. */
export const MAX_PINNED = 5;

/** A post as one viewer sees it. */
export interface PostView {
  post: NetworkPostEntity;
  /** Every reaction of the fixed set, in its order, with its count (zero included). */
  reactions: { reaction: PostReaction; count: number }[];
  viewerReactions: PostReaction[];
}

const REACTIONS = Object.values(PostReaction);

/**
 * Network feeds: members post, coordinators (and staff, administrators) publish and pin
 * announcements. A closed network's posts are read only by its members, staff and admins.
 * Every change records its event in its transaction.
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly networkService: NetworkService,
    private readonly posts: PostRepository,
    private readonly reactions: ReactionRepository,
    private readonly access: NetworkAccess,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
    private readonly announcementMail: AnnouncementMailService,
  ) {}

  async createPost(viewer: AuthUser, networkId: string, body: string): Promise<PostView> {
    requireSafeBody(body);
    return this.transaction.run(async (tx) => {
      requireNotArchived(await this.networkService.require(networkId, tx));
      if ((await this.access.roleOf(viewer, networkId, tx)) === null) throw new NotAMemberError();
      const post = await this.posts.insert(
        { networkId, authorId: viewer.id, kind: PostKind.POST, body, pinned: false },
        tx,
      );
      await this.outbox.record(tx, postCreatedEvent(post, viewer.id));
      return this.viewOf(viewer, post);
    });
  }

  /** `emailMembers`: also e-mailed to the members who take announcements by e-mail. */
  async publishAnnouncement(
    viewer: AuthUser,
    networkId: string,
    body: string,
    { pinned, emailMembers }: { pinned: boolean; emailMembers: boolean },
  ): Promise<PostView> {
    requireSafeBody(body);
    return this.transaction.run(async (tx) => {
      // Locks the network: the pinned limit holds under concurrent announcements.
      const network = await this.networkService.requireWritable(networkId, tx);
      await this.access.requireManager(viewer, networkId, tx);
      if (pinned) await this.requireRoomToPin(networkId, tx);
      const post = await this.posts.insert(
        { networkId, authorId: viewer.id, kind: PostKind.ANNOUNCEMENT, body, pinned },
        tx,
      );
      await this.outbox.record(tx, postCreatedEvent(post, viewer.id));
      if (emailMembers) await this.announcementMail.requestFor(post, network, tx);
      return this.viewOf(viewer, post);
    });
  }

  /** Coordinators of the network, staff and administrators; announcements only. */
  pinPost(viewer: AuthUser, postId: string, pinned: boolean): Promise<PostView> {
    return this.transaction.run(async (tx) => {
      const found = await this.requirePost(postId, tx);
      await this.networkService.requireWritable(found.networkId, tx);
      await this.access.requireManager(viewer, found.networkId, tx);
      const post = await this.posts.findLiveForUpdate(postId, tx);
      if (!post) throw new PostNotFoundError();
      if (post.kind !== PostKind.ANNOUNCEMENT) throw new NotAnAnnouncementError();
      if (post.pinned === pinned) return this.viewOf(viewer, post);
      if (pinned) await this.requireRoomToPin(post.networkId, tx);
      await this.posts.setPinned(postId, pinned, tx);
      const changed = { ...post, pinned };
      const type = pinned ? 'networks.post.pinned' : 'networks.post.unpinned';
      await this.outbox.record(tx, postEvent(type, changed, viewer.id));
      return this.viewOf(viewer, changed);
    });
  }

  /** The author, or a coordinator of the network, staff or an administrator. Soft. */
  deletePost(viewer: AuthUser, postId: string): Promise<void> {
    return this.transaction.run(async (tx) => {
      const found = await this.requirePost(postId, tx);
      const network = await this.networkService.requireWritable(found.networkId, tx);
      await this.requireReadable(viewer, network, tx);
      if (found.authorId !== viewer.id) await this.access.requireManager(viewer, network.id, tx);
      const post = await this.posts.findLiveForUpdate(postId, tx);
      if (!post) throw new PostNotFoundError();
      await this.posts.softDelete(postId, tx);
      await this.outbox.record(tx, postEvent('networks.post.deleted', post, viewer.id));
    });
  }

  /**
   * The author rewrites their own post (coordinators do not rewrite others' words), with the
   * body rules of a new one, while they may still write there: a member for a post, a
   * coordinator (or staff) for an announcement, in a network that is not archived. A deleted
   * post stays as it was; an unchanged body changes nothing.
   */
  async editPost(viewer: AuthUser, postId: string, body: string): Promise<PostView> {
    requireSafeBody(body);
    return this.transaction.run(async (tx) => {
      const found = await this.posts.findById(postId, tx);
      if (!found) throw new PostNotFoundError();
      if (found.authorId !== viewer.id) {
        throw new ForbiddenError('Only the author of a post can edit it');
      }
      if (found.deletedAt) throw new PostDeletedError();
      // The network, then the post: the order in which every change of a post locks them.
      await this.networkService.requireWritable(found.networkId, tx);
      if (found.kind === PostKind.ANNOUNCEMENT) {
        await this.access.requireManager(viewer, found.networkId, tx);
      } else if ((await this.access.roleOf(viewer, found.networkId, tx)) === null) {
        throw new NotAMemberError();
      }
      const post = await this.posts.findLiveForUpdate(postId, tx);
      if (!post) throw new PostDeletedError();
      if (post.body === body) return this.viewOf(viewer, post);
      const edited = await this.posts.updateBody(postId, body, tx);
      await this.outbox.record(tx, postUpdatedEvent(edited, viewer.id));
      return this.viewOf(viewer, edited);
    });
  }

  /** Members react; reacting twice with the same reaction changes nothing. */
  react(viewer: AuthUser, postId: string, reaction: PostReaction): Promise<PostView> {
    return this.changeReaction(viewer, postId, reaction, true);
  }

  unreact(viewer: AuthUser, postId: string, reaction: PostReaction): Promise<PostView> {
    return this.changeReaction(viewer, postId, reaction, false);
  }

  /** Pinned announcements head the first page; then every other post, newest first. */
  async networkFeed(
    viewer: AuthUser,
    networkId: string,
    first: number,
    after?: string,
  ): Promise<Page<PostView>> {
    const cursor = cursorFrom(after, 'timestamp');
    const network = await this.networkService.require(networkId);
    await this.requireReadable(viewer, network);
    const [pinned, page] = await Promise.all([
      cursor ? Promise.resolve([]) : this.posts.findPinned(networkId, MAX_PINNED),
      this.posts.findNetworkPage(networkId, cursor, first),
    ]);
    return { ...page, items: await this.viewsOf(viewer, [...pinned, ...page.items]) };
  }

  /** The newest posts across the viewer's networks. */
  async homeFeed(viewer: AuthUser, first: number, after?: string): Promise<Page<PostView>> {
    const page = await this.posts.findHomePage(viewer.id, cursorFrom(after, 'timestamp'), first);
    return { ...page, items: await this.viewsOf(viewer, page.items) };
  }

  private changeReaction(
    viewer: AuthUser,
    postId: string,
    reaction: PostReaction,
    add: boolean,
  ): Promise<PostView> {
    return this.transaction
      .run(async (tx) => {
        const post = await this.requirePost(postId, tx);
        requireNotArchived(await this.networkService.require(post.networkId, tx));
        if ((await this.access.roleOf(viewer, post.networkId, tx)) === null) {
          throw new NotAMemberError();
        }
        const changed = add
          ? await this.reactions.add(postId, viewer.id, reaction, tx)
          : await this.reactions.remove(postId, viewer.id, reaction, tx);
        if (changed) {
          const type = add ? 'networks.post.reaction-added' : 'networks.post.reaction-removed';
          await this.outbox.record(tx, reactionEvent(type, post, viewer.id, reaction));
        }
        return post;
      })
      .then((post) => this.viewOf(viewer, post));
  }

  private async requirePost(postId: string, tx: Tx): Promise<NetworkPostEntity> {
    const post = await this.posts.findLive(postId, tx);
    if (!post) throw new PostNotFoundError();
    return post;
  }

  private async requireReadable(viewer: AuthUser, network: NetworkEntity, tx?: Tx): Promise<void> {
    if (network.visibility === NetworkVisibility.OPEN || isStaff(viewer)) return;
    if ((await this.access.roleOf(viewer, network.id, tx)) === null) {
      throw new ForbiddenError("Only members can read a closed network's feed");
    }
  }

  private async requireRoomToPin(networkId: string, tx: Tx): Promise<void> {
    if ((await this.posts.countPinned(networkId, tx)) >= MAX_PINNED) {
      throw new TooManyPinnedError(MAX_PINNED);
    }
  }

  private async viewOf(viewer: AuthUser, post: NetworkPostEntity): Promise<PostView> {
    return (await this.viewsOf(viewer, [post]))[0];
  }

  /** Reaction counts and the viewer's reactions for a whole page: two queries, not 2 × N. */
  private async viewsOf(viewer: AuthUser, posts: NetworkPostEntity[]): Promise<PostView[]> {
    const ids = posts.map((post) => post.id);
    const [counts, mine] = await Promise.all([
      this.reactions.countsFor(ids),
      this.reactions.ofUser(viewer.id, ids),
    ]);
    return posts.map((post) => ({
      post,
      reactions: REACTIONS.map((reaction) => ({
        reaction,
        count: counts.get(post.id)?.get(reaction) ?? 0,
      })),
      viewerReactions: REACTIONS.filter((reaction) => mine.get(post.id)?.includes(reaction)),
    }));
  }
}

function requireNotArchived(network: NetworkEntity): void {
  if (network.archivedAt) throw new NetworkArchivedError();
}
