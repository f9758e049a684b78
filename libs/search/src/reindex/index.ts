export * from './reindex';
