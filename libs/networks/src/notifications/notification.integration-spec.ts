import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import type { EventEnvelope } from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import { codeOf } from '@mreza/shared/testing';
import { NetworkService } from '../networks/network.service';
import type { NetworksTestApp, TestUser } from '../testing/networks-test-app';
import { aNetwork, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';
import { NOTIFICATIONS_QUEUE, NotificationsConsumer } from './notifications.consumer';

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind networkId subjectId actor { id } excerpt reason createdAt readAt }
    pageInfo { endCursor hasNextPage }
  }
}`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
const ANNOUNCE = `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }`;
const POST = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
const JOIN = 'mutation($n: ID!) { joinNetwork(networkId: $n) { request { id } } }';
const DECIDE = `mutation($r: ID!, $approve: Boolean!, $reason: String) {
  decideMembership(requestId: $r, approve: $approve, reason: $reason) { status }
}`;
const LEAVE = 'mutation($n: ID!) { leaveNetwork(networkId: $n) }';

interface Notification {
  id: string;
  kind: string;
  networkId: string;
  subjectId: string;
  actor: { id: string } | null;
  excerpt: string | null;
  reason: string | null;
  createdAt: string;
  readAt: string | null;
}

describe('notifications', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  const listOf = async (user: TestUser, unreadOnly = false): Promise<Notification[]> =>
    (
      (await app.client.ok(LIST, { first: 100, unreadOnly }, tokenFor(user))).notifications as {
        nodes: Notification[];
      }
    ).nodes;

  const unreadOf = async (user: TestUser): Promise<number> =>
    (await app.client.ok(COUNT, {}, tokenFor(user))).unreadNotificationCount as number;

  /** Polls (up to 15 s) until the consumer has written what the test waits for. */
  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const announce = async (coordinator: TestUser, networkId: string, body: string) =>
    (
      await app.client.ok(
        ANNOUNCE,
        { i: { networkId, body, pinned: false } },
        tokenFor(coordinator),
      )
    ).publishAnnouncement.id as string;

  const rowsAbout = async (subjectId: string) =>
    app.query<{ user_id: string; kind: string }>(
      'SELECT user_id, kind FROM networks.notifications WHERE subject_id = $1 ORDER BY user_id',
      [subjectId],
    );

  /** An event as the queue would deliver it. */
  const envelope = (type: string, payload: Record<string, unknown>): EventEnvelope => ({
    id: randomUUID(),
    type,
    version: 1,
    payload,
    occurredAt: new Date().toISOString(),
    source: 'networks',
  });

  /** What the queue does with one delivery: handle it once, in the consumer's transaction. */
  const deliver = (event: EventEnvelope) => {
    const consumer = app.app.get(NotificationsConsumer);
    return app.app
      .get(EventConsumer)
      .handleOnce(NOTIFICATIONS_QUEUE, event, (e, tx) => consumer.handle(e, tx));
  };

  describe('announcements', () => {
    it('notify every member of the network but the author, and nobody outside it', async () => {
      const [coordinator, first, second, outsider] = [aUser(), aUser(), aUser(), aUser()];
      const network = await aNetwork()
        .withCoordinator(coordinator)
        .withMember(first)
        .withMember(second)
        .create(app);
      await aNetwork().withMember(outsider).create(app);

      const post = (
        await app.client.ok(
          POST,
          { i: { networkId: network.id, body: 'Obična objava' } },
          tokenFor(first),
        )
      ).createPost.id as string;
      const postId = await announce(coordinator, network.id, 'Sastanak  mreže\n u petak');

      const seen = await eventually(
        () => listOf(second),
        (list) => list.length > 0,
      );
      expect(seen).toEqual([
        expect.objectContaining({
          kind: 'ANNOUNCEMENT',
          networkId: network.id,
          subjectId: postId,
          actor: { id: coordinator.id },
          excerpt: 'Sastanak mreže u petak',
          reason: null,
          readAt: null,
        }),
      ]);
      expect((await listOf(first)).map((n) => n.subjectId)).toEqual([postId]);
      expect(await listOf(coordinator)).toEqual([]);
      expect(await listOf(outsider)).toEqual([]);
      // A member's ordinary post notifies no one.
      expect(await rowsAbout(post)).toEqual([]);
      expect(await rowsAbout(postId)).toHaveLength(2);
    });

    it('of a closed network disappear when the member leaves it', async () => {
      const [coordinator, member] = [aUser(), aUser()];
      const network = await aNetwork()
        .closed()
        .withCoordinator(coordinator)
        .withMember(member)
        .create(app);
      await announce(coordinator, network.id, 'Samo za članove');
      await eventually(
        () => listOf(member),
        (list) => list.length > 0,
      );
      expect(await unreadOf(member)).toBe(1);

      await app.client.ok(LEAVE, { n: network.id }, tokenFor(member));

      expect(await listOf(member)).toEqual([]);
      expect(await unreadOf(member)).toBe(0);
      expect(await app.client.ok(MARK, {}, tokenFor(member))).toEqual({
        markNotificationsRead: 0,
      });
    });

    it('of an open network stay after the member leaves it', async () => {
      const [coordinator, member] = [aUser(), aUser()];
      const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
      const postId = await announce(coordinator, network.id, 'Javno');
      await eventually(
        () => listOf(member),
        (list) => list.length > 0,
      );
      await app.client.ok(LEAVE, { n: network.id }, tokenFor(member));
      expect((await listOf(member)).map((n) => n.subjectId)).toEqual([postId]);
    });
  });

  describe('join requests', () => {
    it('notify the coordinators of the request, and the requester of the decision', async () => {
      const [coordinator, coCoordinator, member, rejected, approved] = [
        aUser(),
        aUser(),
        aUser(),
        aUser(),
        aUser(),
      ];
      const network = await aNetwork()
        .closed()
        .withCoordinator(coordinator)
        .withCoordinator(coCoordinator)
        .withMember(member)
        .create(app);
      const requestOf = async (user: TestUser) =>
        (await app.client.ok(JOIN, { n: network.id }, tokenFor(user))).joinNetwork.request
          .id as string;
      const rejectedRequest = await requestOf(rejected);
      const approvedRequest = await requestOf(approved);

      const forCoordinator = await eventually(
        () => listOf(coordinator),
        (list) => list.length === 2,
      );
      expect(forCoordinator).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'JOIN_REQUESTED',
            networkId: network.id,
            subjectId: rejectedRequest,
            actor: { id: rejected.id },
          }),
          expect.objectContaining({ kind: 'JOIN_REQUESTED', subjectId: approvedRequest }),
        ]),
      );
      expect((await listOf(coCoordinator)).map((n) => n.kind)).toEqual([
        'JOIN_REQUESTED',
        'JOIN_REQUESTED',
      ]);
      expect(await listOf(member)).toEqual([]);

      await app.client.ok(
        DECIDE,
        { r: rejectedRequest, approve: false, reason: 'Mreža je za gradske uprave' },
        tokenFor(coordinator),
      );
      await app.client.ok(DECIDE, { r: approvedRequest, approve: true }, tokenFor(coCoordinator));

      // The rejected requester is no member of the closed network, and still sees the answer.
      const forRejected = await eventually(
        () => listOf(rejected),
        (list) => list.length > 0,
      );
      expect(forRejected).toEqual([
        expect.objectContaining({
          kind: 'JOIN_REJECTED',
          networkId: network.id,
          subjectId: rejectedRequest,
          actor: { id: coordinator.id },
          reason: 'Mreža je za gradske uprave',
        }),
      ]);
      const forApproved = await eventually(
        () => listOf(approved),
        (list) => list.length > 0,
      );
      expect(forApproved).toEqual([
        expect.objectContaining({
          kind: 'JOIN_APPROVED',
          subjectId: approvedRequest,
          actor: { id: coCoordinator.id },
          reason: null,
        }),
      ]);
      expect(await listOf(member)).toEqual([]);
    });
  });

  describe('reading', () => {
    /** Three announcements for `member`, delivered straight to the consumer; newest last. */
    async function threeAnnouncements() {
      const [coordinator, member, other] = [aUser(), aUser(), aUser()];
      const network = await aNetwork()
        .withCoordinator(coordinator)
        .withMember(member)
        .withMember(other)
        .create(app);
      const postIds: string[] = [];
      for (const excerpt of ['prva', 'druga', 'treća']) {
        const postId = randomUUID();
        postIds.push(postId);
        await deliver(
          envelope('networks.post.created', {
            postId,
            networkId: network.id,
            authorId: coordinator.id,
            kind: 'ANNOUNCEMENT',
            pinned: false,
            excerpt,
            actorId: coordinator.id,
          }),
        );
      }
      return { member, other, postIds };
    }

    it('lists newest first, page by page', async () => {
      const { member, postIds } = await threeAnnouncements();
      const token = tokenFor(member);
      const first = (await app.client.ok(LIST, { first: 2 }, token)).notifications;
      expect(first.nodes.map((n: Notification) => n.subjectId)).toEqual([postIds[2], postIds[1]]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (
        await app.client.ok(LIST, { first: 2, after: first.pageInfo.endCursor }, token)
      ).notifications;
      expect(second.nodes.map((n: Notification) => n.subjectId)).toEqual([postIds[0]]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('counts unread ones and marks the given ones, or all, read', async () => {
      const { member } = await threeAnnouncements();
      expect(await unreadOf(member)).toBe(3);
      const [newest] = await listOf(member);

      const marked = await app.client.ok(MARK, { ids: [newest.id] }, tokenFor(member));
      expect(marked.markNotificationsRead).toBe(1);
      expect(await unreadOf(member)).toBe(2);
      expect((await listOf(member, true)).map((n) => n.id)).not.toContain(newest.id);
      expect((await listOf(member))[0].readAt).not.toBeNull();

      // Marking again changes nothing.
      expect(
        (await app.client.ok(MARK, { ids: [newest.id] }, tokenFor(member))).markNotificationsRead,
      ).toBe(0);

      expect((await app.client.ok(MARK, {}, tokenFor(member))).markNotificationsRead).toBe(2);
      expect(await unreadOf(member)).toBe(0);
      expect(await listOf(member, true)).toEqual([]);
      expect(await listOf(member)).toHaveLength(3);
    });

    it("never marks someone else's notifications", async () => {
      const { member, other } = await threeAnnouncements();
      const [mine] = await listOf(member);
      const result = await app.client.ok(MARK, { ids: [mine.id] }, tokenFor(other));
      expect(result.markNotificationsRead).toBe(0);
      expect(await unreadOf(member)).toBe(3);
      // "All" of the other member's are only theirs.
      expect((await app.client.ok(MARK, {}, tokenFor(other))).markNotificationsRead).toBe(3);
      expect(await unreadOf(member)).toBe(3);
      expect((await listOf(other)).map((n) => n.id)).not.toContain(mine.id);
    });

    it('refuses ids that are not ids', async () => {
      const result = await app.client.request(MARK, { ids: ['nope'] }, tokenFor(aUser()));
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('redelivery', () => {
    it('a redelivered event notifies once', async () => {
      const [coordinator, requester] = [aUser(), aUser()];
      const network = await aNetwork().closed().withCoordinator(coordinator).create(app);
      const event = envelope('networks.membership.decided', {
        requestId: randomUUID(),
        networkId: network.id,
        userId: requester.id,
        approved: false,
        reason: 'Ne',
        decidedBy: coordinator.id,
      });
      await deliver(event);
      await deliver(event);
      expect(await rowsAbout(event.payload.requestId as string)).toEqual([
        { user_id: requester.id, kind: 'JOIN_REJECTED' },
      ]);
    });

    it('the same change published twice (a new event id) notifies once', async () => {
      const [coordinator, member] = [aUser(), aUser()];
      const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
      const payload = {
        postId: randomUUID(),
        networkId: network.id,
        authorId: coordinator.id,
        kind: 'ANNOUNCEMENT',
        pinned: false,
        excerpt: 'Dvaput',
        actorId: coordinator.id,
      };
      const consumer = app.app.get(NotificationsConsumer);
      for (let i = 0; i < 2; i++) {
        await app.app
          .get(TransactionRunner)
          .run((tx) => consumer.handle(envelope('networks.post.created', payload), tx));
      }
      expect(await rowsAbout(payload.postId)).toEqual([
        { user_id: member.id, kind: 'ANNOUNCEMENT' },
      ]);
    });
  });

  describe('authorization', () => {
    const operations: [string, string, Record<string, unknown>][] = [
      ['notifications', LIST, {}],
      ['unreadNotificationCount', COUNT, {}],
      ['markNotificationsRead', MARK, {}],
    ];

    it.each(operations)('%s refuses anonymous callers', async (_, query, variables) => {
      const result = await app.client.request(query, variables);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    });

    it.each([Role.MEMBER, Role.STAFF, Role.ADMIN])(
      'a %s reads only their own notifications',
      async (role) => {
        const [coordinator, member] = [aUser(), aUser()];
        const network = await aNetwork()
          .closed()
          .withCoordinator(coordinator)
          .withMember(member)
          .create(app);
        await deliver(
          envelope('networks.post.created', {
            postId: randomUUID(),
            networkId: network.id,
            authorId: coordinator.id,
            kind: 'ANNOUNCEMENT',
            pinned: false,
            excerpt: 'Tajna',
            actorId: coordinator.id,
          }),
        );
        const viewer = aUser(role);
        expect(await listOf(viewer)).toEqual([]);
        expect(await unreadOf(viewer)).toBe(0);
        expect(await unreadOf(member)).toBe(1);
      },
    );
  });
  describe('the network of a notification', () => {
    const WITH_NETWORK = `{ notifications(first: 50) {
      nodes { kind network { id nameLatin memberCount viewerMembership } }
    } }`;

    it('is resolved for a whole page in one batch, as the viewer may see the network', async () => {
      const [coordinator, member, rejected] = [aUser(), aUser(), aUser()];
      const closed = await aNetwork()
        .closed()
        .withCoordinator(coordinator)
        .withMember(member)
        .create(app);
      const open = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
      for (const network of [closed, open, closed]) {
        await deliver(
          envelope('networks.post.created', {
            postId: randomUUID(),
            networkId: network.id,
            authorId: coordinator.id,
            kind: 'ANNOUNCEMENT',
            pinned: false,
            excerpt: 'Najava',
            actorId: coordinator.id,
          }),
        );
      }
      await deliver(
        envelope('networks.membership.decided', {
          requestId: randomUUID(),
          networkId: closed.id,
          userId: rejected.id,
          approved: false,
          reason: 'Ne',
          decidedBy: coordinator.id,
        }),
      );

      const findViews = jest.spyOn(app.app.get(NetworkService), 'findViews');
      const mine = (await app.client.ok(WITH_NETWORK, {}, tokenFor(member))).notifications.nodes;
      // Three notifications, two networks: one look-up.
      expect(findViews).toHaveBeenCalledTimes(1);
      expect([...(findViews.mock.calls[0][1] as string[])].sort()).toEqual(
        [closed.id, open.id].sort(),
      );
      findViews.mockRestore();
      expect(mine).toEqual([
        {
          kind: 'ANNOUNCEMENT',
          network: expect.objectContaining({ id: closed.id, memberCount: 2 }),
        },
        { kind: 'ANNOUNCEMENT', network: expect.objectContaining({ id: open.id, memberCount: 2 }) },
        {
          kind: 'ANNOUNCEMENT',
          network: {
            id: closed.id,
            nameLatin: closed.nameLatin,
            memberCount: 2,
            viewerMembership: 'MEMBER',
          },
        },
      ]);
      // The rejected requester sees the name of the network they asked to join (as in the
      // networks list), never its members' number.
      const theirs = (await app.client.ok(WITH_NETWORK, {}, tokenFor(rejected))).notifications
        .nodes;
      expect(theirs).toEqual([
        {
          kind: 'JOIN_REJECTED',
          network: {
            id: closed.id,
            nameLatin: closed.nameLatin,
            memberCount: null,
            viewerMembership: null,
          },
        },
      ]);
    });
  });
});
