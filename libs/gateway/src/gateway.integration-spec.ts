import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver } from '@nestjs/apollo';
import type { Type } from '@nestjs/common';
import { Module } from '@nestjs/common';
import {
  Args,
  Context,
  Directive,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  ResolveReference,
  Resolver,
  GraphQLModule,
} from '@nestjs/graphql';
import type { Request } from 'express';
import { Server as SocketServer } from 'socket.io';
import { io } from 'socket.io-client';
import request from 'supertest';
import { DomainError, formatGraphQLError } from '@mreza/shared/graphql';
import { createServiceApp } from '@mreza/shared/service';
import type { TestApp } from '@mreza/shared/testing';
import { codeOf, GraphQLClient, startTestApp } from '@mreza/shared/testing';
import { gatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { LoginRateLimiter } from './login-rate-limiter';

// --- A tiny federation subgraph ------------------------------------------------------------

@ObjectType()
@Directive('@key(fields: "id")')
class User {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType()
class RequestEcho {
  @Field(() => String, { nullable: true })
  authorization?: string;

  @Field(() => String, { nullable: true })
  requestId?: string;

  @Field(() => String, { nullable: true })
  language?: string;
}

const aUser = (id: string): User => ({ id, name: `User ${id}` });

@Resolver(() => User)
class AccountsResolver {
  @Query(() => [User])
  users(@Args('first', { type: () => Int, nullable: true }) first?: number): User[] {
    return Array.from({ length: Math.min(first ?? 2, 3) }, (_, i) => aUser(`u${i}`));
  }

  @ResolveField(() => [User])
  friends(
    @Parent() user: User,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): User[] {
    return Array.from({ length: Math.min(first ?? 1, 3) }, (_, i) => aUser(`${user.id}-f${i}`));
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): User {
    return aUser(reference.id);
  }

  @Query(() => RequestEcho)
  whoAmI(@Context('req') req: Request): RequestEcho {
    return {
      authorization: req.headers.authorization,
      requestId: req.headers['x-request-id'] as string | undefined,
      language: req.headers['accept-language'],
    };
  }

  @Mutation(() => String)
  login(@Args('email') email: string): string {
    return `token-for-${email}`;
  }

  @Query(() => String)
  lockedThread(): string {
    throw new DomainError('THREAD_LOCKED', 'The thread is locked');
  }

  @Query(() => String)
  broken(): string {
    throw new Error('duplicate key value violates unique constraint "users_pkey"');
  }
}

/** Only in the second version of the subgraph: a schema change the gateway must pick up. */
@Resolver()
class ReleaseTwoResolver {
  @Query(() => String)
  releaseTwo(): string {
    return 'released';
  }
}

const subgraphGraphQL = () =>
  GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    playground: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    context: ({ req }: { req: Request }) => ({ req }),
    formatError: formatGraphQLError,
  });

@Module({ imports: [subgraphGraphQL()], providers: [AccountsResolver] })
class AccountsSubgraphModule {}

@Module({ imports: [subgraphGraphQL()], providers: [AccountsResolver, ReleaseTwoResolver] })
class AccountsSubgraphV2Module {}

