import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, JwtVerifier, Public, Role, Roles } from '@mreza/shared/auth';
import type { GraphQLContext } from '@mreza/shared/graphql';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import { CreateNetworkInput, NetworkFilterInput, UpdateNetworkInput } from './dto/network.inputs';
import { toNetworkObject } from './network.mapper';
import { NetworkConnection, NetworkObject } from './network.object';
import { NetworkService } from './network.service';

@Resolver(() => NetworkObject)
export class NetworkResolver {
  constructor(
    private readonly service: NetworkService,
    private readonly verifier: JwtVerifier,
  ) {}

  @Query(() => NetworkConnection, { description: 'Networks, by Latin name.' })
  async networks(
    @CurrentUser() viewer: AuthUser,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: NetworkFilterInput,
  ): Promise<NetworkConnection> {
    const search = { query: filter?.query, includeArchived: filter?.includeArchived ?? false };
    return toConnection(await this.service.list(viewer, search, first, after), toNetworkObject);
  }

  @Query(() => NetworkObject)
  async network(
    @CurrentUser() viewer: AuthUser,
    @Args('slug') slug: string,
  ): Promise<NetworkObject> {
    return toNetworkObject(await this.service.getBySlug(viewer, slug));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => NetworkObject)
  async createNetwork(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateNetworkInput,
  ): Promise<NetworkObject> {
    const network = await this.service.create(input);
    return toNetworkObject(await this.service.viewOf(viewer, network));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => NetworkObject, { description: 'Archived networks cannot be edited.' })
  async updateNetwork(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateNetworkInput,
  ): Promise<NetworkObject> {
    const network = await this.service.update(input);
    return toNetworkObject(await this.service.viewOf(viewer, network));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => NetworkObject, { description: 'An archived network is read-only.' })
  async setNetworkArchived(
    @CurrentUser() viewer: AuthUser,
    @IdArg() id: string,
    @Args('archived') archived: boolean,
  ): Promise<NetworkObject> {
    const network = await this.service.setArchived(id, archived);
    return toNetworkObject(await this.service.viewOf(viewer, network));
  }

  /** Other subgraphs name networks by id; counts stay hidden as in `networks`. */
  @Public()
  @ResolveReference()
  async resolveReference(
    reference: { id: string },
    // A reference resolver gets the GraphQL context as its second argument and runs unguarded.
    context: GraphQLContext,
  ): Promise<NetworkObject | null> {
    const viewer = this.verifier.userOf(context.req);
    if (!viewer) return null;
    const view = await this.service.findView(viewer, reference.id);
    return view ? toNetworkObject(view) : null;
  }
}
