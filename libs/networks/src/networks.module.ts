import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { serviceStatusResolver, subgraphImports } from '@mreza/shared/service';
import { networksMigrations } from './migrations';
import type { NetworksConfig } from './networks.config';

@Module({})
export class NetworksModule {
  static forRoot(config: NetworksConfig): DynamicModule {
    return {
      module: NetworksModule,
      imports: subgraphImports({
        name: 'networks',
        config,
        entities: [],
        migrations: networksMigrations,
      }),
      providers: [serviceStatusResolver('networks')],
    };
  }
}
