export * from './engine/search-engine';
export * from './engine/postgres/postgres-search-engine';
export * from './engine/meilisearch/meilisearch-search-engine';
export * from './search.config';
export * from './search.module';
