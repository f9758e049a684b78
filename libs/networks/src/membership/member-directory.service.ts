import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import type { Page } from '@mreza/shared/database';
import { cursorFrom } from '@mreza/shared/graphql';
import type { NetworkEntity } from '../networks/network.entity';
import { NetworkService } from '../networks/network.service';
import type { MemberRow, MemberSearch } from './member.repository';
import { MemberRepository } from './member.repository';
import type { MembershipRequestEntity, MembershipRequestStatus } from './membership-request.entity';
import { MembershipRequestRepository } from './membership-request.repository';
import { NetworkAccess } from './network-access';

/** Who is in a network and who asks to be: read access checked per network. */
@Injectable()
export class MemberDirectoryService {
  constructor(
    private readonly networkService: NetworkService,
    private readonly members: MemberRepository,
    private readonly requests: MembershipRequestRepository,
    private readonly access: NetworkAccess,
  ) {}

  async listMembers(
    viewer: AuthUser,
    networkId: string,
    search: MemberSearch,
    first: number,
    after?: string,
  ): Promise<Page<MemberRow>> {
    const network = await this.networkService.require(networkId);
    await this.access.requireMemberListVisible(viewer, network);
    return this.members.findPage(networkId, search, cursorFrom(after), first);
  }

  async listRequests(
    viewer: AuthUser,
    networkId: string,
    status: MembershipRequestStatus | undefined,
    first: number,
    after?: string,
  ): Promise<Page<MembershipRequestEntity>> {
    await this.networkService.require(networkId);
    await this.access.requireManager(viewer, networkId);
    return this.requests.findPage(networkId, status, cursorFrom(after, 'timestamp'), first);
  }

  /** Every member, for a coordinator's meeting logistics. */
  async exportMembers(
    viewer: AuthUser,
    networkId: string,
  ): Promise<{ network: NetworkEntity; members: MemberRow[] }> {
    const network = await this.networkService.require(networkId);
    await this.access.requireManager(viewer, networkId);
    return { network, members: await this.members.findAll(networkId) };
  }
}
