export * from './by-id-loader';
export * from './connection';
export * from './domain-error';
export * from './format-error';
export * from './id.arg';
export * from './pagination.args';
export * from './subgraph-graphql.module';
