export * from './library.config';
export * from './library.module';
