import { inboxMigration, outboxMigration } from '@mreza/shared/events';
import { replicaMigration } from '@mreza/shared/replicas';
import { Library1764000000300 } from './1764000000300-library';
import { LibraryExtractionClaim1764000000400 } from './1764000000400-extraction-claim';
import { LibraryVersionTexts1764000000500 } from './1764000000500-version-texts';
import { LibraryDocumentPurge1764000000600 } from './1764000000600-document-purge';
import { LibraryVersionThumbnails1764000000700 } from './1764000000700-version-thumbnails';

export const libraryMigrations = [
  outboxMigration('library', 1764000000000),
  inboxMigration('library', 1764000000100),
  replicaMigration('library', 1764000000200),
  Library1764000000300,
  LibraryExtractionClaim1764000000400,
  LibraryVersionTexts1764000000500,
  LibraryDocumentPurge1764000000600,
  LibraryVersionThumbnails1764000000700,
];
