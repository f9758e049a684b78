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
 * A handler in two steps, for slow work (reading a file, extracting its text) that must not
 * hold a transaction and its pooled connection: `prepare` runs outside any transaction, then
 * `record` writes its result in the transaction that marks the event handled.
 *
 * `prepare` is skipped for an event already handled, but it runs again when the transaction
 * failed or two deliveries of one event overlap; work that must happen once needs its own claim
 * (see the library's extraction), and `record` must re-check under a lock.
 */
export interface PreparedEventHandler<P> {
  prepare(event: EventEnvelope): Promise<P>;
  record(event: EventEnvelope, prepared: P, tx: Tx): Promise<void | (() => void)>;
}

export interface ConsumeOptions {
  /** Jobs fetched at once and handled one after another (100 by default). */
  batchSize?: number;
}

/**
 * Runs a handler for each event of a queue, in the transaction that also records the event id
 * in the service's `processed_events` (one transaction per fetch, a savepoint per event): a
 * redelivered event is skipped, so handlers act once. An event whose handler throws is retried
 * with backoff by the queue; the others of its fetch are not.
 */
@Injectable()
export class EventConsumer {
  constructor(
    private readonly bus: EventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENTS_SCHEMA) private readonly schema: string,
  ) {}

  async consume(queue: string, handle: EventHandler, options: ConsumeOptions = {}): Promise<void> {
    await this.work(queue, options, (events) => this.handleBatch(queue, events, handle));
  }

  /** Like `consume`, with the slow part of each event outside any transaction. */
  async consumePrepared<P>(
    queue: string,
    handler: PreparedEventHandler<P>,
    options: ConsumeOptions = {},
  ): Promise<void> {
    await this.work(queue, options, async (events) => {
      const failures = new Map<number, unknown>();
      for (const [index, event] of events.entries()) {
        await this.handlePreparedOnce(queue, event, handler).catch((error: unknown) =>
          failures.set(index, error),
        );
      }
      return failures;
    });
  }

  /** Handles one event unless it was handled before; exposed for tests of redelivery. */
  async handleOnce(queue: string, event: EventEnvelope, handle: EventHandler): Promise<void> {
    const [failure] = (await this.handleBatch(queue, [event], handle)).values();
    if (failure !== undefined) throw failure;
  }

  /**
   * Handles a fetch of events in one transaction, each event inside a savepoint: one commit for
   * the lot (a commit per event cost the search index two thirds of its throughput), while an
   * event whose handler throws is rolled back alone and reported by its index for a retry.
   * Functions the handlers return run once the transaction committed.
   */
  async handleBatch(
    queue: string,
    events: EventEnvelope[],
    handle: EventHandler,
  ): Promise<Map<number, unknown>> {
    const failures = new Map<number, unknown>();
    const afterCommit: (() => void)[] = [];
    await this.dataSource.transaction(async (manager) => {
      for (const [index, event] of events.entries()) {
        await manager.query('SAVEPOINT event');
        try {
          if (await this.markHandled(manager, queue, event)) {
            const after = await handle(event, manager as unknown as Tx);
            if (after) afterCommit.push(after);
          }
          await manager.query('RELEASE SAVEPOINT event');
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT event');
          failures.set(index, error);
        }
      }
    });
    for (const after of afterCommit) after();
    return failures;
  }

  /**
   * Prepares then records one event unless it was handled before; exposed for tests of
   * redelivery. The check before `prepare` spares the slow work; the one in the transaction
   * is what makes `record` run once.
   */
  async handlePreparedOnce<P>(
    queue: string,
    event: EventEnvelope,
    handler: PreparedEventHandler<P>,
  ): Promise<void> {
    const handled: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM "${this.schema}".processed_events WHERE event_id = $1 AND queue = $2`,
      [event.id, queue],
    );
    if (handled.length > 0) return;
    const prepared = await handler.prepare(event);
    const afterCommit = await this.dataSource.transaction(async (manager) =>
      (await this.markHandled(manager, queue, event))
        ? handler.record(event, prepared, manager as unknown as Tx)
        : undefined,
    );
    afterCommit?.();
  }

  /**
   * Fails only the jobs whose events failed (the queue retries them); the rest complete. After
   * a full fetch it fetches again at once: pg-boss would otherwise wait out its polling interval
   * after every fetch, capping a backlog at one fetch per half second.
   */
  private async work(
    queue: string,
    { batchSize = 100 }: ConsumeOptions,
    handle: (events: EventEnvelope[]) => Promise<Map<number, unknown>>,
  ): Promise<void> {
    const boss = this.bus.boss;
    const worker: { id?: string } = {};
    worker.id = await boss.work<EventEnvelope>(
      queue,
      { batchSize, pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        const failures = await handle(jobs.map((job) => job.data));
        for (const [index, error] of failures) {
          await boss.fail(queue, jobs[index].id, failureOf(error));
        }
        if (jobs.length === batchSize && worker.id) boss.notifyWorker(worker.id);
      },
    );
  }

  private async markHandled(
    manager: { query: DataSource['query'] },
    queue: string,
    event: EventEnvelope,
  ): Promise<boolean> {
    const fresh: unknown[] = await manager.query(
      `INSERT INTO "${this.schema}".processed_events (event_id, queue) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [event.id, queue],
    );
    return fresh.length > 0;
  }
}

/** What the queue records of a failed job (pg-boss stores it with the job, for operators). */
function failureOf(error: unknown): object {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { message: String(error) };
}
