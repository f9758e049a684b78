import { Injectable } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import { EventOutbox } from '@mreza/shared/events';
import type { NetworkPostEntity } from '../feeds/post.entity';
import type { NetworkEntity } from '../networks/network.entity';
import { mailRequestedEvents, networkNamesOf } from './mail-request.events';
import { NotificationPreferencesRepository } from './notification-preferences.repository';

/**
 * E-mails an announcement to the members of its network: identity, which knows their addresses,
 * sends it on a request recorded in the announcement's own transaction.
 */
@Injectable()
export class AnnouncementMailService {
  constructor(
    private readonly preferences: NotificationPreferencesRepository,
    private readonly outbox: EventOutbox,
  ) {}

  /**
   * Every member but the author who keeps announcement e-mails on; returns how many. Called by
   * the feed inside the transaction that publishes the announcement.
   */
  async requestFor(post: NetworkPostEntity, network: NetworkEntity, tx: Tx): Promise<number> {
    const recipients = await this.preferences.findAnnouncementRecipients(
      network.id,
      post.authorId,
      tx,
    );
    if (recipients.length === 0) return 0;
    const events = mailRequestedEvents(
      {
        template: 'networks.announcement',
        params: {
          networkId: network.id,
          networkSlug: network.slug,
          networkName: networkNamesOf(network),
          postId: post.id,
          authorId: post.authorId,
          body: post.body,
        },
      },
      recipients,
    );
    await this.outbox.record(tx, ...events);
    return recipients.length;
  }
}
