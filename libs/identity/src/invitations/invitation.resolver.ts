import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, Public, Role, Roles } from '@mreza/shared/auth';
import { IdArg, PageArgs, toConnection } from '@mreza/shared/graphql';
import { UserPresenter } from '../accounts/user.presenter';
import { toAuthPayload, userAgentOf } from '../sessions/auth-payload.mapper';
import { AuthPayloadObject } from '../sessions/auth-payload.object';
import { AcceptInvitationInput, InviteUserInput } from './dto/invitation.inputs';
import type { InvitationEntity } from './invitation.entity';
import {
  InvitationConnection,
  InvitationObject,
  InvitationPreviewObject,
} from './invitation.object';
import { InvitationService } from './invitation.service';

const toInvitationObject = (invitation: InvitationEntity): InvitationObject => ({
  id: invitation.id,
  email: invitation.email,
  firstName: invitation.firstName,
  lastName: invitation.lastName,
  organisationId: invitation.organisationId,
  position: invitation.position,
  role: invitation.role,
  predecessorId: invitation.predecessorId,
  createdAt: invitation.createdAt,
  expiresAt: invitation.expiresAt,
  acceptedAt: invitation.acceptedAt,
  revokedAt: invitation.revokedAt,
});

@Resolver(() => InvitationObject)
export class InvitationResolver {
  constructor(
    private readonly invitationService: InvitationService,
    private readonly presenter: UserPresenter,
  ) {}

  @Roles(Role.ADMIN, Role.STAFF)
  @Mutation(() => InvitationObject, {
    description: 'Invites a person by e-mail into an organisation.',
  })
  async inviteUser(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: InviteUserInput,
  ): Promise<InvitationObject> {
    return toInvitationObject(await this.invitationService.invite(actor, input));
  }

  @Roles(Role.ADMIN, Role.STAFF)
  @Mutation(() => Boolean)
  async revokeInvitation(@IdArg() id: string): Promise<boolean> {
    await this.invitationService.revoke(id);
    return true;
  }

  @Roles(Role.ADMIN, Role.STAFF)
  @Query(() => InvitationConnection)
  async invitations(
    @Args() { first, after }: PageArgs,
    @Args('openOnly', { defaultValue: true }) openOnly: boolean,
  ): Promise<InvitationConnection> {
    return toConnection(
      await this.invitationService.list(openOnly, first, after),
      toInvitationObject,
    );
  }

  @Public()
  @Query(() => InvitationPreviewObject, { description: 'Who an invitation link is for.' })
  async invitation(@Args('token') token: string): Promise<InvitationPreviewObject> {
    const { email, firstName, lastName, organisationId, expiresAt } =
      await this.invitationService.preview(token);
    return { email, firstName, lastName, organisationId, expiresAt };
  }

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Sets the password and signs the invitee in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context('req') request: Request,
  ): Promise<AuthPayloadObject> {
    const issued = await this.invitationService.accept(
      input.token,
      input.password,
      userAgentOf(request),
    );
    return toAuthPayload(issued, this.presenter);
  }
}
