import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { DomainEvent } from './domain-event';
import { OutboxEventEntity } from './outbox-event.entity';

/** Records events inside the caller's transaction, so a change and its event commit together. */
export async function recordEvents(manager: EntityManager, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.insert(
    OutboxEventEntity,
    events.map(
      ({ type, version, payload }) =>
        ({ type, version, payload }) as QueryDeepPartialEntity<OutboxEventEntity>,
    ),
  );
}

/** The outbox table, for each service's first migration. */
export async function createOutboxTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE "${schema}"."outbox" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "type" text NOT NULL,
      "version" int NOT NULL,
      "payload" jsonb NOT NULL,
      "occurred_at" timestamptz(3) NOT NULL DEFAULT now(),
      "published_at" timestamptz(3)
    )`);
  await runner.query(
    `CREATE INDEX "outbox_unpublished_idx" ON "${schema}"."outbox" ("occurred_at") WHERE published_at IS NULL`,
  );
}

export async function dropOutboxTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE "${schema}"."outbox"`);
}

/** The first migration of a service schema that so far only publishes events. */
export function outboxMigration(schema: string, timestamp: number): new () => MigrationInterface {
  const name = `${schema[0].toUpperCase()}${schema.slice(1)}Outbox${timestamp}`;
  return class implements MigrationInterface {
    readonly name = name;

    async up(runner: QueryRunner): Promise<void> {
      await createOutboxTable(runner, schema);
    }

    async down(runner: QueryRunner): Promise<void> {
      await dropOutboxTable(runner, schema);
    }
  };
}

/** Event ids a consumer has handled, for each service that consumes others' events. */
export async function createInboxTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE "${schema}"."processed_events" (
      "event_id" uuid NOT NULL,
      "queue" text NOT NULL,
      "processed_at" timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY ("event_id", "queue")
    )`);
}

/** The migration that adds `processed_events` to a service that starts consuming events. */
export function inboxMigration(schema: string, timestamp: number): new () => MigrationInterface {
  const name = `${schema[0].toUpperCase()}${schema.slice(1)}Inbox${timestamp}`;
  return class implements MigrationInterface {
    readonly name = name;

    async up(runner: QueryRunner): Promise<void> {
      await createInboxTable(runner, schema);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE "${schema}"."processed_events"`);
    }
  };
}
