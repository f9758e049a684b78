export * from './graphql-client';
export * from './new-test-service';
export * from './test-app';
export * from './test-keys';