// --- Helpers -------------------------------------------------------------------------------

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listenOn(module: Type, port: number): Promise<TestApp> {
  const app = await createServiceApp(module, { logs: false });
  await app.listen(port, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

function aWebBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'mreza-web-'));
  // Over compression's 1 KB threshold, as real files are.
  const padding = `<!-- ${'mreža '.repeat(300)} -->`;
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html>${padding}<div id="mreza-test-client"></div>`,
  );
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app-3f9a1c.js'), 'console.log("app");\n'.repeat(200));
  const css = '.precompressed { color: black; }\n';
  writeFileSync(join(dist, 'assets', 'style-5d1e2f.css'), css);
  writeFileSync(join(dist, 'assets', 'style-5d1e2f.css.br'), brotliCompressSync(css));
  return dist;
}

/** A Socket.IO server standing in for the discussions service: acks `echo` with the transport. */
async function aSocketServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const http: Server = createServer();
  const sockets = new SocketServer(http);
  sockets.on('connection', (socket) => {
    socket.on('echo', (message: string, ack: (reply: unknown) => void) =>
      ack({ echoed: message, transport: socket.conn.transport.name }),
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => void sockets.close(() => resolve())),
  };
}

/** Emits `echo` over Socket.IO through the gateway and returns the server's ack. */
async function echoThrough(url: string, transports: ('websocket' | 'polling')[]) {
  const socket = io(url, { transports, reconnection: false, forceNew: true });
  try {
    return await socket.timeout(5_000).emitWithAck('echo', 'zdravo');
  } finally {
    socket.disconnect();
  }
}

const LOGIN_RATE_LIMIT = 3;
const MAX_QUERY_DEPTH = 6;

function gatewayOptions(subgraphUrl: string, env: Record<string, string>) {
  return {
    ...gatewayConfig.load({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      LOGIN_RATE_LIMIT: String(LOGIN_RATE_LIMIT),
      MAX_QUERY_DEPTH: String(MAX_QUERY_DEPTH),
      SUPERGRAPH_POLL_INTERVAL_MS: '300',
      ...env,
    }),
    subgraphs: { accounts: subgraphUrl },
  };
}

/** `{ users { friends { … { id } } } }`: `levels` levels of fields holding selections. */
const nested = (levels: number) =>
  `{ users(first: 1) ${'{ friends '.repeat(levels - 1)}{ id }${' }'.repeat(levels - 1)} }`;

// --- The gateway ---------------------------------------------------------------------------

describe('gateway', () => {
  let subgraph: TestApp;
  let gateway: TestApp;
  let sockets: Awaited<ReturnType<typeof aSocketServer>>;
  let client: GraphQLClient;
  let webDist: string;

  beforeAll(async () => {
    sockets = await aSocketServer();
    webDist = aWebBuild();
    subgraph = await startTestApp(AccountsSubgraphModule);
    gateway = await startTestApp(
      GatewayModule.forRoot(
        gatewayOptions(`${subgraph.url}/graphql`, {
          DISCUSSIONS_URL: `${sockets.origin}/graphql`,
          WEB_DIST: webDist,
        }),
      ),
    );
    client = new GraphQLClient(gateway.url);
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await sockets?.close();
  });

  describe('/graphql', () => {
    it("answers a query with the subgraph's data", async () => {
      await expect(client.ok('{ users(first: 2) { id name } }')).resolves.toEqual({
        users: [
          { id: 'u0', name: 'User u0' },
          { id: 'u1', name: 'User u1' },
        ],
      });
    });

    it('forwards Authorization, x-request-id and Accept-Language to the subgraph', async () => {
      const response = await request(gateway.url)
        .post('/graphql')
        .set('authorization', 'Bearer token-123')
        .set('x-request-id', 'req-abc.42')
        .set('accept-language', 'sr-Latn')
        .send({ query: '{ whoAmI { authorization requestId language } }' });

      expect(response.status).toBe(200);
      expect(response.body.data.whoAmI).toEqual({
        authorization: 'Bearer token-123',
        requestId: 'req-abc.42',
        language: 'sr-Latn',
      });
      expect(response.headers['x-request-id']).toBe('req-abc.42');
    });

    it('gives the subgraph the request id it made up when the caller sent none', async () => {
      const response = await request(gateway.url)
        .post('/graphql')
        .send({ query: '{ whoAmI { requestId } }' });

      expect(response.body.data.whoAmI.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.body.data.whoAmI.requestId).toBe(response.headers['x-request-id']);
    });

    it('refuses a query nested deeper than MAX_QUERY_DEPTH with QUERY_TOO_DEEP', async () => {
      await expect(client.ok(nested(MAX_QUERY_DEPTH))).resolves.toBeDefined();

      const result = await client.request(nested(MAX_QUERY_DEPTH + 1));

      expect(result.status).toBe(400);
      expect(codeOf(result)).toBe('QUERY_TOO_DEEP');
      expect(result.errors?.[0].message).toContain(`${MAX_QUERY_DEPTH} levels`);
    });

    it('refuses a list of 10000 with QUERY_TOO_COSTLY, also given as a variable', async () => {
      const literal = await client.request('{ users(first: 10000) { id name } }');
      expect(literal.status).toBe(400);
      expect(codeOf(literal)).toBe('QUERY_TOO_COSTLY');
      expect(literal.errors?.[0].message).toBe(
        'Query is too costly: its estimated cost 20001 exceeds the limit of 10000',
      );

      const variable = await client.request('query ($n: Int) { users(first: $n) { id name } }', {
        n: 10000,
      });
      expect(codeOf(variable)).toBe('QUERY_TOO_COSTLY');
      expect(variable.data).toBeUndefined();
    });

    it("keeps a subgraph error's code and hides an unexpected one", async () => {
      const locked = await client.request('{ lockedThread }');
      expect(locked.errors?.[0]).toMatchObject({
        message: 'The thread is locked',
        extensions: { code: 'THREAD_LOCKED' },
      });

      const broken = await client.request('{ broken }');
      expect(codeOf(broken)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(broken)).not.toMatch(/duplicate key|users_pkey|127\.0\.0\.1/);
    });
  });

  describe('sign-in rate limit', () => {
    const login = (forwardedFor?: string) => {
      const call = request(gateway.url).post('/graphql');
      if (forwardedFor) void call.set('x-forwarded-for', forwardedFor);
      return call.send({ query: 'mutation { login(email: "ana@opstina.rs") }' });
    };

    it('answers the attempt after the limit with 429 RATE_LIMITED and Retry-After', async () => {
      for (let attempt = 1; attempt <= LOGIN_RATE_LIMIT; attempt++) {
        const allowed = await login();
        expect(allowed.status).toBe(200);
        expect(allowed.body.data.login).toBe('token-for-ana@opstina.rs');
      }

      const refused = await login();

      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.body).toEqual({
        errors: [
          {
            message: `Too many sign-in attempts; try again in ${retryAfter} s`,
            extensions: { code: 'RATE_LIMITED', retryAfter },
          },
        ],
      });
    });

    it('does not take X-Forwarded-For from a client when TRUST_PROXY is off', async () => {
      expect((await login('203.0.113.7')).status).toBe(429);
    });

    it('counts at every path the GraphQL server answers', async () => {
      const aside = await request(gateway.url)
        .post('/GraphQL/elsewhere')
        .send({ query: 'mutation { login(email: "ana@opstina.rs") }' });
      expect(aside.status).toBe(429);
    });

    it('refuses hash-only persisted queries, which would hide a login from the limit', async () => {
      const persisted = await request(gateway.url)
        .post('/graphql')
        .send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
      expect(persisted.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    });

    it('lets other operations from the same client through', async () => {
      await expect(client.ok('{ users(first: 1) { id } }')).resolves.toEqual({
        users: [{ id: 'u0' }],
      });
    });
  });

  describe('/health', () => {
    it('is up with the subgraph answering once the supergraph is composed', async () => {
      const response = await request(gateway.url).get('/health');

      expect(response.status).toBe(200);
      expect(response.body.info.supergraph).toEqual({
        status: 'up',
        subgraphs: { accounts: 'up' },
      });
    });
  });

  describe('web client', () => {
    const page = (path: string) => request(gateway.url).get(path).set('accept', 'text/html');

    it('serves index.html at / and for client routes', async () => {
      for (const path of ['/', '/networks/x']) {
        const response = await page(path);
        expect(response.status).toBe(200);
        expect(response.text).toContain('mreza-test-client');
        expect(response.headers['cache-control']).toBe('no-cache');
      }
    });

    it('serves hashed assets with a long cache, and no page for a missing one', async () => {
      const asset = await request(gateway.url).get('/assets/app-3f9a1c.js');
      expect(asset.status).toBe(200);
      expect(asset.text).toContain('console.log');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

      expect((await page('/assets/missing-1234.js')).status).toBe(404);
    });

    it('compresses the files for a browser that accepts it, and leaves the API alone', async () => {
      const asset = await request(gateway.url)
        .get('/assets/app-3f9a1c.js')
        .set('accept-encoding', 'br, gzip');
      expect(asset.headers['content-encoding']).toBe('br');
      expect(asset.text).toContain('console.log');

      const index = await page('/').set('accept-encoding', 'gzip');
      expect(index.headers['content-encoding']).toBe('gzip');

      const health = await request(gateway.url).get('/health').set('accept-encoding', 'gzip');
      expect(health.headers['content-encoding']).toBeUndefined();
    });

    it('sends the Brotli file the build wrote beside an asset, as the asset', async () => {
      const asset = await request(gateway.url)
        .get('/assets/style-5d1e2f.css')
        .set('accept-encoding', 'gzip, br');
      expect(asset.status).toBe(200);
      expect(asset.headers['content-encoding']).toBe('br');
      expect(asset.headers['content-type']).toMatch(/^text\/css/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.text).toContain('.precompressed');

      const plain = await request(gateway.url)
        .get('/assets/style-5d1e2f.css')
        .set('accept-encoding', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.text).toContain('.precompressed');
      expect((await request(gateway.url).get('/assets/..%2Findex.html.br')).status).toBe(404);
    });

    it('leaves the server paths alone', async () => {
      const health = await page('/health');
      expect(health.text).not.toContain('mreza-test-client');
      expect((await page('/graphql')).text).not.toContain('mreza-test-client');
    });
  });

  describe('/socket.io', () => {
    it('upgrades a WebSocket through to the discussions Socket.IO server', async () => {
      await expect(echoThrough(gateway.url, ['websocket'])).resolves.toEqual({
        echoed: 'zdravo',
        transport: 'websocket',
      });
    });

    it('proxies long-polling too', async () => {
      await expect(echoThrough(gateway.url, ['polling'])).resolves.toEqual({
        echoed: 'zdravo',
        transport: 'polling',
      });
    });
  });
});

describe('gateway start-up', () => {
  it('waits for a subgraph that starts after it, then follows its schema changes', async () => {
    const port = await freePort();
    const starting = startTestApp(
      GatewayModule.forRoot(
        gatewayOptions(`http://127.0.0.1:${port}/graphql`, {
          WEB_DIST: join(tmpdir(), 'mreza-no-such-web-build'),
        }),
      ),
    );
    await sleep(1_200); // the gateway has found nothing there at least twice by now
    let subgraph = await listenOn(AccountsSubgraphModule, port);
    const gateway = await starting;
    const client = new GraphQLClient(gateway.url);
    try {
      await expect(client.ok('{ users(first: 1) { id } }')).resolves.toEqual({
        users: [{ id: 'u0' }],
      });

      const home = await request(gateway.url).get('/').set('accept', 'text/html');
      expect(home.status).toBe(200);
      expect(home.text).toContain('The web client is not built');

      await subgraph.close();
      const down = await client.request('{ users(first: 1) { id } }');
      expect(codeOf(down)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(down)).not.toContain(String(port));
      await eventually(async () => {
        const health = await request(gateway.url).get('/health');
        expect(health.body.info.supergraph).toEqual({
          status: 'up',
          subgraphs: { accounts: 'down' },
        });
      });

      subgraph = await listenOn(AccountsSubgraphV2Module, port);
      await eventually(async () => {
        expect(await client.ok('{ releaseTwo }')).toEqual({ releaseTwo: 'released' });
      });
    } finally {
      await gateway.close();
      await subgraph.close();
    }
  });
});

