import { inboxMigration, outboxMigration } from '@mreza/shared/events';
import { SearchIndex1764000000200 } from './1764000000200-search-index';

export const searchMigrations = [
  outboxMigration('search', 1764000000000),
  inboxMigration('search', 1764000000100),
  SearchIndex1764000000200,
];
