export * from './domain-error';
export * from './format-error';
export * from './subgraph-graphql.module';
