import type { DomainEvent } from '../domain-event';

/**
 * A successor took over from a member who left their post; networks move the predecessor's
 * memberships to the successor.
 */
export type UserSucceededV1 = DomainEvent<
  'identity.user.succeeded',
  { predecessorId: string; successorId: string; organisationId: string | null }
>;

/** A user's account state changed (SUSPENDED, DEACTIVATED, ACTIVE); live sockets act on it. */
export type UserStatusChangedV1 = DomainEvent<
  'identity.user.status-changed',
  { userId: string; status: 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED' }
>;

/** A profile was created or changed; search indexes people from it. */
export type UserProfileChangedV1 = DomainEvent<
  'identity.user.profile-changed',
  {
    userId: string;
    displayName: string;
    organisationId: string | null;
    position: string | null;
    expertise: string[];
  }
>;

export type IdentityEvent = UserSucceededV1 | UserStatusChangedV1 | UserProfileChangedV1;
