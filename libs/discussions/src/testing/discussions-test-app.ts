import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TestApp, TestUser } from '@mreza/shared/testing';
import { GraphQLClient, startTestApp, useTestEnvironment } from '@mreza/shared/testing';
import { loadDiscussionsConfig } from '../discussions.config';
import { DiscussionsModule } from '../discussions.module';
import type { NetworkReplica } from '../replicas/replica.repository';
import { ReplicaRepository } from '../replicas/replica.repository';

export interface DiscussionsTestApp extends TestApp {
  client: GraphQLClient;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Events recorded in the outbox, oldest first. */
  events(type?: string): Promise<{ type: string; payload: Record<string, unknown> }[]>;
}

/** The discussions service in-process against the run's test database. */
export async function startDiscussions(
  env: Record<string, string | undefined> = {},
): Promise<DiscussionsTestApp> {
  useTestEnvironment({ SEED_DEMO_DATA: 'false' });
  const testApp = await startTestApp(
    DiscussionsModule.forRoot({ ...loadDiscussionsConfig(), ...env } as ReturnType<
      typeof loadDiscussionsConfig
    >),
  );
  const dataSource = testApp.app.get(DataSource);
  return {
    ...testApp,
    client: new GraphQLClient(testApp.url),
    query: (sql, params) => dataSource.query(sql, params),
    events: (type) =>
      dataSource.query(
        `SELECT type, payload FROM discussions.outbox
         WHERE $1::text IS NULL OR type = $1 ORDER BY occurred_at, id`,
        [type ?? null],
      ),
  };
}

/**
 * A network as the networks service's events would have put it in the replicas:
 * `await aNetwork().closed().withCoordinator(c).withMember(m).create(app)`.
 */
export function aNetwork() {
  const spec = {
    visibility: 'OPEN' as 'OPEN' | 'CLOSED',
    archived: false,
    members: [] as { user: TestUser; role: 'MEMBER' | 'COORDINATOR'; joinedAt: Date }[],
  };
  const longAgo = new Date('2024-01-01T00:00:00Z');
  const builder = {
    closed() {
      spec.visibility = 'CLOSED';
      return builder;
    },
    archived() {
      spec.archived = true;
      return builder;
    },
    withMember(user: TestUser, joinedAt = longAgo) {
      spec.members.push({ user, role: 'MEMBER', joinedAt });
      return builder;
    },
    withCoordinator(user: TestUser) {
      spec.members.push({ user, role: 'COORDINATOR', joinedAt: longAgo });
      return builder;
    },
    async create({ app }: TestApp): Promise<NetworkReplica> {
      const replicas = app.get(ReplicaRepository);
      const id = randomUUID();
      const network: NetworkReplica = {
        id,
        slug: `test-${id.slice(0, 8)}`,
        name: `Mreža ${id.slice(0, 8)}`,
        visibility: spec.visibility,
        archived: spec.archived,
      };
      await replicas.upsertNetwork(
        {
          networkId: id,
          slug: network.slug,
          nameLatin: network.name,
          nameCyrillic: network.name,
          nameEnglish: network.name,
          visibility: network.visibility,
          archived: network.archived,
        },
        longAgo,
      );
      for (const { user, role, joinedAt } of spec.members) {
        await replicas.upsertMember({ networkId: id, userId: user.id, role }, joinedAt);
      }
      return network;
    },
  };
  return builder;
}

/** What identity's status event would have put in the replica. */
export const suspend = ({ app }: TestApp, user: TestUser) =>
  app.get(ReplicaRepository).setAccountStatus(user.id, 'SUSPENDED', new Date());
