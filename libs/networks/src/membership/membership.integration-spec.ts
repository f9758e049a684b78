import request from 'supertest';
import { Role } from '@mreza/shared/auth';
import { codeOf } from '@mreza/shared/testing';
import { MembershipService } from './membership.service';
import type { NetworksTestApp } from '../testing/networks-test-app';
import { aNetwork, aProfile, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';

const JOIN = `mutation($n: ID!) {
  joinNetwork(networkId: $n) { membership { role user { id } } request { id status } }
}`;
const LEAVE = 'mutation($n: ID!) { leaveNetwork(networkId: $n) }';
const DECIDE = `mutation($r: ID!, $a: Boolean!, $why: String) {
  decideMembership(requestId: $r, approve: $a, reason: $why) { id status reason decidedAt }
}`;
const SET_ROLE = `mutation($n: ID!, $u: ID!, $role: NetworkRole!) {
  setNetworkRole(networkId: $n, userId: $u, role: $role) { role }
}`;
const VIEW = `query($s: String!) {
  network(slug: $s) { memberCount viewerMembership viewerRequestPending }
}`;
const MEMBERS = `query($n: ID!, $f: MemberFilterInput, $after: String) {
  networkMembers(networkId: $n, filter: $f, first: 2, after: $after) {
    nodes { user { id } role joinedAt } pageInfo { endCursor hasNextPage }
  }
}`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('membership', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  const eventsFor = async (type: string, networkId: string) =>
    (await app.events(type)).filter((event) => event.payload.networkId === networkId);

  it('joins an open network at once, with an event in the outbox', async () => {
    const network = await aNetwork().create(app);
    const user = aUser();
    const token = tokenFor(user);
    const joined = await app.client.ok(JOIN, { n: network.id }, token);
    expect(joined.joinNetwork).toEqual({
      membership: { role: 'MEMBER', user: { id: user.id } },
      request: null,
    });
    expect((await app.client.ok(VIEW, { s: network.slug }, token)).network).toEqual({
      memberCount: 1,
      viewerMembership: 'MEMBER',
      viewerRequestPending: false,
    });
    expect(await eventsFor('networks.member.joined', network.id)).toEqual([
      {
        type: 'networks.member.joined',
        version: 1,
        payload: {
          networkId: network.id,
          userId: user.id,
          role: 'MEMBER',
          cause: 'JOINED',
          actorId: user.id,
        },
      },
    ]);
    expect(codeOf(await app.client.request(JOIN, { n: network.id }, token))).toBe('ALREADY_MEMBER');
  });

  it('asks to join a closed network; a coordinator approves', async () => {
    const coordinator = aUser();
    const network = await aNetwork().closed().withCoordinator(coordinator).create(app);
    const user = aUser();
    const token = tokenFor(user);
    const { joinNetwork } = await app.client.ok(JOIN, { n: network.id }, token);
    expect(joinNetwork).toMatchObject({ membership: null, request: { status: 'PENDING' } });
    expect((await app.client.ok(VIEW, { s: network.slug }, token)).network).toEqual({
      memberCount: null,
      viewerMembership: null,
      viewerRequestPending: true,
    });
    expect(codeOf(await app.client.request(JOIN, { n: network.id }, token))).toBe(
      'REQUEST_PENDING',
    );

    const decided = await app.client.ok(
      DECIDE,
      { r: joinNetwork.request.id, a: true },
      tokenFor(coordinator),
    );
    expect(decided.decideMembership).toMatchObject({ status: 'APPROVED', reason: null });
    expect((await app.client.ok(VIEW, { s: network.slug }, token)).network).toEqual({
      memberCount: 2,
      viewerMembership: 'MEMBER',
      viewerRequestPending: false,
    });
    expect(
      codeOf(
        await app.client.request(
          DECIDE,
          { r: joinNetwork.request.id, a: false, why: 'Ne' },
          tokenFor(coordinator),
        ),
      ),
    ).toBe('REQUEST_ALREADY_DECIDED');
    expect((await eventsFor('networks.membership.decided', network.id))[0].payload).toMatchObject({
      userId: user.id,
      approved: true,
      decidedBy: coordinator.id,
    });
  });

  it('rejects only with a reason, which the requester is told', async () => {
    const coordinator = aUser();
    const user = aUser();
    const network = await aNetwork()
      .closed()
      .withCoordinator(coordinator)
      .withPendingRequestBy(user)
      .create(app);
    const [{ id }] = await app.query<{ id: string }>(
      'SELECT id FROM networks.membership_requests WHERE network_id = $1',
      [network.id],
    );
    const token = tokenFor(coordinator);
    expect(codeOf(await app.client.request(DECIDE, { r: id, a: false }, token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await app.client.request(DECIDE, { r: id, a: false, why: '  ' }, token))).toBe(
      'BAD_USER_INPUT',
    );
    const why = 'Mreža je namenjena rukovodiocima poreskih administracija';
    const rejected = await app.client.ok(DECIDE, { r: id, a: false, why }, token);
    expect(rejected.decideMembership).toMatchObject({ status: 'REJECTED', reason: why });
    expect((await eventsFor('networks.membership.decided', network.id))[0].payload).toMatchObject({
      userId: user.id,
      approved: false,
      reason: why,
    });
    // After a rejection the person may ask again.
    const again = await app.client.ok(JOIN, { n: network.id }, tokenFor(user));
    expect(again.joinNetwork.request.status).toBe('PENDING');
  });

  it('keeps the last coordinator until another is appointed', async () => {
    const coordinator = aUser();
    const member = aUser();
    const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
    const token = tokenFor(coordinator);
    expect(codeOf(await app.client.request(LEAVE, { n: network.id }, token))).toBe(
      'LAST_COORDINATOR',
    );
    expect(
      codeOf(
        await app.client.request(
          SET_ROLE,
          { n: network.id, u: coordinator.id, role: 'MEMBER' },
          token,
        ),
      ),
    ).toBe('LAST_COORDINATOR');
    await app.client.ok(SET_ROLE, { n: network.id, u: member.id, role: 'COORDINATOR' }, token);
    expect((await app.client.ok(LEAVE, { n: network.id }, token)).leaveNetwork).toBe(true);
    const left = await eventsFor('networks.member.left', network.id);
    expect(left.map((event) => event.payload)).toEqual([
      expect.objectContaining({ userId: coordinator.id, cause: 'LEFT' }),
    ]);
  });

  it('keeps a coordinator when the last two leave at the same moment', async () => {
    const [first, second] = [aUser(), aUser()];
    const network = await aNetwork().withCoordinator(first).withCoordinator(second).create(app);
    const results = await Promise.all(
      [first, second].map((user) => app.client.request(LEAVE, { n: network.id }, tokenFor(user))),
    );
    expect(results.map((result) => codeOf(result) ?? 'ok').sort()).toEqual([
      'LAST_COORDINATOR',
      'ok',
    ]);
    const [{ n }] = await app.query<{ n: string }>(
      `SELECT count(*) AS n FROM networks.network_members WHERE network_id = $1 AND role = 'COORDINATOR'`,
      [network.id],
    );
    expect(Number(n)).toBe(1);
  });

  it('lets a coordinator add a member, which settles their pending request', async () => {
    const coordinator = aUser();
    const user = aUser();
    const network = await aNetwork()
      .closed()
      .withCoordinator(coordinator)
      .withPendingRequestBy(user)
      .create(app);
    const ADD =
      'mutation($n: ID!, $u: ID!) { addNetworkMember(networkId: $n, userId: $u) { role } }';
    const token = tokenFor(coordinator);
    await app.client.ok(ADD, { n: network.id, u: user.id }, token);
    expect(codeOf(await app.client.request(ADD, { n: network.id, u: user.id }, token))).toBe(
      'ALREADY_MEMBER',
    );
    const [request] = await app.query<{ status: string }>(
      'SELECT status FROM networks.membership_requests WHERE network_id = $1',
      [network.id],
    );
    expect(request.status).toBe('APPROVED');
  });

  it('removes a member with a reason recorded in the event', async () => {
    const coordinator = aUser();
    const member = aUser();
    const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
    const REMOVE = `mutation($n: ID!, $u: ID!, $why: String!) {
      removeNetworkMember(networkId: $n, userId: $u, reason: $why)
    }`;
    const token = tokenFor(coordinator);
    expect(
      codeOf(await app.client.request(REMOVE, { n: network.id, u: member.id, why: '' }, token)),
    ).toBe('BAD_USER_INPUT');
    await app.client.ok(REMOVE, { n: network.id, u: member.id, why: 'Promocija proizvoda' }, token);
    expect(
      codeOf(await app.client.request(REMOVE, { n: network.id, u: member.id, why: 'x' }, token)),
    ).toBe('NOT_A_MEMBER');
    expect((await eventsFor('networks.member.left', network.id))[0].payload).toMatchObject({
      userId: member.id,
      cause: 'REMOVED',
      actorId: coordinator.id,
      reason: 'Promocija proizvoda',
    });
  });

  describe('member directory', () => {
    it('filters by organisation and position, paging by name', async () => {
      const organisationId = '11111111-1111-4111-8111-111111111111';
      const [ana, bojan, vesna, other] = [aUser(), aUser(), aUser(), aUser()];
      const network = await aNetwork()
        .withMember(ana)
        .withMember(bojan)
        .withMember(vesna)
        .withMember(other)
        .create(app);
      await aProfile(app, ana, {
        displayName: 'Ana Petrović',
        organisationId,
        position: 'Savetnica za budžet',
      });
      await aProfile(app, bojan, {
        displayName: 'Bojan Ilić',
        organisationId,
        position: 'Načelnik',
      });
      await aProfile(app, vesna, {
        displayName: 'Vesna Jovanović',
        organisationId,
        position: 'Referent za budžet',
      });
      await aProfile(app, other, { displayName: 'Zoran Zorić', position: 'Referent za budžet' });
      const token = tokenFor(ana);

      const first = await app.client.ok(MEMBERS, { n: network.id, f: { organisationId } }, token);
      expect(first.networkMembers.nodes.map((node: any) => node.user.id)).toEqual([
        ana.id,
        bojan.id,
      ]);
      expect(first.networkMembers.pageInfo.hasNextPage).toBe(true);
      const second = await app.client.ok(
        MEMBERS,
        { n: network.id, f: { organisationId }, after: first.networkMembers.pageInfo.endCursor },
        token,
      );
      expect(second.networkMembers.nodes.map((node: any) => node.user.id)).toEqual([vesna.id]);

      const budget = await app.client.ok(
        MEMBERS,
        { n: network.id, f: { organisationId, position: 'БУЏЕТ' } },
        token,
      );
      expect(budget.networkMembers.nodes.map((node: any) => node.user.id)).toEqual([
        ana.id,
        vesna.id,
      ]);
    });

    it('exports the members as UTF-8 CSV with a BOM for coordinators', async () => {
      const coordinator = aUser();
      const member = aUser();
      const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
      await aProfile(app, coordinator, {
        displayName: 'Милица Радовановић',
        position: 'Koordinatorka',
      });
      await aProfile(app, member, { displayName: 'Petar "Pera" Perić', position: 'Savetnik, LER' });
      const response = await request(app.url)
        .get(`/networks/${network.id}/members.csv`)
        .set('authorization', `Bearer ${tokenFor(coordinator)}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
        });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toContain(`${network.slug}-members.csv`);
      const today = new Date().toISOString().slice(0, 10);
      expect(response.body).toBe(
        '\uFEFFname,organisation,position,role,joined\r\n' +
          `"Petar ""Pera"" Perić",,"Savetnik, LER",MEMBER,${today}\r\n` +
          `Милица Радовановић,,Koordinatorka,COORDINATOR,${today}\r\n`,
      );
    });
  });

  describe('hand-over to a successor', () => {
    it('moves memberships keeping roles, skips networks the successor is in, and is idempotent', async () => {
      const [predecessor, successor, other] = [aUser(), aUser(), aUser()];
      const coordinated = await aNetwork().closed().withCoordinator(predecessor).create(app);
      const joined = await aNetwork().withMember(predecessor).withCoordinator(other).create(app);
      const shared = await aNetwork()
        .withCoordinator(predecessor)
        .withMember(successor)
        .create(app);
      const service = app.app.get(MembershipService);

      await service.handOverMemberships(predecessor.id, successor.id);
      await service.handOverMemberships(predecessor.id, successor.id);

      const rows = await app.query<{ network_id: string; user_id: string; role: string }>(
        `SELECT network_id, user_id, role FROM networks.network_members
         WHERE network_id = ANY($1) AND user_id = ANY($2) ORDER BY network_id`,
        [
          [coordinated.id, joined.id, shared.id],
          [predecessor.id, successor.id],
        ],
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { network_id: coordinated.id, user_id: successor.id, role: 'COORDINATOR' },
          { network_id: joined.id, user_id: successor.id, role: 'MEMBER' },
          { network_id: shared.id, user_id: successor.id, role: 'COORDINATOR' },
        ]),
      );
      expect(rows).toHaveLength(3);
      expect(await eventsFor('networks.member.joined', coordinated.id)).toHaveLength(1);
    });
  });

  describe('archived networks are read-only', () => {
    it('refuses joins, leaving and edits, and can be restored', async () => {
      const member = aUser();
      const admin = aUser(Role.ADMIN);
      const network = await aNetwork().withMember(member).archived().create(app);
      expect(codeOf(await app.client.request(JOIN, { n: network.id }, tokenFor(aUser())))).toBe(
        'NETWORK_ARCHIVED',
      );
      expect(codeOf(await app.client.request(LEAVE, { n: network.id }, tokenFor(member)))).toBe(
        'NETWORK_ARCHIVED',
      );
      const UPDATE =
        'mutation($i: UpdateNetworkInput!) { updateNetwork(input: $i) { nameEnglish } }';
      expect(
        codeOf(
          await app.client.request(
            UPDATE,
            { i: { id: network.id, nameEnglish: 'X' } },
            tokenFor(admin),
          ),
        ),
      ).toBe('NETWORK_ARCHIVED');
      const LIST =
        'query($q: String, $all: Boolean) { networks(filter: { query: $q, includeArchived: $all }) { nodes { id } } }';
      const hidden = await app.client.ok(LIST, { q: network.slug }, tokenFor(member));
      expect(hidden.networks.nodes).toEqual([]);
      const shown = await app.client.ok(LIST, { q: network.slug, all: true }, tokenFor(member));
      expect(shown.networks.nodes).toEqual([{ id: network.id }]);
      await app.client.ok(
        'mutation($id: ID!) { setNetworkArchived(id: $id, archived: false) { archivedAt } }',
        { id: network.id },
        tokenFor(admin),
      );
      expect((await app.client.ok(LEAVE, { n: network.id }, tokenFor(member))).leaveNetwork).toBe(
        true,
      );
    });
  });

  describe('networks', () => {
    it('finds a network by any script, with or without diacritics', async () => {
      const network = await aNetwork().named(`Zaštita podataka ${Date.now()}`).create(app);
      const token = tokenFor(aUser());
      const LIST = 'query($q: String) { networks(filter: { query: $q }) { nodes { id } } }';
      for (const query of ['заштита подата', 'zastita podata', 'ZAŠTITA PODATA']) {
        const ids = (await app.client.ok(LIST, { q: query }, token)).networks.nodes.map(
          (node: any) => node.id,
        );
        expect(ids).toContain(network.id);
      }
    });

    it('lets an administrator create one and refuses a taken slug', async () => {
      const CREATE =
        'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { slug nameCyrillic descriptionEnglish visibility viewerMembership } }';
      const slug = `javne-nabavke-${Date.now()}`;
      const input = {
        slug,
        nameLatin: 'Javne nabavke',
        nameCyrillic: 'Јавне набавке',
        nameEnglish: 'Public Procurement',
        visibility: 'CLOSED',
      };
      const token = tokenFor(aUser(Role.ADMIN));
      const created = await app.client.ok(CREATE, { i: input }, token);
      expect(created.createNetwork).toEqual({
        slug,
        nameCyrillic: 'Јавне набавке',
        descriptionEnglish: '',
        visibility: 'CLOSED',
        viewerMembership: null,
      });
      expect(codeOf(await app.client.request(CREATE, { i: input }, token))).toBe('SLUG_TAKEN');
      expect(
        codeOf(await app.client.request(CREATE, { i: { ...input, slug: 'Ne Valja!' } }, token)),
      ).toBe('BAD_USER_INPUT');
      expect((await app.events('networks.network.created')).map((e) => e.payload.slug)).toContain(
        slug,
      );
    });
  });

  describe('bad input', () => {
    const token = () => tokenFor(aUser(Role.STAFF));

    it('answers unknown ids with a not-found code', async () => {
      expect(codeOf(await app.client.request(JOIN, { n: UNKNOWN }, token()))).toBe(
        'NETWORK_NOT_FOUND',
      );
      expect(codeOf(await app.client.request(MEMBERS, { n: UNKNOWN }, token()))).toBe(
        'NETWORK_NOT_FOUND',
      );
      expect(codeOf(await app.client.request(VIEW, { s: 'no-such-network' }, token()))).toBe(
        'NETWORK_NOT_FOUND',
      );
      expect(codeOf(await app.client.request(DECIDE, { r: UNKNOWN, a: true }, token()))).toBe(
        'REQUEST_NOT_FOUND',
      );
      const csv = await request(app.url)
        .get(`/networks/${UNKNOWN}/members.csv`)
        .set('authorization', `Bearer ${token()}`);
      expect(csv.status).toBe(404);
      expect(csv.body).toEqual({ code: 'NETWORK_NOT_FOUND', message: 'No such network' });
    });

    it('refuses malformed ids and cursors before any query runs', async () => {
      expect(codeOf(await app.client.request(JOIN, { n: 'nope' }, token()))).toBe('BAD_USER_INPUT');
      expect(codeOf(await app.client.request(DECIDE, { r: '1 OR 1=1', a: true }, token()))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        codeOf(
          await app.client.request(
            MEMBERS,
            { n: UNKNOWN, f: { organisationId: 'not-an-id' } },
            token(),
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      const network = await aNetwork().create(app);
      expect(
        codeOf(await app.client.request(MEMBERS, { n: network.id, after: 'forged' }, token())),
      ).toBe('INVALID_CURSOR');
      const csv = await request(app.url)
        .get('/networks/nope/members.csv')
        .set('authorization', `Bearer ${token()}`);
      expect(csv.status).toBe(400);
    });
  });
});
