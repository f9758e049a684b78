import type { ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { ApolloGatewayDriver } from '@nestjs/apollo';
import type { DynamicModule, MiddlewareConsumer, NestModule, OnModuleInit } from '@nestjs/common';
import { Inject, Module, RequestMethod } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { HealthIndicatorService } from '@nestjs/terminus';
import { HealthModule, loggingModule } from '@mreza/shared/service';
import { apolloLogger } from './apollo-logger';
import type { GatewayConfig } from './gateway.config';
import { formatGatewayError } from './gateway-errors';
import { GATEWAY_CONFIG } from './gateway.tokens';
import { LoginRateLimitMiddleware } from './login-rate-limit.middleware';
import { LoginRateLimiter } from './login-rate-limiter';
import { depthLimitRule, queryCostPlugin } from './query-limits';
import { createNetworksHttpProxy } from './service-http-proxy';
import { createStorageProxy } from './storage-proxy';
import { createSocketProxy, routeUpgrades } from './socket-proxy';
import type { GatewayContext } from './subgraph-data-source';
import { SubgraphDataSource } from './subgraph-data-source';
import { supergraphHealth } from './supergraph-health';
import { SupergraphManager } from './supergraph-manager';
import { webClientHandlers } from './web-client';

const GRAPHQL_PATH = '/graphql';

/**
 * The public origin: `/graphql` (the composed supergraph, with depth, cost and sign-in limits),
 * `/socket.io` proxied to the discussions service, `/api/networks/…` (CSV exports) to the
 * networks service, `/health`, and the web client.
 */
@Module({})
export class GatewayModule implements NestModule, OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  static forRoot(config: GatewayConfig): DynamicModule {
    const production = config.NODE_ENV === 'production';
    const supergraph = new SupergraphManager({
      subgraphs: config.subgraphs,
      pollIntervalMs: config.SUPERGRAPH_POLL_INTERVAL_MS,
      startupTimeoutMs: config.SUPERGRAPH_STARTUP_TIMEOUT_MS,
    });
    return {
      module: GatewayModule,
      imports: [
        loggingModule('gateway', config.LOG_LEVEL),
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: GRAPHQL_PATH,
            context: ({ req }: GatewayContext): GatewayContext => ({ req }),
            introspection: !production,
            playground: false,
            graphiql: !production,
            includeStacktraceInErrorResponses: false,
            // A hash-only request would run a cached `login` the rate limit cannot see.
            persistedQueries: false,
            validationRules: [depthLimitRule(config.MAX_QUERY_DEPTH)],
            plugins: [queryCostPlugin(config.MAX_QUERY_COST)],
            formatError: formatGatewayError,
          },
          gateway: {
            supergraphSdl: supergraph,
            buildService: ({ url }) => new SubgraphDataSource({ url }),
            logger: apolloLogger('Gateway'),
          },
        }),
        HealthModule.register({
          inject: [HealthIndicatorService],
          indicators: (health: HealthIndicatorService) => [
            () => supergraphHealth(health, supergraph),
          ],
        }),
      ],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        {
          provide: LoginRateLimiter,
          useFactory: async () => {
            const limiter = new LoginRateLimiter({
              pointsPerMinute: config.LOGIN_RATE_LIMIT,
              redisUrl: config.REDIS_URL,
            });
            await limiter.ready();
            return limiter;
          },
        },
        LoginRateLimitMiddleware,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // After Nest's JSON body parser, before the GraphQL server, on every path that server answers:
    // it is mounted with `app.use`, so `/graphql/anything` reaches it too.
    consumer
      .apply(LoginRateLimitMiddleware)
      .forRoutes(
        { path: GRAPHQL_PATH, method: RequestMethod.POST },
        { path: `${GRAPHQL_PATH}/{*rest}`, method: RequestMethod.POST },
      );
  }

  /** Routes that need the raw URL (no mount path stripped), added before Nest's 404 handler. */
  onModuleInit(): void {
    const http = this.adapterHost.httpAdapter;
    const socketProxy = createSocketProxy(this.config.DISCUSSIONS_SOCKET_URL);
    http.use(socketProxy);
    routeUpgrades(http.getHttpServer(), socketProxy);
    http.use(createNetworksHttpProxy(new URL(this.config.NETWORKS_URL).origin));
    const { S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY, S3_REGION, S3_PUBLIC_URL } = this.config;
    if (S3_ENDPOINT && S3_ACCESS_KEY && S3_SECRET_KEY) {
      for (const handler of createStorageProxy({
        endpoint: S3_ENDPOINT,
        accessKey: S3_ACCESS_KEY,
        secretKey: S3_SECRET_KEY,
        region: S3_REGION,
        publicHost: S3_PUBLIC_URL ? new URL(S3_PUBLIC_URL).host : undefined,
      })) {
        http.use(handler);
      }
    }
    for (const handler of webClientHandlers(this.config.WEB_DIST)) http.use(handler);
  }
}
