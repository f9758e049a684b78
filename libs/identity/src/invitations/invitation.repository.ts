import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { keysetPage, managerOf, toPage } from '@mreza/shared/database';
import { InvitationEntity } from './invitation.entity';

export type NewInvitation = Pick<
  InvitationEntity,
  | 'email'
  | 'firstName'
  | 'lastName'
  | 'organisationId'
  | 'position'
  | 'role'
  | 'predecessorId'
  | 'invitedById'
  | 'tokenHash'
  | 'expiresAt'
>;

@Injectable()
export class InvitationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(invitation: NewInvitation, tx: Tx): Promise<InvitationEntity> {
    const manager = managerOf(this.dataSource, tx);
    return manager.save(manager.create(InvitationEntity, invitation));
  }

  /** An open invitation for the address is replaced by a new one. */
  async revokeOpenFor(email: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      InvitationEntity,
      { email, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.dataSource.manager.update(
      InvitationEntity,
      { id, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  findByTokenForUpdate(tokenHash: string, tx: Tx): Promise<InvitationEntity | null> {
    return managerOf(this.dataSource, tx).findOne(InvitationEntity, {
      where: { tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.dataSource.manager.findOneBy(InvitationEntity, { tokenHash });
  }

  async markAccepted(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      InvitationEntity,
      { id },
      { acceptedAt: new Date() },
    );
  }

  /** Newest first; `openOnly` leaves out accepted and revoked ones. */
  async findPage(
    openOnly: boolean,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<InvitationEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(InvitationEntity, 'i');
    if (openOnly) query.andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL');
    keysetPage(query, {
      keys: ['i.created_at', 'i.id'],
      direction: 'DESC',
      limit,
      after: cursor && [cursor.key, cursor.id],
    });
    return toPage(await query.getMany(), limit, (row) => ({
      key: row.createdAt.toISOString(),
      id: row.id,
    }));
  }
}
