import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { EventEnvelope } from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import { applyReplicaEvent } from '@mreza/shared/replicas';
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
    const change = await applyReplicaEvent(this.replicas, event, tx);
    switch (change.kind) {
      case 'member-left':
        return () => {
          this.realtime
            .evictFromNetwork(change.userId, change.networkId)
            .catch((error: Error) => this.logger.warn(`eviction failed: ${error.message}`));
        };
      case 'account-status':
        return change.status === 'ACTIVE'
          ? undefined
          : () => this.realtime.disconnectUser(change.userId);
      case 'ignored':
        this.logger.warn(`ignored an event this consumer does not handle: ${event.type}`);
        return;
      case 'network':
      case 'member-joined':
      case 'member-role-changed':
        return;
    }
  }
}
