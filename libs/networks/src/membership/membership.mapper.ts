import type { MembershipRequestEntity } from './membership-request.entity';
import type { MembershipRequestObject, NetworkMemberObject } from './membership.object';
import type { NetworkMemberEntity } from './network-member.entity';

export const toNetworkMemberObject = (
  member: Pick<NetworkMemberEntity, 'networkId' | 'userId' | 'role' | 'joinedAt'>,
): NetworkMemberObject => ({
  networkId: member.networkId,
  user: { id: member.userId },
  role: member.role,
  joinedAt: member.joinedAt,
});

export const toMembershipRequestObject = (
  request: MembershipRequestEntity,
): MembershipRequestObject => ({
  id: request.id,
  networkId: request.networkId,
  user: { id: request.userId },
  status: request.status,
  reason: request.reason,
  createdAt: request.createdAt,
  decidedAt: request.decidedAt,
});
