import { randomUUID } from 'node:crypto';
import { TransactionRunner } from '@mreza/shared/database';
import type { EventEnvelope, ThreadPostSnapshot } from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import { DigestRepository } from '../notification-mail/digest.repository';
import type { NetworksTestApp, TestUser } from '../testing/networks-test-app';
import { aNetwork, aUser, startNetworks, tokenFor } from '../testing/networks-test-app';
import { NOTIFICATIONS_QUEUE, NotificationsConsumer } from './notifications.consumer';

const LIST = `{ notifications(first: 100) {
  nodes { kind networkId subjectId actor { id } excerpt reason threadId threadTitle readAt }
} }`;
const COUNT = '{ unreadNotificationCount }';
const LEAVE = 'mutation($n: ID!) { leaveNetwork(networkId: $n) }';

interface Notification {
  kind: string;
  networkId: string;
  subjectId: string;
  actor: { id: string } | null;
  excerpt: string | null;
  reason: string | null;
  threadId: string | null;
  threadTitle: string | null;
  readAt: string | null;
}

describe('notifications of discussions', () => {
  let app: NetworksTestApp;

  beforeAll(async () => {
    app = await startNetworks();
  });

  afterAll(() => app.close());

  const listOf = async (user: TestUser): Promise<Notification[]> =>
    ((await app.client.ok(LIST, {}, tokenFor(user))).notifications as { nodes: Notification[] })
      .nodes;

  const unreadOf = async (user: TestUser): Promise<number> =>
    (await app.client.ok(COUNT, {}, tokenFor(user))).unreadNotificationCount as number;

  /** An event of the discussions service as the queue delivers it. */
  const envelope = (type: string, payload: object): EventEnvelope => ({
    id: randomUUID(),
    type,
    version: 1,
    payload: payload as Record<string, unknown>,
    occurredAt: new Date().toISOString(),
    source: 'discussions',
  });

  /** What the queue does with one delivery: handle it once, in the consumer's transaction. */
  const deliver = (event: EventEnvelope) => {
    const consumer = app.app.get(NotificationsConsumer);
    return app.app
      .get(EventConsumer)
      .handleOnce(NOTIFICATIONS_QUEUE, event, (e, tx) => consumer.handle(e, tx));
  };

  const published = (post: Partial<ThreadPostSnapshot> & { networkId: string }) =>
    envelope('discussions.post.published', {
      postId: randomUUID(),
      threadId: randomUUID(),
      authorId: randomUUID(),
      threadAuthorId: randomUUID(),
      threadTitle: 'Budžet za 2026.',
      opening: false,
      body: 'Slažem se sa **predlogom**.',
      excerpt: 'Slažem se sa predlogom.',
      quotePostId: null,
      mentionedUserIds: [],
      actorId: randomUUID(),
      ...post,
    } satisfies ThreadPostSnapshot);

  it('notify the mentioned members and the thread author, once however often delivered', async () => {
    const [starter, replier, mentioned, both, bystander, outsider] = [
      aUser(),
      aUser(),
      aUser(),
      aUser(),
      aUser(),
      aUser(),
    ];
    const network = await aNetwork()
      .withCoordinator(starter)
      .withMember(replier)
      .withMember(mentioned)
      .withMember(both)
      .withMember(bystander)
      .create(app);
    const threadId = randomUUID();
    const inThread = { networkId: network.id, threadId, threadAuthorId: starter.id };

    // The opening post mentions one member: a mention, and no reply for the starter.
    const opening = published({
      ...inThread,
      authorId: starter.id,
      actorId: starter.id,
      opening: true,
      excerpt: 'Šta mislite o budžetu?',
      mentionedUserIds: [mentioned.id],
    });
    // A reply mentions a member and someone outside the network (the discussions replica lags).
    const reply = published({
      ...inThread,
      authorId: replier.id,
      actorId: replier.id,
      mentionedUserIds: [both.id, outsider.id],
    });
    for (const event of [opening, reply, opening, reply]) await deliver(event);
    // Published again after being held (a new event, the same post): nobody is notified twice.
    await deliver({ ...reply, id: randomUUID() });

    const thread = { threadId, threadTitle: 'Budžet za 2026.', readAt: null, reason: null };
    expect(await listOf(mentioned)).toEqual([
      {
        ...thread,
        kind: 'MENTION',
        networkId: network.id,
        subjectId: opening.payload.postId,
        actor: { id: starter.id },
        excerpt: 'Šta mislite o budžetu?',
      },
    ]);
    expect(await listOf(both)).toEqual([
      expect.objectContaining({
        ...thread,
        kind: 'MENTION',
        subjectId: reply.payload.postId,
        actor: { id: replier.id },
        excerpt: 'Slažem se sa predlogom.',
      }),
    ]);
    expect(await listOf(starter)).toEqual([
      expect.objectContaining({
        ...thread,
        kind: 'THREAD_REPLY',
        subjectId: reply.payload.postId,
        actor: { id: replier.id },
      }),
    ]);
    expect(await unreadOf(starter)).toBe(1);
    for (const nobody of [replier, bystander, outsider]) expect(await listOf(nobody)).toEqual([]);
    const rows = await app.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM networks.notifications WHERE subject_id = ANY($1)',
      [[opening.payload.postId, reply.payload.postId]],
    );
    expect(rows).toEqual([{ count: 3 }]);
  });

  it("notify a thread's author who is also mentioned of the mention only", async () => {
    const [starter, replier] = [aUser(), aUser()];
    const network = await aNetwork().withCoordinator(starter).withMember(replier).create(app);
    await deliver(
      published({
        networkId: network.id,
        threadAuthorId: starter.id,
        authorId: replier.id,
        mentionedUserIds: [starter.id],
      }),
    );
    expect((await listOf(starter)).map((n) => n.kind)).toEqual(['MENTION']);
  });

  it("tell a warned member the coordinator's reason, once per warning", async () => {
    const [coordinator, member] = [aUser(), aUser()];
    const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
    const warned = envelope('discussions.member.warned', {
      networkId: network.id,
      userId: member.id,
      postId: randomUUID(),
      reason: 'Bez uvreda, molim.',
      actorId: coordinator.id,
    });
    await deliver(warned);
    await deliver(warned);
    expect(await listOf(member)).toEqual([
      {
        kind: 'MODERATION_WARNING',
        networkId: network.id,
        subjectId: warned.payload.postId,
        actor: { id: coordinator.id },
        excerpt: null,
        reason: 'Bez uvreda, molim.',
        threadId: null,
        threadTitle: null,
        readAt: null,
      },
    ]);
    expect(await listOf(coordinator)).toEqual([]);

    // A second warning about the same post is news again.
    await deliver(
      envelope('discussions.member.warned', { ...warned.payload, reason: 'Poslednje upozorenje.' }),
    );
    expect((await listOf(member)).map((n) => n.reason)).toEqual([
      'Poslednje upozorenje.',
      'Bez uvreda, molim.',
    ]);
  });

  it('of a closed network disappear when the member leaves it, and stay out of the digest', async () => {
    const [coordinator, member] = [aUser(), aUser()];
    const network = await aNetwork()
      .closed()
      .withCoordinator(coordinator)
      .withMember(member)
      .create(app);
    const reply = published({
      networkId: network.id,
      threadAuthorId: member.id,
      authorId: coordinator.id,
    });
    await deliver(reply);
    await deliver(
      published({
        networkId: network.id,
        threadAuthorId: coordinator.id,
        authorId: coordinator.id,
        mentionedUserIds: [member.id],
      }),
    );
    await deliver(
      envelope('discussions.member.warned', {
        networkId: network.id,
        userId: member.id,
        postId: randomUUID(),
        reason: 'Ton',
        actorId: coordinator.id,
      }),
    );
    expect((await listOf(member)).map((n) => n.kind).sort()).toEqual([
      'MENTION',
      'MODERATION_WARNING',
      'THREAD_REPLY',
    ]);
    const digestOf = () =>
      app.app
        .get(TransactionRunner)
        .run((tx) =>
          app.app
            .get(DigestRepository)
            .findListable(member.id, new Date(0), new Date(Date.now() + 60_000), 50, tx),
        );
    expect((await digestOf()).rows).toContainEqual(
      expect.objectContaining({
        kind: 'THREAD_REPLY',
        threadId: reply.payload.threadId,
        threadTitle: 'Budžet za 2026.',
        excerpt: 'Slažem se sa predlogom.',
      }),
    );

    await app.client.ok(LEAVE, { n: network.id }, tokenFor(member));

    expect(await listOf(member)).toEqual([]);
    expect(await unreadOf(member)).toBe(0);
    expect(await digestOf()).toEqual({ rows: [], total: 0 });
    // Nor does a later post reach them.
    await deliver(
      published({ networkId: network.id, threadAuthorId: member.id, authorId: coordinator.id }),
    );
    expect(await listOf(member)).toEqual([]);
  });

  it('of an open network stay after the member leaves it, but no new ones arrive', async () => {
    const [coordinator, member] = [aUser(), aUser()];
    const network = await aNetwork().withCoordinator(coordinator).withMember(member).create(app);
    const inThread = { networkId: network.id, threadAuthorId: member.id, authorId: coordinator.id };
    const before = published(inThread);
    await deliver(before);
    await app.client.ok(LEAVE, { n: network.id }, tokenFor(member));
    await deliver(published(inThread));
    expect((await listOf(member)).map((n) => n.subjectId)).toEqual([before.payload.postId]);
  });
});
