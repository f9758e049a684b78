import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, Public, Role, Roles } from '@mreza/shared/auth';
import { PageArgs, toConnection } from '@mreza/shared/graphql';
import { DecideRegistrationInput, RequestRegistrationInput } from './dto/registration.inputs';
import type { RegistrationRequestEntity } from './registration-request.entity';
import { RegistrationStatus } from './registration-request.entity';
import { RegistrationRequestConnection, RegistrationRequestObject } from './registration.object';
import { RegistrationService } from './registration.service';

const toObject = (entity: RegistrationRequestEntity): RegistrationRequestObject => ({
  id: entity.id,
  email: entity.email,
  firstName: entity.firstName,
  lastName: entity.lastName,
  organisationId: entity.organisationId,
  position: entity.position,
  message: entity.message,
  status: entity.status,
  decisionReason: entity.decisionReason,
  createdAt: entity.createdAt,
});

@Resolver(() => RegistrationRequestObject)
export class RegistrationResolver {
  constructor(private readonly registrations: RegistrationService) {}

  @Public()
  @Mutation(() => RegistrationRequestObject, { description: 'Asks to join; staff decide.' })
  async requestRegistration(
    @Args('input') input: RequestRegistrationInput,
  ): Promise<RegistrationRequestObject> {
    return toObject(await this.registrations.request(input));
  }

  @Roles(Role.ADMIN, Role.STAFF)
  @Mutation(() => RegistrationRequestObject, { description: 'Approving sends an invitation.' })
  async decideRegistration(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: DecideRegistrationInput,
  ): Promise<RegistrationRequestObject> {
    return toObject(await this.registrations.decide(actor, input));
  }

  @Roles(Role.ADMIN, Role.STAFF)
  @Query(() => RegistrationRequestConnection)
  async registrationRequests(
    @Args() { first, after }: PageArgs,
    @Args('status', { type: () => RegistrationStatus, defaultValue: RegistrationStatus.PENDING })
    status: RegistrationStatus,
  ): Promise<RegistrationRequestConnection> {
    return toConnection(await this.registrations.list(status, first, after), toObject);
  }
}
