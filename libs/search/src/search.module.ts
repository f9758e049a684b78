import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { serviceStatusResolver, subgraphImports } from '@mreza/shared/service';
import { searchMigrations } from './migrations';
import type { SearchConfig } from './search.config';

@Module({})
export class SearchModule {
  static forRoot(config: SearchConfig): DynamicModule {
    return {
      module: SearchModule,
      imports: subgraphImports({
        name: 'search',
        config,
        entities: [],
        migrations: searchMigrations,
      }),
      providers: [serviceStatusResolver('search')],
    };
  }
}
