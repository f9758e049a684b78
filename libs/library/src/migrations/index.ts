import { outboxMigration } from '@mreza/shared/events';

export const libraryMigrations = [outboxMigration('library', 1764000000000)];
