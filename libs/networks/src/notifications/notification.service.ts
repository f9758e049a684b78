import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { Page, Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import type { MembershipDecidedV1, MembershipRequestedV1 } from '@mreza/shared/events';
import { cursorFrom } from '@mreza/shared/graphql';
import type { PostCreatedV1 } from '@mreza/shared/events';
import { PostReadRepository } from '../feeds/post-read.repository';
import { readerScopeOf } from '../feeds/post-read.service';
import { NetworkRole } from '../membership/network-member.entity';
import { MAX_MARK_IDS, TooManyNotificationIdsError } from './notification.errors';
import type { NotificationEntity } from './notification.entity';
import { NotificationKind } from './notification.entity';
import type { NotificationScope } from './notification.repository';
import { NotificationRepository } from './notification.repository';

/**
 * In-app notifications: written from this service's own events (announcements, join requests
 * and decisions), read and marked read by the person notified, and no one else.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly reads: PostReadRepository,
    private readonly transaction: TransactionRunner,
  ) {}

  /** An announcement notifies every member of the network but its author; posts notify no one. */
  async onPostCreated(post: PostCreatedV1['payload'], tx: Tx): Promise<number> {
    if (post.kind !== 'ANNOUNCEMENT') return 0;
    return this.notifications.insertForMembers(
      {
        kind: NotificationKind.ANNOUNCEMENT,
        networkId: post.networkId,
        subjectId: post.postId,
        actorId: post.authorId,
        excerpt: post.excerpt,
      },
      { except: post.authorId },
      tx,
    );
  }

  /** A join request notifies the network's coordinators. */
  async onMembershipRequested(request: MembershipRequestedV1['payload'], tx: Tx): Promise<number> {
    return this.notifications.insertForMembers(
      {
        kind: NotificationKind.JOIN_REQUESTED,
        networkId: request.networkId,
        subjectId: request.requestId,
        actorId: request.userId,
      },
      { roles: [NetworkRole.COORDINATOR] },
      tx,
    );
  }

  /** A decision notifies the requester, with the coordinator's reason. */
  async onMembershipDecided(decision: MembershipDecidedV1['payload'], tx: Tx): Promise<number> {
    return this.notifications.insertFor(
      decision.userId,
      {
        kind: decision.approved ? NotificationKind.JOIN_APPROVED : NotificationKind.JOIN_REJECTED,
        networkId: decision.networkId,
        subjectId: decision.requestId,
        actorId: decision.decidedBy,
        reason: decision.reason,
      },
      tx,
    );
  }

  /** The viewer's notifications, newest first. */
  list(
    viewer: AuthUser,
    first: number,
    after: string | undefined,
    unreadOnly: boolean,
  ): Promise<Page<NotificationEntity>> {
    return this.notifications.findPage(
      scopeOf(viewer),
      unreadOnly,
      cursorFrom(after, 'timestamp'),
      first,
    );
  }

  unreadCount(viewer: AuthUser): Promise<number> {
    return this.notifications.countUnread(scopeOf(viewer));
  }

  /**
   * Marks the viewer's own notifications read (the given ones, or all); returns how many. An
   * announcement's notification marked read counts as reading the announcement, in the same
   * transaction (the notification list only holds announcements the viewer may read).
   */
  markRead(viewer: AuthUser, ids: string[] | null | undefined): Promise<number> {
    if (ids && ids.length > MAX_MARK_IDS) throw new TooManyNotificationIdsError();
    if (ids && ids.length === 0) return Promise.resolve(0);
    return this.transaction.run(async (tx) => {
      const marked = await this.notifications.markRead(scopeOf(viewer), ids ?? null, tx);
      const announcements = marked
        .filter((notification) => notification.kind === NotificationKind.ANNOUNCEMENT)
        .map((notification) => notification.subjectId);
      if (announcements.length > 0) {
        await this.reads.record(readerScopeOf(viewer), announcements, tx);
      }
      return marked.length;
    });
  }
}

const scopeOf = (viewer: AuthUser): NotificationScope => ({
  userId: viewer.id,
  readsEveryNetwork: isStaff(viewer),
});
