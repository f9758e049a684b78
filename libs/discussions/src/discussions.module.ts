import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { serviceStatusResolver, subgraphImports } from '@mreza/shared/service';
import { discussionsMigrations } from './migrations';
import type { DiscussionsConfig } from './discussions.config';

@Module({})
export class DiscussionsModule {
  static forRoot(config: DiscussionsConfig): DynamicModule {
    return {
      module: DiscussionsModule,
      imports: subgraphImports({
        name: 'discussions',
        config,
        entities: [],
        migrations: discussionsMigrations,
      }),
      providers: [serviceStatusResolver('discussions')],
    };
  }
}
