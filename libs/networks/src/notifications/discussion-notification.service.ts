import { Injectable } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { MemberWarnedV1, ThreadPostPublishedV1 } from '@mreza/shared/events';
import { NotificationKind } from './notification.entity';
import { NotificationRepository } from './notification.repository';

/**
 * In-app notifications from the discussions service's events: mentions, replies to one's
 * thread, a coordinator's warning. Only members of the network at the time are notified (the
 * discussions service's view of membership is a replica and may lag); like an announcement's,
 * such a notification of a closed network disappears when its reader leaves the network.
 */
@Injectable()
export class DiscussionNotificationService {
  constructor(private readonly notifications: NotificationRepository) {}

  /**
   * A published post notifies each member it mentions (but its author), and the thread's author
   * of a reply by someone else. The opening post is no reply; a thread author who is also
   * mentioned gets only the mention. A post published again (approved after being held) notifies
   * no one twice. Returns how many were notified.
   */
  async onPostPublished(post: ThreadPostPublishedV1['payload'], tx: Tx): Promise<number> {
    const mentioned = [...new Set(post.mentionedUserIds)].filter((id) => id !== post.authorId);
    const about = {
      networkId: post.networkId,
      subjectId: post.postId,
      actorId: post.authorId,
      excerpt: post.excerpt,
      threadId: post.threadId,
      threadTitle: post.threadTitle,
    };
    let notified = 0;
    if (mentioned.length > 0) {
      notified += await this.notifications.insertForMembers(
        { ...about, kind: NotificationKind.MENTION },
        { among: mentioned },
        tx,
      );
    }
    const repliedTo = post.threadAuthorId;
    if (!post.opening && repliedTo !== post.authorId && !mentioned.includes(repliedTo)) {
      notified += await this.notifications.insertForMembers(
        { ...about, kind: NotificationKind.THREAD_REPLY },
        { among: [repliedTo] },
        tx,
      );
    }
    return notified;
  }

  /** A warning notifies the warned member, with the coordinator's reason. */
  onMemberWarned(warning: MemberWarnedV1['payload'], tx: Tx): Promise<number> {
    return this.notifications.insertForMembers(
      {
        kind: NotificationKind.MODERATION_WARNING,
        networkId: warning.networkId,
        subjectId: warning.postId,
        actorId: warning.actorId,
        reason: warning.reason,
      },
      { among: [warning.userId] },
      tx,
    );
  }
}
