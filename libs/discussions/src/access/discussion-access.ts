import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { Tx } from '@mreza/shared/database';
import { MuteRepository } from '../moderation/mute.repository';
import type { MemberReplica, NetworkReplica } from '../replicas/replica.repository';
import { ReplicaRepository } from '../replicas/replica.repository';
import {
  AccountSuspendedError,
  MemberMutedError,
  NetworkArchivedError,
  NetworkNotFoundError,
  NotAMemberError,
  NotAModeratorError,
} from './access.errors';

/** What a poster is allowed, as the services need it to decide on holding a post. */
export interface PosterStanding {
  network: NetworkReplica;
  membership: MemberReplica | null;
  moderator: boolean;
}

/**
 * Who may read, write and moderate in a network's discussions, answered from this service's
 * replicas of networks, memberships and account states. Anyone signed in reads an open network;
 * a closed one is for its members, staff and administrators. Members write; coordinators,
 * staff and administrators moderate.
 */
@Injectable()
export class DiscussionAccess {
  constructor(
    private readonly replicas: ReplicaRepository,
    private readonly mutes: MuteRepository,
  ) {}

  async canRead(viewer: AuthUser, networkId: string, tx?: Tx): Promise<boolean> {
    const network = await this.replicas.findNetwork(networkId, tx);
    if (!network) return false;
    if (network.visibility === 'OPEN' || isStaff(viewer)) return true;
    return (await this.replicas.findMembership(networkId, viewer.id, tx)) !== null;
  }

  async requireReader(viewer: AuthUser, networkId: string, tx?: Tx): Promise<NetworkReplica> {
    const network = await this.replicas.findNetwork(networkId, tx);
    if (!network) throw new NetworkNotFoundError();
    if (network.visibility === 'CLOSED' && !isStaff(viewer)) {
      if (!(await this.replicas.findMembership(networkId, viewer.id, tx))) {
        throw new NotAMemberError();
      }
    }
    return network;
  }

  async isModerator(viewer: AuthUser, networkId: string, tx?: Tx): Promise<boolean> {
    if (isStaff(viewer)) return true;
    const membership = await this.replicas.findMembership(networkId, viewer.id, tx);
    return membership?.role === 'COORDINATOR';
  }

  async requireModerator(viewer: AuthUser, networkId: string, tx?: Tx): Promise<NetworkReplica> {
    const network = await this.replicas.findNetwork(networkId, tx);
    if (!network) throw new NetworkNotFoundError();
    if (!(await this.isModerator(viewer, networkId, tx))) throw new NotAModeratorError();
    return network;
  }

  /** A member of a live network, with an active account and not muted there. */
  async requirePoster(viewer: AuthUser, networkId: string, tx?: Tx): Promise<PosterStanding> {
    const network = await this.replicas.findNetwork(networkId, tx);
    if (!network) throw new NetworkNotFoundError();
    if (network.archived) throw new NetworkArchivedError();
    if ((await this.replicas.accountStatus(viewer.id, tx)) !== 'ACTIVE') {
      throw new AccountSuspendedError();
    }
    const membership = await this.replicas.findMembership(networkId, viewer.id, tx);
    if (!membership) throw new NotAMemberError();
    const mute = await this.mutes.findActive(networkId, viewer.id, tx);
    if (mute) throw new MemberMutedError(mute.expiresAt);
    const moderator = isStaff(viewer) || membership.role === 'COORDINATOR';
    return { network, membership, moderator };
  }

  /** Moderation changes nothing in an archived network either. */
  async requireLiveModerator(
    viewer: AuthUser,
    networkId: string,
    tx?: Tx,
  ): Promise<NetworkReplica> {
    const network = await this.requireModerator(viewer, networkId, tx);
    if (network.archived) throw new NetworkArchivedError();
    return network;
  }

  accountStatus(userId: string): ReturnType<ReplicaRepository['accountStatus']> {
    return this.replicas.accountStatus(userId);
  }
}
