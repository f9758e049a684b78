import request from 'supertest';
import { codeOf } from '@mreza/shared/testing';
import type { NetworksTestApp } from './testing/networks-test-app';
import type { Actor } from './testing/authorization-matrix';
import {
  ACTORS,
  aPeopleWorld,
  matrixCases,
  outboxSize,
  preferenceRows,
  tokenOf,
} from './testing/authorization-matrix';
import { aNetwork, aUser, startNetworks, tokenFor } from './testing/networks-test-app';

/** The people and networks of the matrix, plus a spare network and the pending request. */
async function aWorld(app: NetworksTestApp) {
  const world = await aPeopleWorld(app);
  const spare = await aNetwork().create(app);
  const [{ id: requestId }] = await app.query<{ id: string }>(
    `SELECT id FROM networks.membership_requests WHERE network_id = $1`,
    [world.closed.id],
  );
  return { ...world, spare, requestId, newcomer: aUser() };
}
type World = Awaited<ReturnType<typeof aWorld>>;

interface Operation {
  query: string;
  variables: (world: World) => Record<string, unknown>;
  /** What an allowed mutation leaves behind: an event (the default) or the viewer's own settings. */
  writes?: 'events' | 'preferences';
}

const ops: Record<string, Operation> = {
  networks: { query: '{ networks { nodes { id } } }', variables: () => ({}) },
  network: {
    query: 'query($s: String!) { network(slug: $s) { id } }',
    variables: (w) => ({ s: w.closed.slug }),
  },
  'networkMembers (open)': {
    query: 'query($n: ID!) { networkMembers(networkId: $n) { nodes { user { id } } } }',
    variables: (w) => ({ n: w.open.id }),
  },
  'networkMembers (closed)': {
    query: 'query($n: ID!) { networkMembers(networkId: $n) { nodes { user { id } } } }',
    variables: (w) => ({ n: w.closed.id }),
  },
  membershipRequests: {
    query: 'query($n: ID!) { membershipRequests(networkId: $n) { nodes { id } } }',
    variables: (w) => ({ n: w.closed.id }),
  },
  createNetwork: {
    query: 'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }',
    variables: () => {
      const slug = `matrix-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      return {
        i: { slug, nameLatin: 'N', nameCyrillic: 'Н', nameEnglish: 'N', visibility: 'OPEN' },
      };
    },
  },
  updateNetwork: {
    query: 'mutation($i: UpdateNetworkInput!) { updateNetwork(input: $i) { id } }',
    variables: (w) => ({ i: { id: w.closed.id, nameEnglish: 'Renamed' } }),
  },
  setNetworkArchived: {
    query: 'mutation($id: ID!) { setNetworkArchived(id: $id, archived: true) { id } }',
    variables: (w) => ({ id: w.closed.id }),
  },
  'joinNetwork (open)': {
    query: 'mutation($n: ID!) { joinNetwork(networkId: $n) { membership { role } } }',
    variables: (w) => ({ n: w.spare.id }),
  },
  'joinNetwork (closed)': {
    query: 'mutation($n: ID!) { joinNetwork(networkId: $n) { request { id } } }',
    variables: (w) => ({ n: w.closed.id }),
  },
  leaveNetwork: {
    query: 'mutation($n: ID!) { leaveNetwork(networkId: $n) }',
    variables: (w) => ({ n: w.closed.id }),
  },
  decideMembership: {
    query: 'mutation($r: ID!) { decideMembership(requestId: $r, approve: true) { status } }',
    variables: (w) => ({ r: w.requestId }),
  },
  addNetworkMember: {
    query: 'mutation($n: ID!, $u: ID!) { addNetworkMember(networkId: $n, userId: $u) { role } }',
    variables: (w) => ({ n: w.closed.id, u: w.newcomer.id }),
  },
  removeNetworkMember: {
    query:
      'mutation($n: ID!, $u: ID!) { removeNetworkMember(networkId: $n, userId: $u, reason: "Napustio je službu") }',
    variables: (w) => ({ n: w.closed.id, u: w.people.member.id }),
  },
  setNetworkRole: {
    query:
      'mutation($n: ID!, $u: ID!) { setNetworkRole(networkId: $n, userId: $u, role: COORDINATOR) { role } }',
    variables: (w) => ({ n: w.closed.id, u: w.people.member.id }),
  },
  notificationPreferences: {
    query: '{ notificationPreferences { digest announcementEmails } }',
    variables: () => ({}),
  },
  updateNotificationPreferences: {
    query:
      'mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { digest } }',
    variables: () => ({ i: { digest: 'WEEKLY', announcementEmails: false } }),
    writes: 'preferences',
  },
  'notifications (with their networks)': {
    query: '{ notifications { nodes { id network { id memberCount } } } }',
    variables: () => ({}),
  },
  unreadNotificationCount: { query: '{ unreadNotificationCount }', variables: () => ({}) },
};

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const ok = 'ok';
/** Expected outcome per actor, in the order of ACTORS: `ok` or the error code. */
const matrix: Record<keyof typeof ops, string[]> = {
  networks: [U, ok, ok, ok, ok, ok, ok],
  network: [U, ok, ok, ok, ok, ok, ok],
  'networkMembers (open)': [U, ok, ok, ok, ok, ok, ok],
  'networkMembers (closed)': [U, F, F, ok, ok, ok, ok],
  membershipRequests: [U, F, F, F, ok, ok, ok],
  createNetwork: [U, F, F, F, F, F, ok],
  updateNetwork: [U, F, F, F, F, F, ok],
  setNetworkArchived: [U, F, F, F, F, F, ok],
  'joinNetwork (open)': [U, ok, ok, ok, ok, ok, ok],
  // Staff and administrators join a closed network without asking.
  'joinNetwork (closed)': [U, ok, 'REQUEST_PENDING', 'ALREADY_MEMBER', 'ALREADY_MEMBER', ok, ok],
  leaveNetwork: [
    U,
    'NOT_A_MEMBER',
    'NOT_A_MEMBER',
    ok,
    'LAST_COORDINATOR',
    'NOT_A_MEMBER',
    'NOT_A_MEMBER',
  ],
  decideMembership: [U, F, F, F, ok, ok, ok],
  addNetworkMember: [U, F, F, F, ok, ok, ok],
  removeNetworkMember: [U, F, F, F, ok, ok, ok],
  setNetworkRole: [U, F, F, F, ok, ok, ok],
  // Everyone signed in has their own; there is no way to name someone else's.
  notificationPreferences: [U, ok, ok, ok, ok, ok, ok],
  updateNotificationPreferences: [U, ok, ok, ok, ok, ok, ok],
  // Everyone's own only (notification.integration-spec.ts pins whose, and what of the network).
  'notifications (with their networks)': [U, ok, ok, ok, ok, ok, ok],
  unreadNotificationCount: [U, ok, ok, ok, ok, ok, ok],
};

const cases = matrixCases(matrix);

describe('networks authorization', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  it.each(cases)('$operation by $actor: $expected', async ({ operation, actor, expected }) => {
    const world = await aWorld(app);
    const { query, variables, writes = 'events' } = ops[operation];
    const before = { events: await outboxSize(app), preferences: await preferenceRows(app) };
    const result = await app.client.request(query, variables(world), tokenOf(world, actor));
    expect(codeOf(result) ?? ok).toBe(expected);
    const isMutation = query.startsWith('mutation');
    const after = { events: await outboxSize(app), preferences: await preferenceRows(app) };
    if (expected !== ok) {
      // A refused call leaves nothing behind.
      expect(after).toEqual(before);
    } else if (isMutation) {
      expect(after[writes]).toBeGreaterThan(before[writes]);
    }
  });

  describe('members CSV', () => {
    const expected: Record<Actor, number> = {
      anonymous: 401,
      outsider: 403,
      requester: 403,
      member: 403,
      coordinator: 200,
      staff: 200,
      admin: 200,
    };
    it.each(ACTORS)('answers %s as expected', async (actor) => {
      const world = await aWorld(app);
      let call = request(app.url).get(`/networks/${world.closed.id}/members.csv`);
      const token = tokenOf(world, actor);
      if (token) call = call.set('authorization', `Bearer ${token}`);
      const response = await call;
      expect(response.status).toBe(expected[actor]);
      if (response.status !== 200) expect(response.text).not.toContain(world.people.member.id);
    });
  });

  describe('a closed network never shows its members or their number to non-members', () => {
    const COUNT = `query($s: String!) { network(slug: $s) { memberCount viewerMembership viewerRequestPending } }`;
    const LIST = `query($q: String) { networks(filter: { query: $q }) { nodes { id memberCount } } }`;
    const REFERENCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Network { id memberCount } } }`;

    const visibleTo: Record<Exclude<Actor, 'anonymous'>, boolean> = {
      outsider: false,
      requester: false,
      member: true,
      coordinator: true,
      staff: true,
      admin: true,
    };

    it.each(Object.entries(visibleTo))('to %s: visible %s', async (actor, visible) => {
      const world = await aWorld(app);
      const token = tokenOf(world, actor as Actor);
      const expectedCount = visible ? 2 : null;

      const single = await app.client.ok(COUNT, { s: world.closed.slug }, token);
      expect(single.network.memberCount).toBe(expectedCount);
      expect(single.network.viewerRequestPending).toBe(actor === 'requester');

      const list = await app.client.ok(LIST, { q: world.closed.nameLatin }, token);
      expect(list.networks.nodes).toEqual([{ id: world.closed.id, memberCount: expectedCount }]);

      const reference = await app.client.ok(
        REFERENCE,
        { r: [{ __typename: 'Network', id: world.closed.id }] },
        token,
      );
      expect(reference._entities).toEqual([{ id: world.closed.id, memberCount: expectedCount }]);

      const members = await app.client.request(
        'query($n: ID!) { networkMembers(networkId: $n) { nodes { user { id } } } }',
        { n: world.closed.id },
        token,
      );
      if (!visible) {
        expect(members.data).toBeNull();
        expect(JSON.stringify(members)).not.toContain(world.people.member.id);
      }
    });

    it('an open network shows its count to everyone signed in', async () => {
      const world = await aWorld(app);
      const data = await app.client.ok(
        COUNT,
        { s: world.open.slug },
        tokenFor(world.people.outsider),
      );
      expect(data.network.memberCount).toBe(2);
    });

    it('answers an anonymous federation reference with nothing', async () => {
      const world = await aWorld(app);
      const reference = await app.client.ok(REFERENCE, {
        r: [{ __typename: 'Network', id: world.closed.id }],
      });
      expect(reference._entities).toEqual([null]);
    });
  });
});
