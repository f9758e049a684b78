export * from './discussions.config';
export * from './discussions.module';
