import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import type { AuthUser } from '@mreza/shared/auth';
import { CurrentUser, Public } from '@mreza/shared/auth';
import { UserPresenter } from '../accounts/user.presenter';
import { toAuthPayload, userAgentOf } from './auth-payload.mapper';
import { AuthPayloadObject } from './auth-payload.object';
import {
  ChangePasswordInput,
  LoginInput,
  LogoutInput,
  ResetPasswordInput,
} from './dto/session.inputs';
import type { IssuedSession } from './session.service';
import { SessionService } from './session.service';

@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly presenter: UserPresenter,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadObject)
  async login(
    @Args('input') input: LoginInput,
    @Context('req') request: Request,
  ): Promise<AuthPayloadObject> {
    return this.toPayload(
      await this.sessions.login(input.email, input.password, userAgentOf(request)),
    );
  }

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Exchanges a refresh token for a new pair.' })
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadObject> {
    return this.toPayload(await this.sessions.refresh(refreshToken));
  }

  @Mutation(() => Boolean)
  async logout(
    @CurrentUser() user: AuthUser,
    @Args('input', { nullable: true }) input?: LogoutInput,
  ): Promise<boolean> {
    await this.sessions.logout(user, input?.everywhere ?? false);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Ends every session; sign in again with the new password.',
  })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.sessions.changePassword(user, input.currentPassword, input.newPassword);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sends a reset link if the address has an account; always answers true.',
  })
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    await this.sessions.requestPasswordReset(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean)
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.sessions.resetPassword(input.token, input.newPassword);
    return true;
  }

  private toPayload(issued: IssuedSession): AuthPayloadObject {
    return toAuthPayload(issued, this.presenter);
  }
}
