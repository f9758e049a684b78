import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { EventConsumer } from '@mreza/shared/events';
import { aUser, tokenFor } from '@mreza/shared/testing';
import { REPLICAS_QUEUE, ReplicaEventsConsumer } from '../replicas/replica-events.consumer';
import type { DiscussionsTestApp } from '../testing/discussions-test-app';
import { aNetwork, startDiscussions } from '../testing/discussions-test-app';
import type { LiveClient } from '../testing/live-client';
import { connectLive, nextEvent, pause, recordEvents, send } from '../testing/live-client';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A quick TCP check, made before the tests are collected (jest decides `describe.skip`
 * synchronously): without a reachable Redis the suite is skipped, saying why.
 */
function redisReachable(url: string): boolean {
  const { hostname, port } = new URL(url);
  const probe = `require('node:net').createConnection({ host: ${JSON.stringify(hostname)}, port: ${Number(port || 6379)} })
    .setTimeout(500, () => process.exit(1)).once('connect', () => process.exit(0)).once('error', () => process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 2_000 }).status === 0;
}

const reachable = redisReachable(REDIS_URL);
if (!reachable)
  console.warn(`Skipping the Redis fan-out tests: no Redis reachable at ${REDIS_URL}`);
const describeWithRedis = reachable ? describe : describe.skip;

const CREATE = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;

describeWithRedis('live fan-out across instances through Redis', () => {
  let a: DiscussionsTestApp;
  let b: DiscussionsTestApp;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    a = await startDiscussions({ REDIS_URL });
    b = await startDiscussions({ REDIS_URL });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  /** A thread opened on instance A, a member listening to it on instance B. */
  const aThreadListenedOnB = async () => {
    const [author, listener] = [aUser(), aUser()];
    const network = await aNetwork().closed().withMember(author).withMember(listener).create(a);
    const { createThread } = await a.client.ok<{ createThread: { id: string } }>(
      CREATE,
      { input: { networkId: network.id, title: 'Preko Redisa', body: 'Dve instance' } },
      tokenFor(author),
    );
    const socket = await connectLive(b.url, tokenFor(listener));
    sockets.push(socket);
    expect(await send(socket, 'thread:join', { threadId: createThread.id })).toMatchObject({
      ok: true,
    });
    return { author, listener, network, threadId: createThread.id, socket };
  };

  it('delivers a reply posted on instance A to a client of instance B', async () => {
    const { author, threadId, socket } = await aThreadListenedOnB();
    const created = nextEvent<{ post: { id: string } }>(socket, 'post:created');
    const { reply } = await a.client.ok<{ reply: { id: string } }>(
      REPLY,
      { input: { threadId, body: 'Sa instance A' } },
      tokenFor(author),
    );
    expect((await created).post.id).toBe(reply.id);
  });

  it('evicts from the rooms of instance B when instance A handles the departure', async () => {
    const { author, listener, network, threadId, socket } = await aThreadListenedOnB();
    const removed = nextEvent(socket, 'network:removed');
    await a.app.get(EventConsumer).handleOnce(
      REPLICAS_QUEUE,
      {
        id: randomUUID(),
        type: 'networks.member.left',
        version: 1,
        source: 'networks',
        occurredAt: new Date().toISOString(),
        payload: { networkId: network.id, userId: listener.id, cause: 'REMOVED', actorId: null },
      },
      (event, tx) => a.app.get(ReplicaEventsConsumer).handle(event, tx),
    );
    expect(await removed).toEqual({ networkId: network.id });
    const saw = recordEvents(socket);
    await a.client.ok(REPLY, { input: { threadId, body: 'Posle' } }, tokenFor(author));
    await b.client.ok(REPLY, { input: { threadId, body: 'I ovde' } }, tokenFor(author));
    await pause(300);
    expect(saw).toEqual([]);
  });

  it('disconnects on instance B a user suspended through instance A', async () => {
    const { listener, socket } = await aThreadListenedOnB();
    const disconnected = nextEvent(socket, 'disconnect');
    await a.app.get(EventConsumer).handleOnce(
      REPLICAS_QUEUE,
      {
        id: randomUUID(),
        type: 'identity.user.status-changed',
        version: 1,
        source: 'identity',
        occurredAt: new Date().toISOString(),
        payload: { userId: listener.id, status: 'SUSPENDED' },
      },
      (event, tx) => a.app.get(ReplicaEventsConsumer).handle(event, tx),
    );
    await disconnected;
    expect(socket.connected).toBe(false);
  });
});
