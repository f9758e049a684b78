import { outboxMigration } from '@mreza/shared/events';

export const discussionsMigrations = [outboxMigration('discussions', 1764000000000)];
