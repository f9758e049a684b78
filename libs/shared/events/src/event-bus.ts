import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { advisoryLockKey } from '@mreza/shared/database';
import { EVENT_SUBSCRIPTIONS } from './event-subscriptions';

export interface EventBusOptions {
  databaseUrl: string;
  /** The service's name, for connection names in PostgreSQL. */
  service: string;
}

export const EVENT_BUS_OPTIONS = Symbol('EVENT_BUS_OPTIONS');

const RETRY = { retryLimit: 25, retryDelay: 1, retryBackoff: true };
const SETUP_LOCK = advisoryLockKey('mreza:event-bus-setup');

/**
 * The durable queues between services (pg-boss, in the `pgboss` schema of the same database).
 * Every queue of the catalogue exists before any service publishes, so no event is dropped for
 * want of a subscriber; failed deliveries retry with backoff, then land in `<queue>.dead`.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(EventBus.name);
  readonly boss: PgBoss;

  constructor(private readonly options: EventBusOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: 'pgboss',
      application_name: `mreza-${options.service}-events`,
      max: 4,
      supervise: true,
      schedule: false,
    });
    this.boss.on('error', (error) => this.logger.error(`event bus: ${error.message}`));
  }

  /**
   * Every service starts the bus at once on a fresh database; pg-boss installing its schema and
   * creating the same queues from several processes can deadlock, so set-up is serialised.
   */
  async onModuleInit(): Promise<void> {
    const lock = new Client({ connectionString: this.options.databaseUrl });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
      await this.boss.start();
      for (const queue of Object.keys(EVENT_SUBSCRIPTIONS)) {
        await this.ensureQueue(`${queue}.dead`, {});
        await this.ensureQueue(queue, { ...RETRY, deadLetter: `${queue}.dead` });
      }
    } finally {
      await lock.end();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5_000 });
  }

  private async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
    if (!(await this.boss.getQueue(name))) {
      await this.boss.createQueue(name, { name, ...options }).catch(async (error: unknown) => {
        // Another service created it at the same moment.
        if (!(await this.boss.getQueue(name))) throw error;
      });
    }
  }
}
