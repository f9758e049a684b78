import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type {
  EventEnvelope,
  MembershipDecidedV1,
  MembershipRequestedV1,
  MemberWarnedV1,
  ThreadPostPublishedV1,
} from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import type { PostCreatedV1 } from '@mreza/shared/events';
import { DiscussionNotificationService } from './discussion-notification.service';
import { NotificationService } from './notification.service';

export const NOTIFICATIONS_QUEUE = 'networks.notifications';

/**
 * Turns this service's own events and the discussions service's into in-app notifications, in the transaction the consumer
 * hands over (which also records the event as handled).
 */
@Injectable()
export class NotificationsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsConsumer.name);

  constructor(
    private readonly consumer: EventConsumer,
    private readonly notifications: NotificationService,
    private readonly discussions: DiscussionNotificationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.consume(NOTIFICATIONS_QUEUE, (event, tx) => this.handle(event, tx));
  }

  async handle(event: EventEnvelope, tx: Tx): Promise<void> {
    switch (event.type) {
      case 'networks.post.created': {
        // PostSnapshot is an interface (no index signature), hence the detour through unknown.
        const post = event.payload as unknown as PostCreatedV1['payload'];
        await this.notifications.onPostCreated(post, tx);
        return;
      }
      case 'networks.membership.requested': {
        const request = event.payload as MembershipRequestedV1['payload'];
        await this.notifications.onMembershipRequested(request, tx);
        return;
      }
      case 'networks.membership.decided': {
        const decision = event.payload as MembershipDecidedV1['payload'];
        await this.notifications.onMembershipDecided(decision, tx);
        return;
      }
      case 'discussions.post.published': {
        // ThreadPostSnapshot is an interface (no index signature), hence the detour through unknown.
        const post = event.payload as unknown as ThreadPostPublishedV1['payload'];
        await this.discussions.onPostPublished(post, tx);
        return;
      }
      case 'discussions.member.warned': {
        const warning = event.payload as MemberWarnedV1['payload'];
        await this.discussions.onMemberWarned(warning, tx);
        return;
      }
      default:
        this.logger.warn(`ignored an event this consumer does not handle: ${event.type}`);
    }
  }
}
