import { inboxMigration } from '@mreza/shared/events';
import { IdentityInitial1764000000100 } from './1764000000100-identity-initial';
import { OrganisationSearchText1764000000300 } from './1764000000300-organisation-search-text';

export const identityMigrations = [
  IdentityInitial1764000000100,
  // Identity consumes other services' events from here on (mail requests).
  inboxMigration('identity', 1764000000200),
  OrganisationSearchText1764000000300,
];
