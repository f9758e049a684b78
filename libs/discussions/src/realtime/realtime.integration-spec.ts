import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import { TransactionRunner } from '@mreza/shared/database';
import type { EventEnvelope } from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import type { TestUser } from '@mreza/shared/testing';
import { aUser, tokenFor } from '@mreza/shared/testing';
import { REPLICAS_QUEUE, ReplicaEventsConsumer } from '../replicas/replica-events.consumer';
import type { DiscussionsTestApp } from '../testing/discussions-test-app';
import { aNetwork, startDiscussions, suspend } from '../testing/discussions-test-app';
import type { LiveClient } from '../testing/live-client';
import { connectLive, nextEvent, pause, recordEvents, send } from '../testing/live-client';

const CREATE = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;
const EDIT = `mutation ($id: ID!, $body: String!) { editThreadPost(postId: $id, body: $body) { id } }`;
const DELETE = `mutation ($id: ID!) { deleteThreadPost(postId: $id) }`;
const HIDE = `mutation ($id: ID!) { hidePost(postId: $id, reason: "Uvredljivo") { id status } }`;
const LOCK = `mutation ($id: ID!) { lockThread(threadId: $id) { id locked } }`;

interface LivePostPayload {
  post: { id: string; threadId: string; body: string; authorId: string };
}
interface JoinAck {
  ok: boolean;
  threadId?: string;
  missed?: { id: string; body: string }[];
  error?: { code: string };
}

