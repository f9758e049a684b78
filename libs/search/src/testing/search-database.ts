import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { prepareSchema } from '@mreza/shared/database';
import { OutboxEventEntity } from '@mreza/shared/events';
import { searchMigrations } from '../migrations';

/** The search schema on the run's test database, migrated, for engine-level tests. */
export async function searchDataSource(): Promise<DataSource> {
  const dataSource = await new DataSource({
    type: 'postgres',
    url: process.env.DATABASE_URL,
    schema: 'search',
    entities: [OutboxEventEntity],
    migrations: searchMigrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 4 },
  }).initialize();
  await prepareSchema(dataSource, 'search');
  return dataSource;
}
