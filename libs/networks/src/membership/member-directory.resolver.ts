import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import { MemberFilterInput, RequestListArgs } from './dto/membership.inputs';
import { MemberDirectoryService } from './member-directory.service';
import { toMembershipRequestObject, toNetworkMemberObject } from './membership.mapper';
import { MembershipRequestConnection, NetworkMemberConnection } from './membership.object';

@Resolver()
export class MemberDirectoryResolver {
  constructor(private readonly service: MemberDirectoryService) {}

  @Query(() => NetworkMemberConnection, {
    description:
      "By name. A closed network's members are visible to its members, staff and admins.",
  })
  async networkMembers(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: MemberFilterInput,
  ): Promise<NetworkMemberConnection> {
    const search = { organisationId: filter?.organisationId, position: filter?.position };
    const page = await this.service.listMembers(viewer, networkId, search, first, after);
    return toConnection(page, toNetworkMemberObject);
  }

  @Query(() => MembershipRequestConnection, {
    description: 'Requests to join, oldest first: for coordinators, staff and administrators.',
  })
  async membershipRequests(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @Args() { first, after }: PageArgs,
    @Args() { status }: RequestListArgs,
  ): Promise<MembershipRequestConnection> {
    const page = await this.service.listRequests(
      viewer,
      networkId,
      status ?? undefined,
      first,
      after,
    );
    return toConnection(page, toMembershipRequestObject);
  }
}
