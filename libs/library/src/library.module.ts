import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { serviceStatusResolver, subgraphImports } from '@mreza/shared/service';
import { libraryMigrations } from './migrations';
import type { LibraryConfig } from './library.config';

@Module({})
export class LibraryModule {
  static forRoot(config: LibraryConfig): DynamicModule {
    return {
      module: LibraryModule,
      imports: subgraphImports({
        name: 'library',
        config,
        entities: [],
        migrations: libraryMigrations,
      }),
      providers: [serviceStatusResolver('library')],
    };
  }
}
