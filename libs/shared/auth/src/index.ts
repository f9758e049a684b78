export * from './auth-user';
export * from './auth.guard';
export * from './auth.module';
export * from './decorators';
export * from './jwt-verifier';
export * from './request-of';
export * from './operation-access';
