export * from './identity.config';
export * from './identity.module';
export * from './seed/seed.service';
