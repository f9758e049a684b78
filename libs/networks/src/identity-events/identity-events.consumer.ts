import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { EventEnvelope, UserProfileChangedV1, UserSucceededV1 } from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import { MembershipService } from '../membership/membership.service';
import { MemberProfileRepository } from '../profiles/member-profile.repository';

export const IDENTITY_EVENTS_QUEUE = 'networks.identity-events';

/**
 * What networks learns from identity: profiles for the member directory, and successors who
 * take over a member's place in every network.
 */
@Injectable()
export class IdentityEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityEventsConsumer.name);

  constructor(
    private readonly consumer: EventConsumer,
    private readonly profiles: MemberProfileRepository,
    private readonly membership: MembershipService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.consume(IDENTITY_EVENTS_QUEUE, (event, tx) => this.handle(event, tx));
  }

  async handle(event: EventEnvelope, tx: Tx): Promise<void> {
    switch (event.type) {
      case 'identity.user.profile-changed': {
        const { userId, displayName, organisationId, position } =
          event.payload as UserProfileChangedV1['payload'];
        await this.profiles.upsertProfile({ userId, displayName, organisationId, position }, tx);
        return;
      }
      case 'identity.user.succeeded': {
        const { predecessorId, successorId } = event.payload as UserSucceededV1['payload'];
        const moved = await this.membership.handOverMemberships(predecessorId, successorId, tx);
        this.logger.log(`${moved} memberships handed over from ${predecessorId} to ${successorId}`);
        return;
      }
      default:
        this.logger.warn(`ignored an event this consumer does not handle: ${event.type}`);
    }
  }
}
