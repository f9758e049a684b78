import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SearchConfig } from '../search.config';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import type { SearchEngine } from './search-engine';
import { SEARCH_ENGINE } from './search-engine';

/** Meilisearch when `MEILISEARCH_URL` is set, PostgreSQL otherwise; prepared before serving. */
export function searchEngineProvider(
  config: Pick<SearchConfig, 'MEILISEARCH_URL' | 'MEILISEARCH_KEY'>,
): Provider {
  return {
    provide: SEARCH_ENGINE,
    inject: [getDataSourceToken()],
    useFactory: async (dataSource: DataSource): Promise<SearchEngine> => {
      const engine = config.MEILISEARCH_URL
        ? new MeilisearchSearchEngine(dataSource, {
            url: config.MEILISEARCH_URL,
            apiKey: config.MEILISEARCH_KEY,
          })
        : new PostgresSearchEngine(dataSource);
      await engine.init();
      return engine;
    },
  };
}
