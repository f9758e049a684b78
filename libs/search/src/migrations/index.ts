import { inboxMigration, outboxMigration } from '@mreza/shared/events';
import { SearchIndex1764000000200 } from './1764000000200-search-index';
import { SearchCandidateIndexes1764000000300 } from './1764000000300-search-candidate-indexes';
import { SearchFoldAnyLocale1764000000400 } from './1764000000400-search-fold-any-locale';
import { SearchFoldLatinFastPath1764000000500 } from './1764000000500-search-fold-latin-fast-path';
import { SearchAccessKeys1764000000600 } from './1764000000600-search-access-keys';

export const searchMigrations = [
  outboxMigration('search', 1764000000000),
  inboxMigration('search', 1764000000100),
  SearchIndex1764000000200,
  SearchCandidateIndexes1764000000300,
  SearchFoldAnyLocale1764000000400,
  SearchFoldLatinFastPath1764000000500,
  SearchAccessKeys1764000000600,
];
