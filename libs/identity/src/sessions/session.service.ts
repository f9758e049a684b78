import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import type { Tx } from '@mreza/shared/database';
import { TransactionRunner } from '@mreza/shared/database';
import type { UserEntity } from '../accounts/user.entity';
import { UserStatus } from '../accounts/user.entity';
import { UserRepository } from '../accounts/user.repository';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import { mailTemplates } from '../mail/mail-templates';
import { MailOutbox } from '../mail/mail-outbox';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertStrongPassword } from '../passwords/password-policy';
import { hashSecretToken, newSecretToken } from '../passwords/secret-token';
import { pauseAfterFailures } from './login-throttle';
import {
  AccountNotActiveError,
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  InvalidResetTokenError,
  LoginThrottledError,
  RefreshTokenReusedError,
  WrongPasswordError,
} from './session.errors';
import { SessionRepository } from './session.repository';
import { TokenIssuer } from './token-issuer';

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: UserEntity;
}

const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class SessionService {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly mail: MailOutbox,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenIssuer,
    private readonly transaction: TransactionRunner,
  ) {}

  async login(email: string, password: string, userAgent: string | null): Promise<IssuedSession> {
    const user = await this.users.findByEmail(email.trim());
    const now = new Date();
    if (user?.loginBlockedUntil && user.loginBlockedUntil > now) {
      throw new LoginThrottledError(
        Math.ceil((user.loginBlockedUntil.getTime() - now.getTime()) / 1000),
      );
    }
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      if (user) await this.recordFailedLogin(user.id);
      throw new InvalidCredentialsError();
    }
    if (user.status !== UserStatus.ACTIVE) throw new AccountNotActiveError(user.status);
    return this.transaction.run(async (tx) => {
      await this.users.update(user.id, { failedLoginCount: 0, loginBlockedUntil: null }, tx);
      const session = await this.sessions.createSession(user.id, userAgent, tx);
      const refreshToken = await this.addRefreshToken(session.id, tx);
      return this.issue(user, session.id, refreshToken);
    });
  }

  /** Rotates the refresh token; presenting a spent one ends the whole session (token theft). */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const outcome = await this.transaction.run(async (tx) => {
      const token = await this.sessions.findRefreshTokenForUpdate(
        hashSecretToken(refreshToken),
        tx,
      );
      if (!token) return { error: new InvalidRefreshTokenError() };
      const session = await this.sessions.findSession(token.sessionId, tx);
      if (!session || session.revokedAt) return { error: new InvalidRefreshTokenError() };
      if (token.usedAt) {
        await this.sessions.revokeSession(session.id, 'refresh-token-reuse', tx);
        return { error: new RefreshTokenReusedError() };
      }
      if (token.expiresAt < new Date()) return { error: new InvalidRefreshTokenError() };
      const user = await this.users.findById(session.userId, tx);
      if (!user || user.status !== UserStatus.ACTIVE) {
        await this.sessions.revokeSession(session.id, 'account-inactive', tx);
        return { error: new InvalidRefreshTokenError() };
      }
      await this.sessions.markRefreshTokenUsed(token.id, tx);
      await this.sessions.touchSession(session.id, tx);
      return { issued: this.issue(user, session.id, await this.addRefreshToken(session.id, tx)) };
    });
    // The revocation above must commit, so the error is raised only after the transaction.
    if ('error' in outcome) throw outcome.error;
    return outcome.issued;
  }

  async logout(user: AuthUser, everywhere: boolean): Promise<void> {
    if (everywhere) await this.sessions.revokeAllSessions(user.id, 'logout-everywhere');
    else await this.sessions.revokeSession(user.sessionId, 'logout');
  }

  /** Changing the password ends every other session. */
  async changePassword(
    user: AuthUser,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const account = await this.users.findById(user.id);
    if (!account) throw new InvalidCredentialsError();
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new WrongPasswordError();
    }
    assertStrongPassword(newPassword, personalWords(account));
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transaction.run(async (tx) => {
      await this.users.update(account.id, { passwordHash }, tx);
      await this.sessions.revokeAllSessions(account.id, 'password-changed', tx);
    });
  }

  /** Always succeeds from the caller's view, so it cannot reveal who has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email.trim());
    if (!user || user.status !== UserStatus.ACTIVE) return;
    const { token, hash } = newSecretToken();
    await this.transaction.run(async (tx) => {
      await this.sessions.addPasswordReset(
        user.id,
        hash,
        new Date(Date.now() + PASSWORD_RESET_TTL_MS),
        tx,
      );
      await this.mail.queue(
        mailTemplates.passwordReset(user.email, {
          name: `${user.firstName} ${user.lastName}`,
          link: `${this.config.PUBLIC_URL}/reset-password?token=${token}`,
        }),
        tx,
      );
    });
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const outcome = await this.transaction.run(async (tx) => {
      const reset = await this.sessions.findPasswordResetForUpdate(hashSecretToken(token), tx);
      if (!reset || reset.usedAt || reset.expiresAt < new Date())
        return new InvalidResetTokenError();
      const user = await this.users.findById(reset.userId, tx);
      if (!user || user.status !== UserStatus.ACTIVE) return new InvalidResetTokenError();
      assertStrongPassword(newPassword, personalWords(user));
      const passwordHash = await this.hasher.hash(newPassword);
      await this.users.update(
        user.id,
        { passwordHash, failedLoginCount: 0, loginBlockedUntil: null },
        tx,
      );
      await this.sessions.markPasswordResetUsed(reset.id, tx);
      await this.sessions.revokeAllSessions(user.id, 'password-reset', tx);
      return undefined;
    });
    if (outcome) throw outcome;
  }

  /** Starts a session for a person who just set their password (invitation accepted). */
  async startSession(user: UserEntity, userAgent: string | null): Promise<IssuedSession> {
    return this.transaction.run(async (tx) => {
      const session = await this.sessions.createSession(user.id, userAgent, tx);
      return this.issue(user, session.id, await this.addRefreshToken(session.id, tx));
    });
  }

  private async recordFailedLogin(userId: string): Promise<void> {
    await this.transaction.run(async (tx) => {
      const user = await this.users.findForUpdate(userId, tx);
      if (!user) return;
      const failures = user.failedLoginCount + 1;
      const pause = pauseAfterFailures(failures);
      await this.users.update(
        userId,
        {
          failedLoginCount: failures,
          loginBlockedUntil: pause > 0 ? new Date(Date.now() + pause * 1000) : null,
        },
        tx,
      );
    });
  }

  private async addRefreshToken(sessionId: string, tx: Tx): Promise<string> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS);
    await this.sessions.addRefreshToken(sessionId, hash, expiresAt, tx);
    return token;
  }

  private issue(user: UserEntity, sessionId: string, refreshToken: string): IssuedSession {
    return {
      accessToken: this.tokens.issueAccessToken({
        sub: user.id,
        role: user.role,
        org: user.organisationId,
        sid: sessionId,
      }),
      refreshToken,
      expiresIn: this.tokens.accessTokenTtlSeconds,
      user,
    };
  }
}

/** Words a person's password must not lean on. */
export const personalWords = (user: Pick<UserEntity, 'email' | 'firstName' | 'lastName'>) => [
  user.email,
  user.firstName,
  user.lastName,
];
