import { describeEngineContract } from '../engine-contract';
import { searchDataSource } from '../../testing/search-database';
import { PostgresSearchEngine } from './postgres-search-engine';

describeEngineContract('PostgreSQL', async () => {
  const dataSource = await searchDataSource();
  return { engine: new PostgresSearchEngine(dataSource), close: () => dataSource.destroy() };
});
