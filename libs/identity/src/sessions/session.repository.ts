import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import { PasswordResetEntity } from './password-reset.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createSession(userId: string, userAgent: string | null, tx: Tx): Promise<SessionEntity> {
    const manager = managerOf(this.dataSource, tx);
    return manager.save(
      manager.create(SessionEntity, { userId, userAgent, lastUsedAt: new Date() }),
    );
  }

  findSession(id: string, tx?: Tx): Promise<SessionEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(SessionEntity, { id });
  }

  async addRefreshToken(
    sessionId: string,
    tokenHash: string,
    expiresAt: Date,
    tx: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).insert(RefreshTokenEntity, {
      sessionId,
      tokenHash,
      expiresAt,
    });
  }

  /** Locks the token row so two refreshes with the same token cannot both succeed. */
  findRefreshTokenForUpdate(tokenHash: string, tx: Tx): Promise<RefreshTokenEntity | null> {
    return managerOf(this.dataSource, tx).findOne(RefreshTokenEntity, {
      where: { tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markRefreshTokenUsed(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(RefreshTokenEntity, { id }, { usedAt: new Date() });
  }

  async touchSession(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(SessionEntity, { id }, { lastUsedAt: new Date() });
  }

  async revokeSession(id: string, reason: string, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      SessionEntity,
      { id, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  async revokeAllSessions(userId: string, reason: string, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      SessionEntity,
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /** True while the session is open and its user active: checked on every request. */
  async isSessionActive(sessionId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM identity.sessions s JOIN identity.users u ON u.id = s.user_id
       WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND u.status = 'ACTIVE'`,
      [sessionId, userId],
    );
    return rows.length > 0;
  }

  async addPasswordReset(
    userId: string,
    tokenHash: string,
    expiresAt: Date,
    tx: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).insert(PasswordResetEntity, {
      userId,
      tokenHash,
      expiresAt,
    });
  }

  findPasswordResetForUpdate(tokenHash: string, tx: Tx): Promise<PasswordResetEntity | null> {
    return managerOf(this.dataSource, tx).findOne(PasswordResetEntity, {
      where: { tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markPasswordResetUsed(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      PasswordResetEntity,
      { id },
      { usedAt: new Date() },
    );
  }
}
