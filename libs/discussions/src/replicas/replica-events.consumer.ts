import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type {
  EventEnvelope,
  MemberJoinedV1,
  MemberLeftV1,
  MemberRoleChangedV1,
  NetworkSnapshot,
  UserStatusChangedV1,
} from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import { DiscussionsRealtime } from '../realtime/discussions-realtime';
import { ReplicaRepository } from './replica.repository';

export const REPLICAS_QUEUE = 'discussions.replicas';

/**
 * Keeps the replicas of networks, memberships and account states current from the networks
 * and identity events, and acts on live sockets at once: a member who leaves or is removed
 * leaves the network's rooms; a suspended account is disconnected everywhere.
 */
@Injectable()
export class ReplicaEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReplicaEventsConsumer.name);

  constructor(
    private readonly consumer: EventConsumer,
    private readonly replicas: ReplicaRepository,
    private readonly realtime: DiscussionsRealtime,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.consume(REPLICAS_QUEUE, (event, tx) => this.handle(event, tx));
  }

  /** Acts on live sockets only after the replica change committed, so a rejoin sees it. */
  async handle(event: EventEnvelope, tx: Tx): Promise<void | (() => void)> {
    const at = new Date(event.occurredAt);
    switch (event.type) {
      case 'networks.network.created':
      case 'networks.network.updated':
      case 'networks.network.archived':
      case 'networks.network.restored':
        await this.replicas.upsertNetwork(event.payload as unknown as NetworkSnapshot, at, tx);
        return;
      case 'networks.member.joined': {
        const { networkId, userId, role } = event.payload as MemberJoinedV1['payload'];
        await this.replicas.upsertMember({ networkId, userId, role }, at, tx);
        return;
      }
      case 'networks.member.role-changed': {
        const { networkId, userId, role } = event.payload as MemberRoleChangedV1['payload'];
        await this.replicas.upsertMember({ networkId, userId, role }, at, tx);
        return;
      }
      case 'networks.member.left': {
        const { networkId, userId } = event.payload as MemberLeftV1['payload'];
        await this.replicas.endMembership(networkId, userId, at, tx);
        return () => {
          this.realtime
            .evictFromNetwork(userId, networkId)
            .catch((error: Error) => this.logger.warn(`eviction failed: ${error.message}`));
        };
      }
      case 'identity.user.status-changed': {
        const { userId, status } = event.payload as UserStatusChangedV1['payload'];
        await this.replicas.setAccountStatus(userId, status, at, tx);
        return status === 'ACTIVE' ? undefined : () => this.realtime.disconnectUser(userId);
      }
      default:
        this.logger.warn(`ignored an event this consumer does not handle: ${event.type}`);
    }
  }
}
