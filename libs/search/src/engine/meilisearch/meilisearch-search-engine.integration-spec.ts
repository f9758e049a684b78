import { randomUUID } from 'node:crypto';
import { describeEngineContract } from '../engine-contract';
import { searchDataSource } from '../../testing/search-database';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';

// No Meilisearch server can run on the development machines: the suite runs where
// MEILISEARCH_URL names one (and MEILISEARCH_KEY its key), and is reported skipped elsewhere.
const url = process.env.MEILISEARCH_URL;

describeEngineContract(
  'Meilisearch',
  async () => {
    const dataSource = await searchDataSource();
    const engine = new MeilisearchSearchEngine(dataSource, {
      url: url ?? '',
      apiKey: process.env.MEILISEARCH_KEY,
      prefix: `test_${randomUUID().slice(0, 8)}`,
    });
    return { engine, close: () => dataSource.destroy() };
  },
  { skip: !url },
);
