import { inboxMigration } from '@mreza/shared/events';
import { IdentityInitial1764000000100 } from './1764000000100-identity-initial';

export const identityMigrations = [
  IdentityInitial1764000000100,
  // Identity consumes other services' events from here on (mail requests).
  inboxMigration('identity', 1764000000200),
];
