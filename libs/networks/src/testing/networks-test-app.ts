import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@mreza/shared/database';
import type { TestApp } from '@mreza/shared/testing';
import type { TestUser } from '@mreza/shared/testing';
import { GraphQLClient, startTestApp, useTestEnvironment } from '@mreza/shared/testing';
import { MemberRepository } from '../membership/member.repository';
import { MembershipRequestRepository } from '../membership/membership-request.repository';
import { NetworkRole } from '../membership/network-member.entity';
import { loadNetworksConfig } from '../networks.config';
import { NetworksModule } from '../networks.module';
import type { NetworkEntity } from '../networks/network.entity';
import { NetworkVisibility } from '../networks/network.entity';
import { NetworkService } from '../networks/network.service';
import { MemberProfileRepository } from '../profiles/member-profile.repository';

export type { TestUser } from '@mreza/shared/testing';
export { aUser, tokenFor } from '@mreza/shared/testing';

export interface NetworksTestApp extends TestApp {
  client: GraphQLClient;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Events recorded in the outbox, newest last. */
  events(
    type?: string,
  ): Promise<{ type: string; version: number; payload: Record<string, unknown> }[]>;
}

/** The networks service in-process against the run's test database. */
export async function startNetworks(): Promise<NetworksTestApp> {
  // No digest job on a timer: tests run it with a clock of their own (DigestService.runDue).
  useTestEnvironment({ NOTIFICATION_DIGESTS: 'false' });
  const testApp = await startTestApp(NetworksModule.forRoot(loadNetworksConfig()));
  const dataSource = testApp.app.get(DataSource);
  return {
    ...testApp,
    client: new GraphQLClient(testApp.url),
    query: (sql, params) => dataSource.query(sql, params),
    events: (type) =>
      dataSource.query(
        `SELECT type, version, payload FROM networks.outbox
         WHERE $1::text IS NULL OR type = $1 ORDER BY occurred_at, id`,
        [type ?? null],
      ),
  };
}

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

/** Fluent test data: `await aNetwork().closed().withCoordinator(user).create(app)`. */
export function aNetwork() {
  const spec = {
    name: `Mreža ${unique()}`,
    visibility: NetworkVisibility.OPEN,
    archived: false,
    members: [] as { user: TestUser; role: NetworkRole }[],
    pending: [] as TestUser[],
  };
  const builder = {
    named(name: string) {
      spec.name = name;
      return builder;
    },
    closed() {
      spec.visibility = NetworkVisibility.CLOSED;
      return builder;
    },
    archived() {
      spec.archived = true;
      return builder;
    },
    withMember(user: TestUser) {
      spec.members.push({ user, role: NetworkRole.MEMBER });
      return builder;
    },
    withCoordinator(user: TestUser) {
      spec.members.push({ user, role: NetworkRole.COORDINATOR });
      return builder;
    },
    withPendingRequestBy(user: TestUser) {
      spec.pending.push(user);
      return builder;
    },
    async create({ app }: { app: INestApplication }): Promise<NetworkEntity> {
      const slug = `test-${unique()}`;
      const service = app.get(NetworkService);
      let network = await service.create({
        slug,
        nameLatin: spec.name,
        nameCyrillic: spec.name,
        nameEnglish: spec.name,
        visibility: spec.visibility,
      });
      await app.get(TransactionRunner).run(async (tx) => {
        for (const { user, role } of spec.members) {
          await app
            .get(MemberRepository)
            .insert({ networkId: network.id, userId: user.id, role }, tx);
        }
        for (const user of spec.pending) {
          await app.get(MembershipRequestRepository).insertPending(network.id, user.id, tx);
        }
      });
      if (spec.archived) network = await service.setArchived(network.id, true);
      return network;
    },
  };
  return builder;
}

/** What identity's profile events would have put in the replica. */
export function aProfile(
  { app }: { app: INestApplication },
  user: TestUser,
  profile: { displayName: string; organisationId?: string | null; position?: string | null },
) {
  return app.get(MemberProfileRepository).upsertProfile({
    userId: user.id,
    displayName: profile.displayName,
    organisationId: profile.organisationId ?? user.organisationId,
    position: profile.position ?? null,
  });
}
