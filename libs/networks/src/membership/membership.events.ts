import type {
  MemberJoinedV1,
  MemberLeftV1,
  MemberRoleChangedV1,
  MembershipDecidedV1,
  MembershipRequestedV1,
} from '@mreza/shared/events';
import type { MembershipRequestEntity } from './membership-request.entity';
import type { NetworkMemberEntity } from './network-member.entity';

export const memberJoined = (
  member: Pick<NetworkMemberEntity, 'networkId' | 'userId' | 'role'>,
  cause: MemberJoinedV1['payload']['cause'],
  actorId: string | null,
): MemberJoinedV1 => ({
  type: 'networks.member.joined',
  version: 1,
  payload: {
    networkId: member.networkId,
    userId: member.userId,
    role: member.role,
    cause,
    actorId,
  },
});

export const memberLeft = (
  networkId: string,
  userId: string,
  cause: MemberLeftV1['payload']['cause'],
  actorId: string | null,
  reason: string | null = null,
): MemberLeftV1 => ({
  type: 'networks.member.left',
  version: 1,
  payload: { networkId, userId, cause, actorId, reason },
});

export const memberRoleChanged = (
  member: Pick<NetworkMemberEntity, 'networkId' | 'userId' | 'role'>,
  actorId: string | null,
): MemberRoleChangedV1 => ({
  type: 'networks.member.role-changed',
  version: 1,
  payload: { networkId: member.networkId, userId: member.userId, role: member.role, actorId },
});

export const membershipRequested = (request: MembershipRequestEntity): MembershipRequestedV1 => ({
  type: 'networks.membership.requested',
  version: 1,
  payload: { requestId: request.id, networkId: request.networkId, userId: request.userId },
});

export const membershipDecided = (
  request: MembershipRequestEntity,
  decidedBy: string,
): MembershipDecidedV1 => ({
  type: 'networks.membership.decided',
  version: 1,
  payload: {
    requestId: request.id,
    networkId: request.networkId,
    userId: request.userId,
    approved: request.status === 'APPROVED',
    reason: request.reason,
    decidedBy,
  },
});
