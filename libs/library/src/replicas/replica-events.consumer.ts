import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { EventEnvelope } from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import { applyReplicaEvent } from '@mreza/shared/replicas';
import { LibraryReplicaRepository } from './library-replica.repository';

export const LIBRARY_REPLICAS_QUEUE = 'library.replicas';

/** Keeps the library's replicas current from the networks and identity events. */
@Injectable()
export class LibraryReplicaEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(LibraryReplicaEventsConsumer.name);

  constructor(
    private readonly consumer: EventConsumer,
    private readonly replicas: LibraryReplicaRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.consume(LIBRARY_REPLICAS_QUEUE, (event, tx) => this.handle(event, tx));
  }

  async handle(event: EventEnvelope, tx: Tx): Promise<void> {
    const change = await applyReplicaEvent(this.replicas, event, tx);
    if (change.kind === 'ignored') {
      this.logger.warn(`ignored an event this consumer does not handle: ${event.type}`);
    }
  }
}
