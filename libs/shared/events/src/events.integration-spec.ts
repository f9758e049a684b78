import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { DatabaseModule, TransactionRunner } from '@mreza/shared/database';
import type { EventEnvelope } from './event-envelope';
import { EventConsumer } from './event-consumer';
import { EventOutbox } from './event-outbox';
import { EventsModule } from './events.module';
import { inboxMigration, outboxMigration } from './outbox';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRelay } from './outbox-relay';

const QUEUE = 'networks.identity-events';
const SCHEMA = 'eventspec';

async function boot(): Promise<INestApplicationContext> {
  const url = process.env.DATABASE_URL!;
  const module = await Test.createTestingModule({
    imports: [
      DatabaseModule.forService(() => ({
        schema: SCHEMA,
        url,
        entities: [OutboxEventEntity],
        migrations: [outboxMigration(SCHEMA, 1764000000001), inboxMigration(SCHEMA, 1764000000002)],
      })),
      EventsModule.forService({ schema: SCHEMA, databaseUrl: url }),
    ],
  }).compile();
  return module.init();
}

const profileChanged = (n: number) => ({
  type: 'identity.user.profile-changed',
  version: 1,
  payload: {
    userId: `user-${n}`,
    displayName: `Član ${n}`,
    organisationId: null,
    position: null,
    expertise: [],
  },
});

async function until(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('events between services', () => {
  let app: INestApplicationContext;
  let query: DataSource['query'];

  beforeAll(async () => {
    app = await boot();
    const dataSource = app.get(DataSource);
    query = dataSource.query.bind(dataSource);
    await query(`CREATE TABLE ${SCHEMA}.handled (event_id uuid, user_id text)`);
  });

  afterAll(() => app.close());

  const record = (count: number, from = 0) =>
    app.get(TransactionRunner).run(async (tx) => {
      for (let n = from; n < from + count; n++)
        await app.get(EventOutbox).record(tx, profileChanged(n));
    });
  const handler = async (event: EventEnvelope, tx: Tx) => {
    await (tx as unknown as DataSource['manager']).query(
      `INSERT INTO ${SCHEMA}.handled VALUES ($1, $2)`,
      [event.id, (event.payload as { userId: string }).userId],
    );
  };
  const count = async (sql: string) => Number((await query(sql))[0].count);

  it('delivers every event once to a consumer that was down while they were written', async () => {
    for (let batch = 0; batch < 5; batch++) await record(100, batch * 100);
    await until(
      async () =>
        (await count(`SELECT count(*) FROM ${SCHEMA}.outbox WHERE published_at IS NULL`)) === 0,
    );

    await app.get(EventConsumer).consume(QUEUE, handler);
    await until(async () => (await count(`SELECT count(*) FROM ${SCHEMA}.handled`)) === 500);

    expect(await count(`SELECT count(DISTINCT user_id) FROM ${SCHEMA}.handled`)).toBe(500);
    expect(
      await count(`SELECT count(*) FROM ${SCHEMA}.processed_events WHERE queue = '${QUEUE}'`),
    ).toBe(500);
  });

  it('does not act twice on a redelivered event', async () => {
    const [{ id }] = await query(`SELECT event_id AS id FROM ${SCHEMA}.handled LIMIT 1`);
    const seen = jest.fn();
    await app.get(EventConsumer).handleOnce(
      QUEUE,
      {
        id,
        type: 'identity.user.profile-changed',
        version: 1,
        payload: {},
        occurredAt: '',
        source: SCHEMA,
      },
      seen,
    );
    expect(seen).not.toHaveBeenCalled();
  });

  it('rolls back only the event whose handler failed, and commits the rest of its fetch', async () => {
    const events = [1, 2, 3].map((n): EventEnvelope => ({
      id: randomUUID(),
      ...profileChanged(1000 + n),
      occurredAt: new Date().toISOString(),
      source: SCHEMA,
    }));
    const failing = async (event: EventEnvelope, tx: Tx) => {
      await handler(event, tx);
      if (event === events[1]) throw new Error('not now');
    };

    const failures = await app.get(EventConsumer).handleBatch(QUEUE, events, failing);

    expect([...failures.keys()]).toEqual([1]);
    const handled = await query(
      `SELECT h.user_id FROM ${SCHEMA}.handled h
       JOIN ${SCHEMA}.processed_events p ON p.event_id = h.event_id
       WHERE h.event_id = ANY($1::uuid[]) ORDER BY h.user_id`,
      [events.map((event) => event.id)],
    );
    expect(handled).toEqual([{ user_id: 'user-1001' }, { user_id: 'user-1003' }]);
    expect(
      await count(
        `SELECT count(*) FROM ${SCHEMA}.processed_events WHERE event_id = '${events[1].id}'`,
      ),
    ).toBe(0);
  });

  it('keeps an event that was not relayed when its transaction rolled back out of the queues', async () => {
    await expect(
      app.get(TransactionRunner).run(async (tx) => {
        await app.get(EventOutbox).record(tx, profileChanged(9999));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await app.get(OutboxRelay).relay();
    expect(
      await count(`SELECT count(*) FROM ${SCHEMA}.outbox WHERE payload->>'userId' = 'user-9999'`),
    ).toBe(0);
  });
});