describe('live threads over Socket.IO', () => {
  let app: DiscussionsTestApp;
  const sockets: LiveClient[] = [];

  const live = async (user: TestUser) => {
    const socket = await connectLive(app.url, tokenFor(user));
    sockets.push(socket);
    return socket;
  };
  const openThread = async (author: TestUser, networkId: string) =>
    (
      await app.client.ok<{ createThread: { id: string } }>(
        CREATE,
        { input: { networkId, title: 'Uživo', body: 'Počinjemo' } },
        tokenFor(author),
      )
    ).createThread.id;
  const reply = async (author: TestUser, threadId: string, body: string) =>
    (
      await app.client.ok<{ reply: { id: string } }>(
        REPLY,
        { input: { threadId, body } },
        tokenFor(author),
      )
    ).reply.id;
  /** A closed network with a thread, and two members listening in its room. */
  const aLiveThread = async () => {
    const [author, listener, coordinator] = [aUser(), aUser(), aUser()];
    const network = await aNetwork()
      .closed()
      .withMember(author)
      .withMember(listener)
      .withCoordinator(coordinator)
      .create(app);
    const threadId = await openThread(author, network.id);
    const socket = await live(listener);
    expect(await send<JoinAck>(socket, 'thread:join', { threadId })).toEqual({
      ok: true,
      threadId,
      missed: [],
    });
    return { author, listener, coordinator, network, threadId, socket };
  };
  const consume = (event: Omit<EventEnvelope, 'id' | 'version' | 'occurredAt'>) =>
    app.app
      .get(EventConsumer)
      .handleOnce(
        REPLICAS_QUEUE,
        { ...event, id: randomUUID(), version: 1, occurredAt: new Date().toISOString() },
        (envelope, tx) => app.app.get(ReplicaEventsConsumer).handle(envelope, tx),
      );

  beforeAll(async () => {
    app = await startDiscussions();
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => app.close());

  describe('connecting', () => {
    it('refuses a connection without a token or with a bad one', async () => {
      for (const token of [undefined, '', 'not-a-jwt', `${tokenFor(aUser())}x`]) {
        await expect(connectLive(app.url, token)).rejects.toMatchObject({
          message: 'UNAUTHENTICATED',
          data: { code: 'UNAUTHENTICATED' },
        });
      }
    });

    it('refuses a suspended account', async () => {
      const user = aUser();
      await suspend(app, user);
      await expect(connectLive(app.url, tokenFor(user))).rejects.toMatchObject({
        data: { code: 'ACCOUNT_SUSPENDED' },
      });
    });
  });

  describe('a thread room', () => {
    it("delivers another member's reply to a member in the room", async () => {
      const { author, threadId, socket } = await aLiveThread();
      const created = nextEvent<LivePostPayload>(socket, 'post:created');
      const replyId = await reply(author, threadId, 'Evo odgovora');
      expect((await created).post).toMatchObject({
        id: replyId,
        threadId,
        body: 'Evo odgovora',
        authorId: author.id,
      });
    });

    it('delivers edits, hiding by a coordinator, deletion and locking', async () => {
      const { author, coordinator, threadId, socket } = await aLiveThread();
      const edited = await reply(author, threadId, 'Prva verzija');
      const hidden = await reply(author, threadId, 'Nešto neprimereno');

      const updated = nextEvent<LivePostPayload>(socket, 'post:updated');
      await app.client.ok(EDIT, { id: edited, body: 'Druga verzija' }, tokenFor(author));
      expect((await updated).post).toMatchObject({ id: edited, body: 'Druga verzija' });

      const hiddenEvent = nextEvent(socket, 'post:hidden');
      await app.client.ok(HIDE, { id: hidden }, tokenFor(coordinator));
      expect(await hiddenEvent).toEqual({ postId: hidden, threadId });

      const deleted = nextEvent(socket, 'post:deleted');
      await app.client.ok(DELETE, { id: edited }, tokenFor(author));
      expect(await deleted).toEqual({ postId: edited, threadId });

      const locked = nextEvent(socket, 'thread:locked');
      await app.client.ok(LOCK, { id: threadId }, tokenFor(coordinator));
      expect(await locked).toEqual({ threadId, locked: true });
    });

    it('shows typing to the others in the room, not to the one typing', async () => {
      const { author, threadId, socket: listener } = await aLiveThread();
      const typist = await live(author);
      await send(typist, 'thread:join', { threadId });
      const typistSaw = recordEvents(typist);

      const typing = nextEvent(listener, 'typing');
      expect(await send(typist, 'typing', { threadId })).toEqual({ ok: true });
      expect(await typing).toEqual({ threadId, userId: author.id });
      await pause(200);
      expect(typistSaw.filter(({ event }) => event === 'typing')).toEqual([]);
    });

    it('answers typing in a room not joined with an error', async () => {
      const { author, threadId, socket: listener } = await aLiveThread();
      const outside = await live(author);
      const listenerSaw = recordEvents(listener);
      expect(await send(outside, 'typing', { threadId })).toMatchObject({
        ok: false,
        error: { code: 'NOT_IN_ROOM' },
      });
      await pause(200);
      expect(listenerSaw).toEqual([]);
    });

    it("keeps a member of another network out of a closed network's thread room", async () => {
      const { author, threadId } = await aLiveThread();
      const outsider = aUser();
      await aNetwork().closed().withMember(outsider).create(app);
      const socket = await live(outsider);
      const saw = recordEvents(socket);

      const ack = await send<JoinAck>(socket, 'thread:join', { threadId });
      expect(ack.ok).toBe(false);
      expect(ack.error?.code).toEqual(expect.any(String));
      await reply(author, threadId, 'Samo za članove');
      await pause(300);
      expect(saw).toEqual([]);
    });
  });

  describe('replay', () => {
    it('gives a reconnecting client exactly the posts it missed, in order', async () => {
      const { author, listener, threadId, socket } = await aLiveThread();
      const seen = nextEvent<LivePostPayload>(socket, 'post:created');
      await reply(author, threadId, 'Viđeno');
      const lastSeenPostId = (await seen).post.id;
      socket.close();

      const missed = [];
      for (const body of ['Prvi', 'Drugi', 'Treći'])
        missed.push(await reply(author, threadId, body));

      const again = await live(listener);
      const ack = await send<JoinAck>(again, 'thread:join', { threadId, lastSeenPostId });
      expect(ack.ok).toBe(true);
      expect(ack.missed?.map(({ id, body }) => ({ id, body }))).toEqual([
        { id: missed[0], body: 'Prvi' },
        { id: missed[1], body: 'Drugi' },
        { id: missed[2], body: 'Treći' },
      ]);
    });
  });

  describe('malformed messages', () => {
    it('answers BAD_MESSAGE and keeps the socket usable', async () => {
      const { author, threadId, socket } = await aLiveThread();
      const huge = 'x'.repeat(200_000);
      const malformed: [string, ...unknown[]][] = [
        ['thread:join'],
        ['thread:join', null],
        ['thread:join', 42],
        ['thread:join', 'a string'],
        ['thread:join', { threadId: 42 }],
        ['thread:join', { threadId: 'not-a-uuid' }],
        ['thread:join', { threadId, lastSeenPostId: 'not-a-uuid' }],
        ['thread:join', { threadId: huge }],
        ['thread:leave', {}],
        ['network:join', { networkId: [randomUUID()] }],
        ['network:leave', { networkId: huge }],
        ['typing', { threadId: { $ne: null } }],
      ];
      for (const [event, ...args] of malformed) {
        expect({ event, ack: await send(socket, event, ...args) }).toMatchObject({
          event,
          ack: { ok: false, error: { code: 'BAD_MESSAGE' } },
        });
      }
      expect(socket.connected).toBe(true);
      const created = nextEvent<LivePostPayload>(socket, 'post:created');
      const replyId = await reply(author, threadId, 'Još uvek stiže');
      expect((await created).post.id).toBe(replyId);
      expect(await send(socket, 'thread:join', { threadId })).toMatchObject({ ok: true });
    });
  });

  describe('acting on replica events', () => {
    it('evicts a member who left the network from its rooms at once', async () => {
      const { author, listener, network, threadId, socket } = await aLiveThread();
      expect(await send(socket, 'network:join', { networkId: network.id })).toEqual({ ok: true });
      const saw = recordEvents(socket);

      const removed = nextEvent(socket, 'network:removed');
      await consume({
        type: 'networks.member.left',
        source: 'networks',
        payload: {
          networkId: network.id,
          userId: listener.id,
          cause: 'REMOVED',
          actorId: null,
          reason: 'Test',
        },
      });
      expect(await removed).toEqual({ networkId: network.id });

      await reply(author, threadId, 'Posle odlaska');
      await openThread(author, network.id);
      await pause(300);
      expect(saw.map(({ event }) => event)).toEqual(['network:removed']);
      expect(socket.connected).toBe(true);
      // Joining again is refused: the membership has ended.
      expect(await send(socket, 'thread:join', { threadId })).toMatchObject({ ok: false });
    });

    it('refuses a rejoin sent the moment the eviction arrives', async () => {
      const { listener, network, threadId, socket } = await aLiveThread();
      const rejoin = new Promise<JoinAck>((resolve) =>
        socket.once('network:removed', () => {
          void send<JoinAck>(socket, 'thread:join', { threadId }).then(resolve);
        }),
      );
      await consume({
        type: 'networks.member.left',
        source: 'networks',
        payload: { networkId: network.id, userId: listener.id, cause: 'LEFT', actorId: null },
      });
      expect((await rejoin).ok).toBe(false);
    });

    it('disconnects every socket of a suspended account', async () => {
      const { listener, socket } = await aLiveThread();
      const other = await live(listener);
      const disconnected = [socket, other].map((client) => nextEvent(client, 'disconnect'));
      await consume({
        type: 'identity.user.status-changed',
        source: 'identity',
        payload: { userId: listener.id, status: 'SUSPENDED' },
      });
      await Promise.all(disconnected);
      expect([socket.connected, other.connected]).toEqual([false, false]);
      await expect(connectLive(app.url, tokenFor(listener))).rejects.toMatchObject({
        data: { code: 'ACCOUNT_SUSPENDED' },
      });
    });

    it('once the transaction that records it committed', async () => {
      const staff = aUser(Role.ADMIN);
      const socket = await live(staff);
      const disconnected = nextEvent(socket, 'disconnect');
      const afterCommit = await app.app.get(TransactionRunner).run((tx) =>
        app.app.get(ReplicaEventsConsumer).handle(
          {
            id: randomUUID(),
            type: 'identity.user.status-changed',
            version: 1,
            source: 'identity',
            occurredAt: new Date().toISOString(),
            payload: { userId: staff.id, status: 'DEACTIVATED' },
          },
          tx,
        ),
      );
      afterCommit?.();
      await disconnected;
    });
  });
});
