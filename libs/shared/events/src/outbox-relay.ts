import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EventEnvelope } from './event-envelope';
import { EventBus } from './event-bus';
import { queuesFor } from './event-subscriptions';
import { transactionDb } from './pg-boss-db';

export const EVENTS_SCHEMA = Symbol('EVENTS_SCHEMA');

const INTERVAL_MS = 250;
const BATCH = 100;

interface OutboxRow {
  id: string;
  type: string;
  version: number;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/**
 * Moves the service's outbox into the consumers' queues: the queue jobs and the `published_at`
 * mark commit in one transaction, so an event is delivered once or not yet, never lost. Rows are
 * claimed with SKIP LOCKED, so several instances relay side by side.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    @Inject(EVENTS_SCHEMA) private readonly schema: string,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.relay(), INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Relays what is pending now; returns how many events it moved. */
  relay(): Promise<number> {
    this.running ??= this.relayBatch()
      .catch((error: unknown) => {
        this.logger.error(`relaying events failed, will retry: ${(error as Error).message}`);
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async relayBatch(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const rows: OutboxRow[] = await runner.query(
        `SELECT id, type, version, payload, occurred_at FROM "${this.schema}".outbox
         WHERE published_at IS NULL ORDER BY occurred_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      const db = transactionDb(runner);
      for (const row of rows) {
        const envelope: EventEnvelope = {
          id: row.id,
          type: row.type,
          version: row.version,
          payload: row.payload,
          occurredAt: row.occurred_at.toISOString(),
          source: this.schema,
        };
        for (const queue of queuesFor(row.type)) await this.bus.boss.send(queue, envelope, { db });
      }
      if (rows.length > 0) {
        await runner.query(
          `UPDATE "${this.schema}".outbox SET published_at = now() WHERE id = ANY($1)`,
          [rows.map((row) => row.id)],
        );
      }
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}
