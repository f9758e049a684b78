import type { DynamicModule } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import { AuthModule } from '@mreza/shared/auth';
import { DatabaseModule } from '@mreza/shared/database';
import { EventsModule, OutboxEventEntity } from '@mreza/shared/events';
import { subgraphGraphQLModule } from '@mreza/shared/graphql';
import { HealthModule } from './health.module';
import { loggingModule } from './logging.module';

export interface SubgraphConfig {
  LOG_LEVEL: string;
  DATABASE_URL: string;
  JWT_PUBLIC_KEY: string;
  JWT_ISSUER: string;
}

export interface SubgraphOptions {
  /** Service name: its log name and its PostgreSQL schema. */
  name: string;
  config: SubgraphConfig;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /** GraphQL types only the gateway reaches (another subgraph's entity this one extends). */
  orphanedTypes?: Function[];
}

/**
 * What every service module imports: JSON logs, its schema's data source, its events (outbox,
 * relay, consumers),
 * token verification with the global guard, the federation subgraph and `/health`.
 */
export function subgraphImports({
  name,
  config,
  entities,
  migrations,
  orphanedTypes,
}: SubgraphOptions): DynamicModule[] {
  return [
    loggingModule(name, config.LOG_LEVEL),
    DatabaseModule.forService(() => ({
      schema: name,
      url: config.DATABASE_URL,
      entities: [OutboxEventEntity, ...(entities as Function[])],
      migrations,
    })),
    EventsModule.forService({ schema: name, databaseUrl: config.DATABASE_URL }),
    AuthModule.forRoot(() => ({ publicKey: config.JWT_PUBLIC_KEY, issuer: config.JWT_ISSUER })),
    subgraphGraphQLModule(orphanedTypes),
    HealthModule.forDatabaseService(),
  ];
}
