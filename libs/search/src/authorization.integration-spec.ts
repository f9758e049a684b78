import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import { aUser, tokenFor } from '@mreza/shared/testing';
import type { SearchTestApp } from './testing/search-test-app';
import { events, SEARCH, startSearch } from './testing/search-test-app';

type Actor = 'anonymous' | 'outsider' | 'member' | 'coordinator' | 'suspended' | 'staff' | 'admin';
const ACTORS: Actor[] = [
  'anonymous',
  'outsider',
  'member',
  'coordinator',
  'suspended',
  'staff',
  'admin',
];

/**
 * Every kind of caller against every kind of content: a hit, a snippet, a total or a facet
 * count from something the caller may not read fails the test. Each item carries its own
 * secret word, so a leak names the item.
 */
describe('who finds what', () => {
  let app: SearchTestApp;
  const people = {
    outsider: aUser(),
    member: aUser(),
    coordinator: aUser(),
    suspended: aUser(),
    staff: aUser(Role.STAFF),
    admin: aUser(Role.ADMIN),
  };
  const openNet = randomUUID();
  const closedNet = randomUUID();
  const word = `tajna${randomUUID().slice(0, 6)}`;
  const secret = (name: string) => `${word}${name}`;
  const names = [
    'openthread',
    'openreply',
    'closedthread',
    'closedreply',
    'closedfeed',
    'openfeed',
    'networkdoc',
    'membersdoc',
    'publicdoc',
    'hiddenreply',
    'heldthread',
    'deletedfeed',
    'deleteddoc',
    'person',
  ] as const;
  type Item = (typeof names)[number];

  const readable: Record<Actor, Item[]> = {
    anonymous: ['publicdoc'],
    suspended: ['publicdoc'],
    outsider: ['openthread', 'openreply', 'openfeed', 'membersdoc', 'publicdoc', 'person'],
    member: [
      'openthread',
      'openreply',
      'closedthread',
      'closedreply',
      'closedfeed',
      'openfeed',
      'networkdoc',
      'membersdoc',
      'publicdoc',
      'person',
    ],
    coordinator: [
      'openthread',
      'openreply',
      'closedthread',
      'closedreply',
      'closedfeed',
      'openfeed',
      'networkdoc',
      'membersdoc',
      'publicdoc',
      'person',
    ],
    staff: [
      'openthread',
      'openreply',
      'closedthread',
      'closedreply',
      'closedfeed',
      'openfeed',
      'networkdoc',
      'membersdoc',
      'publicdoc',
      'person',
    ],
    admin: [
      'openthread',
      'openreply',
      'closedthread',
      'closedreply',
      'closedfeed',
      'openfeed',
      'networkdoc',
      'membersdoc',
      'publicdoc',
      'person',
    ],
  };

  beforeAll(async () => {
    app = await startSearch();
    const d = app.deliver.bind(app);
    await d('networks.network.created', events.network(openNet, 'Otvorena mreža', 'OPEN'));
    await d('networks.network.created', events.network(closedNet, 'Zatvorena mreža', 'CLOSED'));
    await d('networks.member.joined', events.joined(closedNet, people.member.id));
    await d('networks.member.joined', events.joined(closedNet, people.suspended.id));
    await d(
      'networks.member.joined',
      events.joined(closedNet, people.coordinator.id, 'COORDINATOR'),
    );
    await d('identity.user.status-changed', { userId: people.suspended.id, status: 'SUSPENDED' });

    const openThread = events.thread(openNet, `Tema ${secret('openthread')}`);
    await d('discussions.thread.created', openThread);
    await d(
      'discussions.post.published',
      events.threadPost(openThread, `Odgovor ${secret('openreply')}`),
    );
    const hidden = events.threadPost(openThread, `Skriveno ${secret('hiddenreply')}`);
    await d('discussions.post.published', hidden);
    await d('discussions.post.withdrawn', { ...hidden, status: 'HIDDEN', reason: 'Van teme' });
    const held = events.thread(openNet, `Zadržana ${secret('heldthread')}`);
    await d('discussions.thread.created', held);
    await d('discussions.thread.updated', { ...held, status: 'HELD' });

    const closedThread = events.thread(closedNet, `Tema ${secret('closedthread')}`);
    await d('discussions.thread.created', closedThread);
    await d(
      'discussions.post.published',
      events.threadPost(closedThread, `Odgovor ${secret('closedreply')}`),
    );
    await d(
      'networks.post.created',
      events.networkPost(closedNet, `Objava ${secret('closedfeed')}`),
    );
    await d('networks.post.created', events.networkPost(openNet, `Objava ${secret('openfeed')}`));
    const deleted = events.networkPost(openNet, `Obrisano ${secret('deletedfeed')}`);
    await d('networks.post.created', deleted);
    await d('networks.post.deleted', deleted);

    await d(
      'library.document.created',
      events.document(`Dokument ${secret('networkdoc')}`, 'NETWORK', [closedNet]),
    );
    await d(
      'library.document.created',
      events.document(`Dokument ${secret('membersdoc')}`, 'ALL_MEMBERS'),
    );
    await d(
      'library.document.created',
      events.document(`Dokument ${secret('publicdoc')}`, 'PUBLIC'),
    );
    const gone = events.document(`Dokument ${secret('deleteddoc')}`, 'PUBLIC');
    await d('library.document.created', gone);
    await d('library.document.deleted', {
      documentId: gone.documentId,
      visibility: 'PUBLIC',
      networkIds: [],
      actorId: gone.actorId,
    });
    await d('identity.user.profile-changed', {
      userId: randomUUID(),
      displayName: `Petar ${secret('person')}`,
      organisationId: null,
      position: null,
      expertise: [],
    });
  });

  afterAll(() => app.close());

  const searchAs = async (actor: Actor, query = word) => {
    const token = actor === 'anonymous' ? undefined : tokenFor(people[actor]);
    const { search } = await app.client.ok(SEARCH, { q: query, first: 50 }, token);
    return search;
  };

  it.each(ACTORS)('%s finds exactly what they may read, and nothing of the rest', async (actor) => {
    const search = await searchAs(actor);
    const found = (search.nodes as { title: string; snippet: string }[]).map((node) => {
      const match = `${node.snippet} ${node.title}`.match(new RegExp(`${word}(\\w+)`));
      return match?.[1];
    });
    expect(found.sort()).toEqual([...readable[actor]].sort());
    expect(search.total).toBe(readable[actor].length);
    const counted = (facet: { count: number }[]) => facet.reduce((sum, f) => sum + f.count, 0);
    expect(counted(search.facets.types)).toBe(readable[actor].length);
    expect(counted(search.facets.languages)).toBe(readable[actor].length);
    const networks = search.facets.networkIds.map((f: { value: string }) => f.value);
    if (!['member', 'coordinator', 'staff', 'admin'].includes(actor)) {
      expect(networks).not.toContain(closedNet);
    }
    // Nothing unreadable shows up in a snippet either.
    const unreadable = names.filter((name) => !readable[actor].includes(name));
    const text = JSON.stringify(search);
    for (const name of unreadable) expect(text).not.toContain(secret(name));
  });

  it('loses access to a closed network the moment membership ends', async () => {
    await app.deliver('networks.member.left', {
      networkId: closedNet,
      userId: people.member.id,
      cause: 'LEFT',
      actorId: people.member.id,
      reason: null,
    });
    const search = await searchAs('member');
    expect(JSON.stringify(search)).not.toContain(secret('closedthread'));
    expect(JSON.stringify(search)).not.toContain(secret('networkdoc'));
  });

  it('opens a closed network to every member the moment it becomes open', async () => {
    await app.deliver(
      'networks.network.updated',
      events.network(closedNet, 'Zatvorena mreža', 'OPEN'),
    );
    const search = await searchAs('outsider');
    expect(JSON.stringify(search)).toContain(secret('closedthread'));
    expect(JSON.stringify(search)).toContain(secret('closedfeed'));
    // A document for a network's members stays theirs.
    expect(JSON.stringify(search)).not.toContain(secret('networkdoc'));
  });

  it('refuses bad input before searching', async () => {
    const result = await app.client.request(SEARCH, { q: 'x'.repeat(501) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
