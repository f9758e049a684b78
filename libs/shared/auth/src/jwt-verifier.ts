import { Inject, Injectable } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
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

/** How many verified tokens a service remembers: more than the clients active in ten minutes. */
const VERIFIED_TOKENS_KEPT = 20_000;

/** Verifies access tokens with the identity service's public key; every subgraph does this itself. */
@Injectable()
export class JwtVerifier {
  /** Parsed once: parsing the PEM on every request cost more than checking the signature. */
  private readonly publicKey: KeyObject;
  /** Tokens already verified, oldest first, with when they expire (ms). */
  private readonly verified = new Map<string, { user: AuthUser; expiresAt: number }>();

  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {
    this.publicKey = createPublicKey(options.publicKey);
  }

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

  /**
   * Returns the user, or undefined for a missing, malformed, expired or foreign token. A client
   * sends the same token with every request for its ten minutes: a token verified once is
   * remembered until it expires, since the signature check is most of a small request's cost.
   */
  verify(token: string): AuthUser | undefined {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.user;
    if (known) this.verified.delete(token);
    const verified = this.verifySignature(token);
    if (verified) {
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
        this.verified.delete(this.verified.keys().next().value as string);
      }
      this.verified.set(token, verified);
    }
    return verified?.user;
  }

  private verifySignature(token: string): { user: AuthUser; expiresAt: number } | undefined {
    try {
      const claims = verify(token, this.publicKey, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: this.options.issuer,
        audience: ACCESS_TOKEN_AUDIENCE,
      }) as Partial<AccessTokenClaims> & { exp?: number };
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return undefined;
      if (!Object.values(Role).includes(claims.role as Role)) return undefined;
      if (typeof claims.exp !== 'number') return undefined;
      const user: AuthUser = {
        id: claims.sub,
        role: claims.role as Role,
        organisationId: claims.org ?? null,
        sessionId: claims.sid,
      };
      return { user, expiresAt: claims.exp * 1000 };
    } catch {
      return undefined;
    }
  }
}
