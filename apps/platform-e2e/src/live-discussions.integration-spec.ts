import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import type { Platform } from './support/boot-platform';
import { ADMIN, bootPlatform } from './support/boot-platform';
import { eventually, invitePerson, PASSWORD, signIn } from './support/people';

const JOIN_NETWORK = 'mutation($id: ID!) { joinNetwork(networkId: $id) { membership { role } } }';
const CREATE_THREAD = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id body } }`;

describe('live discussions through the gateway', () => {
  let platform: Platform;
  let socket: Socket | undefined;

  beforeAll(async () => {
    platform = await bootPlatform();
  });

  afterAll(async () => {
    socket?.close();
    await platform.close();
  });

  it("delivers a reply posted through the gateway's GraphQL to a socket on its origin", async () => {
    const { client } = platform;
    const adminToken = await signIn(client, ADMIN.email, ADMIN.password);
    const stamp = Date.now();
    const [authorToken, listenerToken] = await Promise.all(
      ['autor', 'slusa'].map(async (name) => {
        const email = `${name}.${stamp}@cacak.test`;
        await invitePerson(client, adminToken, email);
        return signIn(client, email, PASSWORD);
      }),
    );
    const { network } = await client.ok(
      '{ network(slug: "local-finances") { id } }',
      {},
      adminToken,
    );
    for (const token of [authorToken, listenerToken]) {
      await client.ok(JOIN_NETWORK, { id: network.id }, token);
    }

    // Discussions learns of the membership from networks' event, relayed every 250 ms.
    const created = await eventually(
      () =>
        client.request<{ createThread: { id: string } }>(
          CREATE_THREAD,
          { input: { networkId: network.id, title: 'Uživo kroz gateway', body: 'Ko je tu?' } },
          authorToken,
        ),
      (result) => !result.errors,
    );
    expect(created.errors).toBeUndefined();
    const threadId = created.data!.createThread.id;

    socket = io(platform.gateway.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: listenerToken },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket!.once('connect', resolve);
      socket!.once('connect_error', reject);
    });
    const live = socket;
    expect(live.io.engine.transport.name).toBe('websocket');
    const joined = await eventually(
      () => live.timeout(5_000).emitWithAck('thread:join', { threadId }),
      (ack: { ok: boolean }) => ack.ok,
    );
    expect(joined).toEqual({ ok: true, threadId, missed: [] });

    const received = new Promise<{ post: { id: string; body: string } }>((resolve) =>
      live.once('post:created', resolve),
    );
    const { reply } = await client.ok(
      REPLY,
      { input: { threadId, body: 'Stiže uživo preko gatewaya' } },
      authorToken,
    );
    expect((await received).post).toMatchObject({
      id: reply.id,
      body: 'Stiže uživo preko gatewaya',
      threadId,
    });
  });
});