describe('a production gateway, fresh', () => {
  let sockets: Awaited<ReturnType<typeof aSocketServer>>;
  let subgraph: TestApp;
  let gateway: TestApp;

  beforeAll(async () => {
    sockets = await aSocketServer();
    subgraph = await startTestApp(AccountsSubgraphModule);
    gateway = await startTestApp(
      GatewayModule.forRoot(
        gatewayOptions(`${subgraph.url}/graphql`, {
          NODE_ENV: 'production',
          DISCUSSIONS_URL: `${sockets.origin}/graphql`,
        }),
      ),
    );
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await sockets?.close();
  });

  // Runs first: the upgrade must be wired before any HTTP request has passed through the proxy.
  it('proxies a WebSocket upgrade that is its very first request', async () => {
    await expect(echoThrough(gateway.url, ['websocket'])).resolves.toMatchObject({
      transport: 'websocket',
    });
  });

  it('refuses introspection and shows no GraphQL landing page', async () => {
    const introspection = await new GraphQLClient(gateway.url).request(
      '{ __schema { types { name } } }',
    );
    expect(introspection.errors?.[0].message).toMatch(/introspection is not allowed/i);

    const landing = await request(gateway.url).get('/graphql').set('accept', 'text/html');
    expect(landing.text).not.toMatch(/<html|graphiql/i);
  });
});

