import { Inject, Injectable } from '@nestjs/common';
import { verify } from 'jsonwebtoken';
import type { AccessTokenClaims, AuthUser } from './auth-user';
import { Role } from './auth-user';
import type { AuthenticatedRequest } from './request-of';
import { bearerToken } from './request-of';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  publicKey: string;
  issuer: string;
}

export const ACCESS_TOKEN_AUDIENCE = 'mreza';
export const ACCESS_TOKEN_ALGORITHM = 'ES256';

/** Verifies access tokens with the identity service's public key; every subgraph does this itself. */
@Injectable()
export class JwtVerifier {
  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {}

  /**
   * The request's user from its bearer token, verified once per request. Reference and field
   * resolvers run without guards, so they ask here rather than trusting `request.user`.
   */
  userOf(request: AuthenticatedRequest): AuthUser | undefined {
    if (!('user' in request)) {
      const token = bearerToken(request);
      request.user = token ? this.verify(token) : undefined;
    }
    return request.user;
  }

  /** Returns the user, or undefined for a missing, malformed, expired or foreign token. */
  verify(token: string): AuthUser | undefined {
    try {
      const claims = verify(token, this.options.publicKey, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: this.options.issuer,
        audience: ACCESS_TOKEN_AUDIENCE,
      }) as Partial<AccessTokenClaims>;
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return undefined;
      if (!Object.values(Role).includes(claims.role as Role)) return undefined;
      return {
        id: claims.sub,
        role: claims.role as Role,
        organisationId: claims.org ?? null,
        sessionId: claims.sid,
      };
    } catch {
      return undefined;
    }
  }
}
