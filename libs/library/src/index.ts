export * from './library.config';
export * from './library.module';
export * from './extraction/extraction.port';
