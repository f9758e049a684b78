import { outboxMigration } from '@mreza/shared/events';

export const searchMigrations = [outboxMigration('search', 1764000000000)];
