import type { DomainEvent } from '../domain-event';

/**
 * Events the networks service publishes. Consumers to come: search (networks), notifications
 * (requests and decisions), discussions (membership replica for closed-network access).
 */

export interface NetworkSnapshot {
  networkId: string;
  slug: string;
  nameLatin: string;
  nameCyrillic: string;
  nameEnglish: string;
  visibility: 'OPEN' | 'CLOSED';
  archived: boolean;
}

export type NetworkCreatedV1 = DomainEvent<'networks.network.created', NetworkSnapshot>;
export type NetworkUpdatedV1 = DomainEvent<'networks.network.updated', NetworkSnapshot>;
/** The network became read-only. */
export type NetworkArchivedV1 = DomainEvent<'networks.network.archived', NetworkSnapshot>;
export type NetworkRestoredV1 = DomainEvent<'networks.network.restored', NetworkSnapshot>;

export type NetworkRoleName = 'MEMBER' | 'COORDINATOR';

/** Someone became a member: joined an open network, was approved, added, or took over a post. */
export type MemberJoinedV1 = DomainEvent<
  'networks.member.joined',
  {
    networkId: string;
    userId: string;
    role: NetworkRoleName;
    cause: 'JOINED' | 'APPROVED' | 'ADDED' | 'HANDOVER';
    actorId: string | null;
  }
>;

/** Someone stopped being a member; access to closed-network content ends with it. */
export type MemberLeftV1 = DomainEvent<
  'networks.member.left',
  {
    networkId: string;
    userId: string;
    cause: 'LEFT' | 'REMOVED' | 'HANDOVER';
    actorId: string | null;
    /** A coordinator's reason for a removal. */
    reason: string | null;
  }
>;

export type MemberRoleChangedV1 = DomainEvent<
  'networks.member.role-changed',
  { networkId: string; userId: string; role: NetworkRoleName; actorId: string | null }
>;

/** A join request to a closed network awaits a coordinator. */
export type MembershipRequestedV1 = DomainEvent<
  'networks.membership.requested',
  { requestId: string; networkId: string; userId: string }
>;

/** A coordinator approved or rejected a join request; the reason goes to the requester. */
export type MembershipDecidedV1 = DomainEvent<
  'networks.membership.decided',
  {
    requestId: string;
    networkId: string;
    userId: string;
    approved: boolean;
    reason: string | null;
    decidedBy: string;
  }
>;

export type NetworksEvent =
  | NetworkCreatedV1
  | NetworkUpdatedV1
  | NetworkArchivedV1
  | NetworkRestoredV1
  | MemberJoinedV1
  | MemberLeftV1
  | MemberRoleChangedV1
  | MembershipRequestedV1
  | MembershipDecidedV1;
