export * from './graphql-client';
export * from './new-test-service';
export * from './service-process';
export * from './test-app';
export * from './test-keys';
export * from './test-users';
