import { randomUUID } from 'node:crypto';
import type { DiscussionsTestApp } from '../testing/discussions-test-app';
import { startDiscussions } from '../testing/discussions-test-app';
import { ReplicaRepository } from './replica.repository';

describe(ReplicaRepository.name, () => {
  let app: DiscussionsTestApp;
  let replicas: ReplicaRepository;
  beforeAll(async () => {
    app = await startDiscussions();
    replicas = app.app.get(ReplicaRepository);
  });
  afterAll(() => app.close());

  const t = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));

  it('keeps a role that arrived before the "joined" event it follows', async () => {
    const networkId = randomUUID();
    const userId = randomUUID();
    await replicas.upsertMember({ networkId, userId, role: 'COORDINATOR' }, t(2));
    await replicas.upsertMember({ networkId, userId, role: 'MEMBER' }, t(1));
    expect(await replicas.findMembership(networkId, userId)).toMatchObject({
      role: 'COORDINATOR',
    });
  });

  it('does not let an older "joined" revive a membership that ended', async () => {
    const networkId = randomUUID();
    const userId = randomUUID();
    await replicas.upsertMember({ networkId, userId, role: 'MEMBER' }, t(1));
    await replicas.endMembership(networkId, userId, t(3));
    await replicas.upsertMember({ networkId, userId, role: 'MEMBER' }, t(2));
    expect(await replicas.findMembership(networkId, userId)).toBeNull();
    await replicas.upsertMember({ networkId, userId, role: 'MEMBER' }, t(4));
    expect(await replicas.findMembership(networkId, userId)).toMatchObject({ joinedAt: t(4) });
  });

  it('ignores an older account state', async () => {
    const userId = randomUUID();
    await replicas.setAccountStatus(userId, 'SUSPENDED', t(2));
    await replicas.setAccountStatus(userId, 'ACTIVE', t(1));
    expect(await replicas.accountStatus(userId)).toBe('SUSPENDED');
  });
});
