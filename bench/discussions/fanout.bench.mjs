// Prints how long a reply takes to reach every client listening in its thread: 200 Socket.IO
// clients through the gateway, the reply posted through the gateway's GraphQL, timed from the
// mutation being sent until the last client has the post; next to the same fan-out from a bare
// Socket.IO server in this process (triggered by an HTTP request, and by a direct emit). Then
// steps up the number of clients until p95 passes 250 ms. Fresh `npm start`, no Redis.
// Usage: node bench/discussions/fanout.bench.mjs [--clients 200] [--repeats 30] [--steps 200,500,1000,2000,4000]
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { graphql } from '../support/graphql.mjs';
import {
  percentiles,
  platformSettings,
  removeData,
  startPlatform,
  stopPlatform,
} from '../support/platform.mjs';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    repeats: { type: 'string', default: '30' },
    steps: { type: 'string', default: '200,500,1000,2000,4000' },
  },
});
const CLIENTS = Number(values.clients);
const REPEATS = Number(values.repeats);
const STEPS = values.steps.split(',').map(Number);
const STEP_REPEATS = 15;
const CAPACITY_P95_MS = 250;

const JOIN_NETWORK = 'mutation($id: ID!) { joinNetwork(networkId: $id) { membership { role } } }';
const CREATE_THREAD = 'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }';
const REPLY = 'mutation($input: ReplyInput!) { reply(input: $input) { id } }';
const BODY = 'Odgovor u niti: kako je opština rešila javnu nabavku za održavanje puteva?';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

async function ok(url, query, variables, token) {
  const result = await graphql(url, query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Connects `count` clients (in batches, WebSocket only) and runs `join` on each. */
async function connectClients(url, count, tokenOf, join) {
  const clients = [];
  for (let start = 0; start < count; start += 100) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(100, count - start) }, async () => {
        const socket = io(url, {
          path: '/socket.io',
          transports: ['websocket'],
          auth: { token: tokenOf() },
          reconnection: false,
          forceNew: true,
          timeout: 20_000,
        });
        await new Promise((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        });
        await join(socket);
        return socket;
      }),
    );
    clients.push(...batch);
  }
  return clients;
}

/** Resolves when every client has received `post:created` for the post `isIt` picks. */
function everyClientHas(clients, isIt) {
  let waiting = clients.length;
  let done;
  const finished = new Promise((resolve) => (done = resolve));
  const listeners = clients.map((socket) => {
    const listener = (payload) => {
      if (!isIt(payload)) return;
      socket.off('post:created', listener);
      if (--waiting === 0) done(performance.now());
    };
    socket.on('post:created', listener);
    return [socket, listener];
  });
  const timeout = sleep(10_000).then(() => {
    for (const [socket, listener] of listeners) socket.off('post:created', listener);
    throw new Error(`${waiting} of ${clients.length} clients never got the post`);
  });
  return Promise.race([finished, timeout]);
}

/** Times `repeats` rounds of `send` (which returns the id to wait for) until all clients have it. */
async function timeFanout(clients, repeats, send) {
  const samples = [];
  for (let i = 0; i < repeats + 3; i++) {
    const marker = randomUUID();
    const arrived = everyClientHas(clients, (payload) => payload.post.body.endsWith(marker));
    const started = performance.now();
    await send(marker);
    const at = await arrived;
    if (i >= 3) samples.push(at - started); // the first 3 warm up
    await sleep(20);
  }
  return percentiles(samples);
}

const closeAll = (clients) => clients.forEach((socket) => socket.close());

