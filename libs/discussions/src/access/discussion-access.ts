import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { Tx } from '@mreza/shared/database';
import { MuteRepository } from '../moderation/mute.repository';
import type { MemberReplica, NetworkReplica, ReplicaStanding } from '@mreza/shared/replicas';
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

/** The viewer's place in one network, read once per operation and judged in memory. */
export class Standing {
  constructor(
    private readonly viewer: AuthUser,
    readonly replica: ReplicaStanding,
  ) {}

  get network(): NetworkReplica {
    return this.replica.network;
  }

  get canRead(): boolean {
    return (
      this.network.visibility === 'OPEN' || isStaff(this.viewer) || this.replica.membership !== null
    );
  }

  get moderator(): boolean {
    return isStaff(this.viewer) || this.replica.membership?.role === 'COORDINATOR';
  }
}

/**
 * Who may read, write and moderate in a network's discussions, answered from this service's
 * replicas of networks, memberships and account states (one query per check). Anyone signed in
 * reads an open network; a closed one is for its members, staff and administrators. Members
 * write; coordinators, staff and administrators moderate.
 */
@Injectable()
export class DiscussionAccess {
  constructor(
    private readonly replicas: ReplicaRepository,
    private readonly mutes: MuteRepository,
  ) {}

  /** The viewer's standing in the network, or null when the network is unknown. */
  async standing(viewer: AuthUser, networkId: string, tx?: Tx): Promise<Standing | null> {
    const replica = await this.replicas.standingOf(networkId, viewer.id, tx);
    return replica ? new Standing(viewer, replica) : null;
  }

  async canRead(viewer: AuthUser, networkId: string, tx?: Tx): Promise<boolean> {
    return (await this.standing(viewer, networkId, tx))?.canRead ?? false;
  }

  async requireReader(viewer: AuthUser, networkId: string, tx?: Tx): Promise<Standing> {
    const standing = await this.requireStanding(viewer, networkId, tx);
    if (!standing.canRead) throw new NotAMemberError();
    return standing;
  }

  async isModerator(viewer: AuthUser, networkId: string, tx?: Tx): Promise<boolean> {
    return (await this.standing(viewer, networkId, tx))?.moderator ?? false;
  }

  async requireModerator(viewer: AuthUser, networkId: string, tx?: Tx): Promise<NetworkReplica> {
    const standing = await this.requireStanding(viewer, networkId, tx);
    if (!standing.moderator) throw new NotAModeratorError();
    return standing.network;
  }

  /** A member of a live network, with an active account and not muted there. */
  async requirePoster(viewer: AuthUser, networkId: string, tx?: Tx): Promise<PosterStanding> {
    return this.requirePosterIn(viewer, await this.requireStanding(viewer, networkId, tx), tx);
  }

  /** The same checks on a standing already read in this operation. */
  async requirePosterIn(viewer: AuthUser, standing: Standing, tx?: Tx): Promise<PosterStanding> {
    const { network, membership, accountStatus } = standing.replica;
    if (network.archived) throw new NetworkArchivedError();
    if (accountStatus !== 'ACTIVE') throw new AccountSuspendedError();
    if (!membership) throw new NotAMemberError();
    const mute = await this.mutes.findActive(network.id, viewer.id, tx);
    if (mute) throw new MemberMutedError(mute.expiresAt);
    return { network, membership, moderator: standing.moderator };
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

  private async requireStanding(viewer: AuthUser, networkId: string, tx?: Tx): Promise<Standing> {
    const standing = await this.standing(viewer, networkId, tx);
    if (!standing) throw new NetworkNotFoundError();
    return standing;
  }
}
