import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { serviceStatusResolver, subgraphImports } from '@mreza/shared/service';
import { ReadScopes } from './access/read-scope';
import { searchEngineProvider } from './engine/search-engine.provider';
import { SearchIndexConsumer } from './indexing/search-index.consumer';
import { SearchIndexer } from './indexing/search-indexer';
import { searchMigrations } from './migrations';
import { ReplicaRepository } from './replicas/replica.repository';
import type { SearchConfig } from './search.config';
import { SearchResolver } from './search/search.resolver';
import { SearchService } from './search/search.service';

/** The search service: an index fed by the other services' events, and the search API. */
@Module({})
export class SearchModule {
  static forRoot(config: SearchConfig, options: { consume?: boolean } = {}): DynamicModule {
    return {
      module: SearchModule,
      imports: subgraphImports({
        name: 'search',
        config,
        entities: [],
        migrations: searchMigrations,
      }),
      providers: [
        serviceStatusResolver('search'),
        searchEngineProvider(config),
        ReplicaRepository,
        ReadScopes,
        SearchIndexer,
        SearchService,
        SearchResolver,
        ...(options.consume === false ? [] : [SearchIndexConsumer]),
      ],
    };
  }
}
