import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import type { EventEnvelope } from './event-envelope';
import { EventBus } from './event-bus';
import { EVENTS_SCHEMA } from './outbox-relay';

/**
 * Handles one event in the transaction that records it as handled. It may return a function to
 * run once that transaction committed: effects outside the database (closing live sockets)
 * that must not happen before the change they follow is visible.
 */
export type EventHandler = (event: EventEnvelope, tx: Tx) => Promise<void | (() => void)>;

/**
 * Runs a handler for each event of a queue, in a transaction that also records the event id in
 * the service's `processed_events`: a redelivered event is skipped, so handlers act once. A
 * handler that throws is retried with backoff by the queue.
 */
@Injectable()
export class EventConsumer {
  constructor(
    private readonly bus: EventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENTS_SCHEMA) private readonly schema: string,
  ) {}

  async consume(queue: string, handle: EventHandler): Promise<void> {
    await this.bus.boss.work<EventEnvelope>(
      queue,
      { batchSize: 100, pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        for (const job of jobs) await this.handleOnce(queue, job.data, handle);
      },
    );
  }

  /** Handles one event unless it was handled before; exposed for tests of redelivery. */
  async handleOnce(queue: string, event: EventEnvelope, handle: EventHandler): Promise<void> {
    const afterCommit = await this.dataSource.transaction(async (manager) => {
      const fresh: unknown[] = await manager.query(
        `INSERT INTO "${this.schema}".processed_events (event_id, queue) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [event.id, queue],
      );
      return fresh.length > 0 ? handle(event, manager as unknown as Tx) : undefined;
    });
    afterCommit?.();
  }
}
