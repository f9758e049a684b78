import { Inject, Injectable } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { createPrivateKey } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import type { AccessTokenClaims } from '@mreza/shared/auth';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE } from '@mreza/shared/auth';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';

/** Signs short-lived access tokens with the identity service's private key. */
@Injectable()
export class TokenIssuer {
  /** Parsed once rather than from the PEM at every sign-in and refresh. */
  private readonly privateKey: KeyObject;

  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {
    this.privateKey = createPrivateKey(config.JWT_PRIVATE_KEY);
  }

  get accessTokenTtlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL;
  }

  issueAccessToken(claims: AccessTokenClaims): string {
    return sign({ role: claims.role, org: claims.org, sid: claims.sid }, this.privateKey, {
      algorithm: ACCESS_TOKEN_ALGORITHM,
      subject: claims.sub,
      issuer: this.config.JWT_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      expiresIn: this.config.ACCESS_TOKEN_TTL,
    });
  }
}