// --- Shared counting in Redis ---------------------------------------------------------------

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers, asked before the tests are collected so the test is marked skipped. */
function redisAnswers(url: string): boolean {
  const { hostname, port } = new URL(url);
  const probe = `require('net').connect(${Number(port) || 6379}, '${hostname}')
    .on('connect', () => process.exit(0)).on('error', () => process.exit(1))
    .setTimeout(1000, () => process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3_000 }).status === 0;
}

(redisAnswers(REDIS_URL) ? describe : describe.skip)('LoginRateLimiter with REDIS_URL', () => {
  it('counts attempts from every gateway instance together', async () => {
    const options = {
      pointsPerMinute: 2,
      redisUrl: REDIS_URL,
      keyPrefix: `mreza-test-${process.pid}-${Date.now()}`,
    };
    const first = new LoginRateLimiter(options);
    const second = new LoginRateLimiter(options);
    try {
      expect(await first.ready()).toBe(true);
      expect(await second.ready()).toBe(true);

      expect(await first.consume('198.51.100.1', 1)).toBe(0);
      expect(await second.consume('198.51.100.1', 1)).toBe(0);
      expect(await first.consume('198.51.100.1', 1)).toBeGreaterThan(0);
      expect(await second.consume('198.51.100.2', 1)).toBe(0);
    } finally {
      first.onModuleDestroy();
      second.onModuleDestroy();
    }
  });
});
