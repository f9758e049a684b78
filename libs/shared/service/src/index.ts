export * from './bootstrap';
export * from './health.controller';
export * from './health.module';
export * from './logging.module';
export * from './run-subgraph';
export * from './service-status.resolver';
export * from './subgraph-imports';
