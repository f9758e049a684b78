import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { Tx } from '@mreza/shared/database';
import { ForbiddenError } from '@mreza/shared/graphql';
import type { NetworkEntity } from '../networks/network.entity';
import { NetworkVisibility } from '../networks/network.entity';
import { MemberRepository } from './member.repository';
import { NetworkRole } from './network-member.entity';

/** Who may do what in a network: staff and administrators everywhere, coordinators in theirs. */
@Injectable()
export class NetworkAccess {
  constructor(private readonly members: MemberRepository) {}

  async roleOf(viewer: AuthUser, networkId: string, tx?: Tx): Promise<NetworkRole | null> {
    return (await this.members.find(networkId, viewer.id, tx))?.role ?? null;
  }

  /** Admit, invite and remove members, appoint coordinators, export the member list. */
  async requireManager(viewer: AuthUser, networkId: string, tx?: Tx): Promise<void> {
    if (isStaff(viewer)) return;
    if ((await this.roleOf(viewer, networkId, tx)) !== NetworkRole.COORDINATOR) {
      throw new ForbiddenError('Only coordinators of this network can do this');
    }
  }

  /** A closed network's members (and their number) are for its members, staff and admins. */
  async requireMemberListVisible(viewer: AuthUser, network: NetworkEntity): Promise<void> {
    if (network.visibility === NetworkVisibility.OPEN || isStaff(viewer)) return;
    if ((await this.roleOf(viewer, network.id)) === null) {
      throw new ForbiddenError('Only members can see who belongs to a closed network');
    }
  }
}
