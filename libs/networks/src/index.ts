export * from './networks.config';
export * from './networks.module';
