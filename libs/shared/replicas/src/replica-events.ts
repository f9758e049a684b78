import type { Tx } from '@mreza/shared/database';
import type {
  EventEnvelope,
  MemberJoinedV1,
  MemberLeftV1,
  MemberRoleChangedV1,
  NetworkSnapshot,
  UserStatusChangedV1,
} from '@mreza/shared/events';
import type { AccountStatus, NetworkReplicaStore } from './replica-store';

/** The events that keep replicas current: list them for a service's replica queue. */
export const REPLICA_EVENT_TYPES = [
  'networks.network.created',
  'networks.network.updated',
  'networks.network.archived',
  'networks.network.restored',
  'networks.member.joined',
  'networks.member.left',
  'networks.member.role-changed',
  'identity.user.status-changed',
] as const;

/** What an applied event changed, for consumers that act on it after commit. */
export type ReplicaChange =
  | { kind: 'network'; networkId: string }
  | {
      kind: 'member-joined' | 'member-role-changed' | 'member-left';
      networkId: string;
      userId: string;
    }
  | { kind: 'account-status'; userId: string; status: AccountStatus }
  | { kind: 'ignored' };

/** Applies one networks or identity event to the replicas, in the consumer's transaction. */
export async function applyReplicaEvent(
  store: NetworkReplicaStore,
  event: EventEnvelope,
  tx: Tx,
): Promise<ReplicaChange> {
  const at = new Date(event.occurredAt);
  switch (event.type) {
    case 'networks.network.created':
    case 'networks.network.updated':
    case 'networks.network.archived':
    case 'networks.network.restored': {
      const network = event.payload as unknown as NetworkSnapshot;
      await store.upsertNetwork(network, at, tx);
      return { kind: 'network', networkId: network.networkId };
    }
    case 'networks.member.joined': {
      const { networkId, userId, role } = event.payload as MemberJoinedV1['payload'];
      await store.upsertMember({ networkId, userId, role }, at, tx);
      return { kind: 'member-joined', networkId, userId };
    }
    case 'networks.member.role-changed': {
      const { networkId, userId, role } = event.payload as MemberRoleChangedV1['payload'];
      await store.upsertMember({ networkId, userId, role }, at, tx);
      return { kind: 'member-role-changed', networkId, userId };
    }
    case 'networks.member.left': {
      const { networkId, userId } = event.payload as MemberLeftV1['payload'];
      await store.endMembership(networkId, userId, at, tx);
      return { kind: 'member-left', networkId, userId };
    }
    case 'identity.user.status-changed': {
      const { userId, status } = event.payload as UserStatusChangedV1['payload'];
      await store.setAccountStatus(userId, status, at, tx);
      return { kind: 'account-status', userId, status };
    }
    default:
      return { kind: 'ignored' };
  }
}
