import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@mreza/shared/graphql';
import type { AuthUser, Role } from './auth-user';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators';
import { JwtVerifier } from './jwt-verifier';
import { bearerToken, requestOf } from './request-of';

export const SESSION_CHECK = Symbol('SESSION_CHECK');

/**
 * Optional per-request check that the user behind a valid token is still allowed in
 * (not suspended, session not revoked). The identity service provides one.
 */
export interface SessionCheck {
  isActive(user: AuthUser): Promise<boolean>;
}

/** Global guard: verifies the token, enforces `@Public()` and `@Roles()`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: JwtVerifier,
    @Optional() @Inject(SESSION_CHECK) private readonly sessionCheck?: SessionCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [];
    const request = requestOf(context);

    let user = this.verifier.userOf(request);
    if (user && this.sessionCheck && !(await this.sessionCheck.isActive(user))) {
      user = request.user = undefined;
    }

    if (!user) {
      if (isPublic) return true;
      throw new UnauthenticatedError(
        bearerToken(request) ? 'Your session has expired; sign in again' : 'Sign in first',
      );
    }
    if (roles.length > 0 && !roles.includes(user.role)) throw new ForbiddenError();
    return true;
  }
}
