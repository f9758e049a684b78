import {
  booleanFlag,
  defineConfig,
  httpUrl,
  logLevel,
  nodeEnv,
  port,
  redisUrl,
  z,
} from '@mreza/shared/config';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const gatewayConfig = defineConfig(
  z
    .object({
      NODE_ENV: nodeEnv,
      LOG_LEVEL: logLevel,
      PORT: port(3000),
      HOST: z.string().default('127.0.0.1'),
      IDENTITY_URL: httpUrl.default('http://127.0.0.1:4001/graphql'),
      NETWORKS_URL: httpUrl.default('http://127.0.0.1:4002/graphql'),
      DISCUSSIONS_URL: httpUrl.default('http://127.0.0.1:4003/graphql'),
      LIBRARY_URL: httpUrl.default('http://127.0.0.1:4004/graphql'),
      SEARCH_URL: httpUrl.default('http://127.0.0.1:4005/graphql'),
      /** Socket.IO server of the discussions service; defaults to the origin of DISCUSSIONS_URL. */
      DISCUSSIONS_SOCKET_URL: httpUrl.optional(),
      REDIS_URL: redisUrl.optional(),
      /** With S3_ENDPOINT set, /storage/… is forwarded there after checking presigned URLs. */
      S3_ENDPOINT: httpUrl.optional(),
      S3_ACCESS_KEY: z.string().optional(),
      S3_SECRET_KEY: z.string().optional(),
      S3_REGION: z.string().default('us-east-1'),
      /** The address the library signs URLs for; its host is checked in signatures. */
      S3_PUBLIC_URL: httpUrl.optional(),
      MAX_QUERY_DEPTH: positiveInt(12),
      MAX_QUERY_COST: positiveInt(10000),
      /** Sign-in attempts (login, password reset) per client IP per minute. */
      LOGIN_RATE_LIMIT: positiveInt(10),
      /** Take the client IP from X-Forwarded-For: set only behind a reverse proxy that sets it. */
      TRUST_PROXY: booleanFlag(false),
      WEB_DIST: z.string().default('apps/web/dist'),
      /** How often the subgraphs' schemas are fetched again once composed. */
      SUPERGRAPH_POLL_INTERVAL_MS: positiveInt(10_000),
      /** How long start-up waits for every subgraph to answer before giving up. */
      SUPERGRAPH_STARTUP_TIMEOUT_MS: positiveInt(60_000),
    })
    .refine((env) => !env.S3_ENDPOINT || (env.S3_ACCESS_KEY && env.S3_SECRET_KEY), {
      message: 'S3_ACCESS_KEY and S3_SECRET_KEY are required with S3_ENDPOINT',
      path: ['S3_ACCESS_KEY'],
    })
    .transform((env) => ({
      ...env,
      DISCUSSIONS_SOCKET_URL: env.DISCUSSIONS_SOCKET_URL ?? new URL(env.DISCUSSIONS_URL).origin,
      /** Subgraph name → GraphQL endpoint, composed in this order. */
      subgraphs: {
        identity: env.IDENTITY_URL,
        networks: env.NETWORKS_URL,
        discussions: env.DISCUSSIONS_URL,
        library: env.LIBRARY_URL,
        search: env.SEARCH_URL,
      } as Record<string, string>,
    })),
);

export type GatewayConfig = ReturnType<typeof gatewayConfig.load>;

export const loadGatewayConfig = () => gatewayConfig.load();
