import { inboxMigration, outboxMigration } from '@mreza/shared/events';
import { NetworksMembership1764000000200 } from './1764000000200-networks-membership';

export const networksMigrations = [
  outboxMigration('networks', 1764000000000),
  NetworksMembership1764000000200,
  inboxMigration('networks', 1764000000300),
];
