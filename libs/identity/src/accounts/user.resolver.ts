import {
  Args,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, JwtVerifier, Public, Role, Roles } from '@mreza/shared/auth';
import type { GraphQLContext } from '@mreza/shared/graphql';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { toOrganisationObject } from '../organisations/organisation.mapper';
import { OrganisationObject } from '../organisations/organisation.object';
import {
  DirectoryFilterInput,
  SetUserRoleInput,
  SetUserStatusInput,
  UpdateProfileInput,
} from './dto/account.inputs';
import { UserLoader } from './user.loader';
import { UserConnection, UserObject } from './user.object';
import { UserPresenter } from './user.presenter';
import { UserService } from './user.service';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly presenter: UserPresenter,
    private readonly userLoader: UserLoader,
    private readonly organisationLoader: OrganisationLoader,
    private readonly verifier: JwtVerifier,
  ) {}

  @Query(() => UserObject, { description: 'The signed-in user.' })
  async me(@CurrentUser() viewer: AuthUser): Promise<UserObject> {
    return this.presenter.present(await this.userService.get(viewer.id), viewer);
  }

  @Query(() => UserObject)
  async user(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<UserObject> {
    return this.presenter.present(await this.userService.get(id), viewer);
  }

  @Query(() => UserConnection, { description: 'The member directory, by last name.' })
  async users(
    @CurrentUser() viewer: AuthUser,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: DirectoryFilterInput,
  ): Promise<UserConnection> {
    const page = await this.userService.directory(viewer, filter, first, after);
    return toConnection(page, (user) => this.presenter.present(user, viewer));
  }

  @Mutation(() => UserObject)
  async updateProfile(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserObject> {
    return this.presenter.present(await this.userService.updateProfile(viewer, input), viewer);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject, { description: 'Suspend, deactivate or reactivate an account.' })
  async setUserStatus(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SetUserStatusInput,
  ): Promise<UserObject> {
    return this.presenter.present(
      await this.userService.setStatus(viewer, input.userId, input.status),
      viewer,
    );
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserObject)
  async setUserRole(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SetUserRoleInput,
  ): Promise<UserObject> {
    const user = await this.userService.setRole(input.userId, input.role, input.isLiaisonOfficer);
    return this.presenter.present(user, viewer);
  }

  @ResolveField(() => OrganisationObject, { nullable: true })
  async organisation(@Parent() user: UserObject): Promise<OrganisationObject | null> {
    if (!user.organisationId) return null;
    const organisation = await this.organisationLoader.byId.load(user.organisationId);
    return organisation ? toOrganisationObject(organisation) : null;
  }

  /** Other subgraphs name users by id (authors of posts); a deactivated author keeps the name. */
  @Public()
  @ResolveReference()
  async resolveReference(
    reference: { id: string },
    // A reference resolver gets the GraphQL context as its second argument and runs unguarded.
    context: GraphQLContext,
  ): Promise<UserObject | null> {
    const user = await this.userLoader.byId.load(reference.id);
    return user ? this.presenter.present(user, this.verifier.userOf(context.req)) : null;
  }
}
