import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser } from '@mreza/shared/auth';
import { IdArg } from '@mreza/shared/graphql';
import {
  DecideMembershipArgs,
  RemoveMemberArgs,
  SetNetworkRoleArgs,
} from './dto/membership.inputs';
import { toMembershipRequestObject, toNetworkMemberObject } from './membership.mapper';
import {
  JoinResultObject,
  MembershipRequestObject,
  NetworkMemberObject,
} from './membership.object';
import { MembershipService } from './membership.service';

@Resolver()
export class MembershipResolver {
  constructor(private readonly service: MembershipService) {}

  @Mutation(() => JoinResultObject, {
    description: 'Joins an open network, or asks to join a closed one.',
  })
  async joinNetwork(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
  ): Promise<JoinResultObject> {
    const { membership, request } = await this.service.join(viewer, networkId);
    return {
      membership: membership && toNetworkMemberObject(membership),
      request: request && toMembershipRequestObject(request),
    };
  }

  @Mutation(() => Boolean, { description: 'The last coordinator cannot leave.' })
  async leaveNetwork(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
  ): Promise<boolean> {
    await this.service.leave(viewer, networkId);
    return true;
  }

  @Mutation(() => MembershipRequestObject, {
    description: 'Coordinators of the network, staff and administrators approve or reject.',
  })
  async decideMembership(
    @CurrentUser() viewer: AuthUser,
    @Args() { requestId, approve, reason }: DecideMembershipArgs,
  ): Promise<MembershipRequestObject> {
    return toMembershipRequestObject(await this.service.decide(viewer, requestId, approve, reason));
  }

  @Mutation(() => NetworkMemberObject, { description: 'A coordinator adds an existing user.' })
  async addNetworkMember(
    @CurrentUser() viewer: AuthUser,
    @IdArg('networkId') networkId: string,
    @IdArg('userId') userId: string,
  ): Promise<NetworkMemberObject> {
    return toNetworkMemberObject(await this.service.addMember(viewer, networkId, userId));
  }

  @Mutation(() => Boolean)
  async removeNetworkMember(
    @CurrentUser() viewer: AuthUser,
    @Args() { networkId, userId, reason }: RemoveMemberArgs,
  ): Promise<boolean> {
    await this.service.removeMember(viewer, networkId, userId, reason);
    return true;
  }

  @Mutation(() => NetworkMemberObject, { description: 'Appoints or steps down a coordinator.' })
  async setNetworkRole(
    @CurrentUser() viewer: AuthUser,
    @Args() { networkId, userId, role }: SetNetworkRoleArgs,
  ): Promise<NetworkMemberObject> {
    return toNetworkMemberObject(await this.service.setRole(viewer, networkId, userId, role));
  }
}
