import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Public, Role, Roles } from '@mreza/shared/auth';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import { OrganisationFilterInput } from './dto/organisation-filter.input';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import { OrganisationLoader } from './organisation.loader';
import { toOrganisationObject } from './organisation.mapper';
import { OrganisationConnection, OrganisationObject } from './organisation.object';
import { OrganisationService } from './organisation.service';

@Resolver(() => OrganisationObject)
export class OrganisationResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly loader: OrganisationLoader,
  ) {}

  @Public()
  @Query(() => OrganisationConnection, {
    description: 'Organisations, by Latin name. Public: the registration form lists them.',
  })
  async organisations(
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: OrganisationFilterInput,
  ): Promise<OrganisationConnection> {
    const page = await this.service.list(
      { ...filter, includeArchived: filter?.includeArchived ?? false },
      first,
      after,
    );
    return toConnection(page, toOrganisationObject);
  }

  @Public()
  @Query(() => OrganisationObject)
  async organisation(@IdArg() id: string): Promise<OrganisationObject> {
    return toOrganisationObject(await this.service.get(id));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationObject)
  async createOrganisation(
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationObject> {
    return toOrganisationObject(await this.service.create(input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationObject)
  async updateOrganisation(
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<OrganisationObject> {
    return toOrganisationObject(await this.service.update(input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationObject, {
    description: 'Archived organisations take no new members.',
  })
  async setOrganisationArchived(
    @IdArg() id: string,
    @Args('archived') archived: boolean,
  ): Promise<OrganisationObject> {
    return toOrganisationObject(await this.service.setArchived(id, archived));
  }

  @Public()
  @ResolveReference()
  async resolveReference(reference: { id: string }): Promise<OrganisationObject | null> {
    const organisation = await this.loader.byId.load(reference.id);
    return organisation ? toOrganisationObject(organisation) : null;
  }
}
