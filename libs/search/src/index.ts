export * from './search.config';
export * from './search.module';
