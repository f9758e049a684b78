import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import { ApolloFederationDriver } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { formatGraphQLError } from './format-error';

export interface GraphQLContext {
  req: Request;
  res: Response;
}

/**
 * Code-first Apollo Federation 2 subgraph with the house error mapping. `orphanedTypes` are
 * types no query reaches, only the gateway: another subgraph's entity this one extends.
 */
export function subgraphGraphQLModule(orphanedTypes: Function[] = []): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    buildSchemaOptions: { orphanedTypes },
    sortSchema: true,
    playground: false,
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
    formatError: formatGraphQLError,
    // Traces are for Apollo's hosted studio, and cache hints for a CDN: Mreža uses neither, and
    // the cache-control plugin alone runs a hook on every resolved field.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
}