/** A plain Socket.IO server, the same payload, no authentication, GraphQL or database. */
async function bareServer() {
  const http = createServer();
  const server = new Server(http, { serveClient: false });
  server.on('connection', (socket) => socket.join('thread'));
  const thread = {
    id: randomUUID(),
    networkId: randomUUID(),
    title: 'Nit',
    locked: false,
    pinned: false,
  };
  const broadcast = (body) =>
    server.to('thread').emit('post:created', {
      post: {
        id: randomUUID(),
        threadId: thread.id,
        seq: '1',
        authorId: randomUUID(),
        body,
        quotePostId: null,
        status: 'PUBLISHED',
        createdAt: new Date().toISOString(),
        editedAt: null,
      },
      thread,
    });
  http.on('request', (request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      broadcast(JSON.parse(text).body);
      response.end('{}');
    });
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const url = `http://127.0.0.1:${http.address().port}`;
  return {
    url,
    broadcast,
    post: (body) =>
      fetch(`${url}/reply`, { method: 'POST', body: JSON.stringify({ body }) }).then((r) =>
        r.text(),
      ),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const settings = await platformSettings();
let platform;
try {
  platform = await startPlatform(settings);
  const origin = new URL(platform.gateway).origin;
  const admin = platform.token;
  const { network } = await ok(
    platform.gateway,
    '{ network(slug: "local-finances") { id } }',
    {},
    admin,
  );
  await ok(platform.gateway, JOIN_NETWORK, { id: network.id }, admin);
  // Discussions learns of the membership from networks' event (relayed every 250 ms).
  let threadId;
  for (const deadline = Date.now() + 30_000; !threadId; await sleep(250)) {
    const result = await graphql(
      platform.gateway,
      CREATE_THREAD,
      { input: { networkId: network.id, title: 'Merenje uživo', body: 'Početak' } },
      admin,
    );
    threadId = result.data?.createThread?.id;
    if (!threadId && Date.now() > deadline) throw new Error(JSON.stringify(result.errors));
  }
  const tokenOf = () =>
    jwt.sign({ role: 'MEMBER', org: null, sid: randomUUID() }, platform.privateKey, {
      algorithm: 'ES256',
      subject: randomUUID(),
      issuer: 'mreza-identity',
      audience: 'mreza',
      expiresIn: 3600,
    });
  const joinThread = async (socket) => {
    const ack = await socket.timeout(20_000).emitWithAck('thread:join', { threadId });
    if (!ack.ok) throw new Error(JSON.stringify(ack));
  };
  const reply = (marker) =>
    ok(platform.gateway, REPLY, { input: { threadId, body: `${BODY} ${marker}` } }, admin);

  const clients = await connectClients(origin, CLIENTS, tokenOf, joinThread);
  const platformFanout = await timeFanout(clients, REPEATS, reply);
  closeAll(clients);

  const bare = await bareServer();
  const bareClients = await connectClients(
    bare.url,
    CLIENTS,
    () => 'none',
    async () => {},
  );
  await sleep(200);
  const bareHttp = await timeFanout(bareClients, REPEATS, (marker) =>
    bare.post(`${BODY} ${marker}`),
  );
  const bareEmit = await timeFanout(bareClients, REPEATS, async (marker) =>
    bare.broadcast(`${BODY} ${marker}`),
  );
  closeAll(bareClients);
  await bare.close();

  console.log(`\none reply reaching ${CLIENTS} clients in one thread room, ${REPEATS} rounds:`);
  console.log(`${''.padEnd(44)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`);
  for (const [name, p] of [
    ['platform: gateway GraphQL → gateway socket', platformFanout],
    ['bare Socket.IO: HTTP request → emit', bareHttp],
    ['bare Socket.IO: direct emit', bareEmit],
  ])
    console.log(`${name.padEnd(44)}${fmt(p.p50)}${fmt(p.p95)}${fmt(p.max)}`);
  console.log(
    `\np95 platform / bare (HTTP-triggered): ${(platformFanout.p95 / bareHttp.p95).toFixed(1)}×;` +
      ` / bare (direct emit): ${(platformFanout.p95 / bareEmit.p95).toFixed(1)}×`,
  );
  console.log('target: p95 under 100 ms and within 2× of the bare server');

  console.log(`\nclients in one room on one discussions instance, ${STEP_REPEATS} rounds a step:`);
  console.log(
    `${'clients'.padEnd(10)}${'connect'.padStart(10)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`,
  );
  let capacity = 0;
  for (const count of STEPS) {
    const connectStarted = performance.now();
    let step;
    try {
      step = await connectClients(origin, count, tokenOf, joinThread);
    } catch (error) {
      console.log(`${String(count).padEnd(10)} could not connect them all: ${error.message}`);
      break;
    }
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    let p;
    try {
      p = await timeFanout(step, STEP_REPEATS, reply);
    } catch (error) {
      console.log(`${String(count).padEnd(10)} ${error.message}`);
      closeAll(step);
      break;
    }
    closeAll(step);
    console.log(
      `${String(count).padEnd(10)}${`${connectSeconds.toFixed(1)} s`.padStart(10)}${fmt(p.p50)}${fmt(p.p95)}${fmt(p.max)}`,
    );
    await sleep(1_000);
    if (p.p95 >= CAPACITY_P95_MS) break;
    capacity = count;
  }
  console.log(
    `\nlargest step with p95 under ${CAPACITY_P95_MS} ms: ${capacity || 'none'} clients` +
      ' (the clients run in this one process, which shares the machine with the platform)',
  );
} finally {
  if (platform) await stopPlatform(platform);
  removeData(settings);
}
