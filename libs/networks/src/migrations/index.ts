import { outboxMigration } from '@mreza/shared/events';

export const networksMigrations = [outboxMigration('networks', 1764000000000)];
