import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { keysetPage, managerOf, toPage } from '@mreza/shared/database';
import { RegistrationRequestEntity, RegistrationStatus } from './registration-request.entity';

export type NewRegistration = Pick<
  RegistrationRequestEntity,
  'email' | 'firstName' | 'lastName' | 'organisationId' | 'position' | 'message'
>;

@Injectable()
export class RegistrationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(request: NewRegistration): Promise<RegistrationRequestEntity> {
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(RegistrationRequestEntity, { ...request, status: RegistrationStatus.PENDING }),
    );
  }

  hasPending(email: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(RegistrationRequestEntity, {
      email,
      status: RegistrationStatus.PENDING,
    });
  }

  findForUpdate(id: string, tx: Tx): Promise<RegistrationRequestEntity | null> {
    return managerOf(this.dataSource, tx).findOne(RegistrationRequestEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async decide(
    id: string,
    decision: Pick<RegistrationRequestEntity, 'status' | 'decidedById' | 'decisionReason'>,
    tx: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      RegistrationRequestEntity,
      { id },
      { ...decision, decidedAt: new Date() },
    );
  }

  /** Oldest first, so requests are handled in the order they came. */
  async findPage(
    status: RegistrationStatus,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<RegistrationRequestEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(RegistrationRequestEntity, 'r')
      .where('r.status = :status', { status });
    keysetPage(query, {
      keys: ['r.created_at', 'r.id'],
      direction: 'ASC',
      limit,
      after: cursor && [cursor.key, cursor.id],
    });
    return toPage(await query.getMany(), limit, (row) => ({
      key: row.createdAt.toISOString(),
      id: row.id,
    }));
  }
}
