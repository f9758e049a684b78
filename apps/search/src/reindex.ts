/**
 * Rebuilds the search index without downtime: a new generation is built beside the live one
 * from the owning services' data (one read-only snapshot), while events keep reaching both;
 * then readers switch to it in one transaction and the old one is dropped.
 * Usage: node -r @swc-node/register apps/search/src/reindex.ts
 */
import 'pg';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { prepareSchema } from '@mreza/shared/database';
import { OutboxEventEntity } from '@mreza/shared/events';
import { loadSearchConfig, MeilisearchSearchEngine, PostgresSearchEngine } from '@mreza/search';
import { searchMigrations } from '@mreza/search/migrations';
import { reindex } from '@mreza/search/reindex';

async function main() {
  const config = loadSearchConfig();
  const dataSource = await new DataSource({
    type: 'postgres',
    url: config.DATABASE_URL,
    schema: 'search',
    entities: [OutboxEventEntity],
    migrations: searchMigrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
  }).initialize();
  await prepareSchema(dataSource, 'search');
  const engine = config.MEILISEARCH_URL
    ? new MeilisearchSearchEngine(dataSource, {
        url: config.MEILISEARCH_URL,
        apiKey: config.MEILISEARCH_KEY,
      })
    : new PostgresSearchEngine(dataSource);
  await engine.init();
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 1 });
  try {
    const summary = await reindex(engine, pool, (line) => console.log(line));
    console.log(`reindexed ${summary.items} items into generation ${summary.generation}`);
  } finally {
    await pool.end();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(
    `[search reindex] failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
