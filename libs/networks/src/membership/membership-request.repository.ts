import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { keysetPage, managerOf, toPage } from '@mreza/shared/database';
import { MembershipRequestEntity, MembershipRequestStatus } from './membership-request.entity';

@Injectable()
export class MembershipRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, tx?: Tx): Promise<MembershipRequestEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(MembershipRequestEntity, { id });
  }

  findForUpdate(id: string, tx: Tx): Promise<MembershipRequestEntity | null> {
    return managerOf(this.dataSource, tx).findOne(MembershipRequestEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findPending(networkId: string, userId: string, tx?: Tx): Promise<MembershipRequestEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(MembershipRequestEntity, {
      networkId,
      userId,
      status: MembershipRequestStatus.PENDING,
    });
  }

  /** The networks, among those given, where the user has a request waiting. */
  async pendingNetworksOf(userId: string, networkIds: readonly string[]): Promise<Set<string>> {
    if (networkIds.length === 0) return new Set();
    const rows = await this.dataSource.manager.findBy(MembershipRequestEntity, {
      userId,
      networkId: In([...networkIds]),
      status: MembershipRequestStatus.PENDING,
    });
    return new Set(rows.map((row) => row.networkId));
  }

  /** A new pending request, or null when one is already pending. */
  async insertPending(
    networkId: string,
    userId: string,
    tx: Tx,
  ): Promise<MembershipRequestEntity | null> {
    const result = await managerOf(this.dataSource, tx)
      .createQueryBuilder()
      .insert()
      .into(MembershipRequestEntity)
      .values({ networkId, userId, status: MembershipRequestStatus.PENDING })
      .orIgnore()
      .returning('id')
      .execute();
    const [row] = result.raw as { id: string }[];
    return row ? this.findById(row.id, tx) : null;
  }

  async decide(
    id: string,
    decision: { status: MembershipRequestStatus; reason: string | null; decidedBy: string },
    tx: Tx,
  ): Promise<MembershipRequestEntity> {
    const manager = managerOf(this.dataSource, tx);
    await manager.update(MembershipRequestEntity, { id }, { ...decision, decidedAt: new Date() });
    return manager.findOneByOrFail(MembershipRequestEntity, { id });
  }

  /** Oldest first: the queue a coordinator works through. */
  async findPage(
    networkId: string,
    status: MembershipRequestStatus | undefined,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<MembershipRequestEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(MembershipRequestEntity, 'r')
      .where('r.network_id = :networkId', { networkId });
    if (status) query.andWhere('r.status = :status', { status });
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
