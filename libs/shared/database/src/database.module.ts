import type { DynamicModule } from '@nestjs/common';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { prepareSchema } from './prepare-schema';
import { TransactionRunner } from './transaction';

export interface ServiceDatabaseOptions {
  /** The service's own PostgreSQL schema, e.g. `identity`. */
  schema: string;
  url: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /** Only for throwaway test databases: build tables from entities instead of migrations. */
  synchronize?: boolean;
}

/** TypeORM data source for one service schema; creates the schema and runs migrations at start. */
@Global()
@Module({})
export class DatabaseModule {
  static forService(resolve: () => ServiceDatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => {
            const options = resolve();
            return {
              type: 'postgres' as const,
              url: options.url,
              schema: options.schema,
              entities: options.entities,
              migrations: options.migrations,
              migrationsTableName: 'migrations',
              migrationsRun: false,
              synchronize: false,
              namingStrategy: new SnakeNamingStrategy(),
              extra: { max: 10, application_name: `mreza-${options.schema}` },
            };
          },
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('Database options are missing');
            const dataSource = await new DataSource(options).initialize();
            await prepareSchema(dataSource, (options as { schema: string }).schema);
            return dataSource;
          },
        }),
      ],
      providers: [TransactionRunner],
      exports: [TypeOrmModule, TransactionRunner],
    };
  }
}
