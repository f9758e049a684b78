import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { containsPattern, managerOf, toPage } from '@mreza/shared/database';
import { foldSerbian } from '@mreza/shared/text';
import { NetworkMemberEntity, NetworkRole } from './network-member.entity';

/** A member with the profile fields replicated from identity (null until the replica has them). */
export interface MemberRow {
  networkId: string;
  userId: string;
  role: NetworkRole;
  joinedAt: Date;
  displayName: string | null;
  organisationId: string | null;
  position: string | null;
}

export interface MemberSearch {
  organisationId?: string;
  position?: string;
}

interface RawMemberRow {
  network_id: string;
  user_id: string;
  role: NetworkRole;
  joined_at: Date;
  display_name: string | null;
  organisation_id: string | null;
  position: string | null;
}

/** Display names in Serbian alphabetical order, Latin then Cyrillic (see migration 700). */
const SORT_KEY = `coalesce(p.display_name, '') COLLATE networks.serbian`;

const toMemberRow = (row: RawMemberRow): MemberRow => ({
  networkId: row.network_id,
  userId: row.user_id,
  role: row.role,
  joinedAt: row.joined_at,
  displayName: row.display_name,
  organisationId: row.organisation_id,
  position: row.position,
});

@Injectable()
export class MemberRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(networkId: string, userId: string, tx?: Tx): Promise<NetworkMemberEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(NetworkMemberEntity, { networkId, userId });
  }

  findAllOf(userId: string, tx?: Tx): Promise<NetworkMemberEntity[]> {
    return managerOf(this.dataSource, tx).findBy(NetworkMemberEntity, { userId });
  }

  /** The user's role in each of the networks they belong to, among those given. */
  async rolesOf(userId: string, networkIds: readonly string[]): Promise<Map<string, NetworkRole>> {
    if (networkIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(NetworkMemberEntity, 'm')
      .where('m.user_id = :userId AND m.network_id IN (:...networkIds)', { userId, networkIds })
      .getMany();
    return new Map(rows.map((row) => [row.networkId, row.role]));
  }

  async countByNetwork(networkIds: readonly string[]): Promise<Map<string, number>> {
    if (networkIds.length === 0) return new Map();
    const rows: { network_id: string; count: string }[] = await this.dataSource.query(
      `SELECT network_id, count(*) AS count FROM networks.network_members
       WHERE network_id = ANY($1::uuid[]) GROUP BY network_id`,
      [networkIds],
    );
    return new Map(rows.map((row) => [row.network_id, Number(row.count)]));
  }

  async countCoordinators(networkId: string, tx: Tx): Promise<number> {
    return managerOf(this.dataSource, tx).countBy(NetworkMemberEntity, {
      networkId,
      role: NetworkRole.COORDINATOR,
    });
  }

  /** Adds the member unless they already are one; returns the new row, or null. */
  async insert(
    member: Pick<NetworkMemberEntity, 'networkId' | 'userId' | 'role'>,
    tx: Tx,
  ): Promise<NetworkMemberEntity | null> {
    const result = await managerOf(this.dataSource, tx)
      .createQueryBuilder()
      .insert()
      .into(NetworkMemberEntity)
      .values({ ...member, joinedAt: () => 'now()' })
      .orIgnore()
      .returning('*')
      .execute();
    const [row] = result.raw as { joined_at: Date }[];
    return row ? { ...member, joinedAt: row.joined_at } : null;
  }

  async delete(networkId: string, userId: string, tx: Tx): Promise<boolean> {
    const result = await managerOf(this.dataSource, tx).delete(NetworkMemberEntity, {
      networkId,
      userId,
    });
    return (result.affected ?? 0) > 0;
  }

  async setRole(networkId: string, userId: string, role: NetworkRole, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      NetworkMemberEntity,
      { networkId, userId },
      { role },
    );
  }

  /** Gives the predecessor's place in a network to the successor, role kept, joined now. */
  async transfer(networkId: string, fromUserId: string, toUserId: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      NetworkMemberEntity,
      { networkId, userId: fromUserId },
      { userId: toUserId, joinedAt: () => 'now()' },
    );
  }

  /** The directory of a network, by display name. */
  async findPage(
    networkId: string,
    search: MemberSearch,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<MemberRow>> {
    const rows: RawMemberRow[] = await this.dataSource.query(
      `SELECT m.network_id, m.user_id, m.role, m.joined_at, p.display_name, p.organisation_id, p.position
       FROM networks.network_members m
       LEFT JOIN networks.member_profiles p ON p.user_id = m.user_id
       WHERE m.network_id = $1
         AND ($2::uuid IS NULL OR p.organisation_id = $2::uuid)
         AND ($3::text IS NULL OR p.position_search LIKE $3::text)
         AND ($4::text IS NULL OR (${SORT_KEY}, m.user_id) > ($4::text, $5::uuid))
       ORDER BY ${SORT_KEY}, m.user_id
       LIMIT $6`,
      [
        networkId,
        search.organisationId ?? null,
        search.position ? containsPattern(foldSerbian(search.position)) : null,
        cursor?.key ?? null,
        cursor?.id ?? null,
        limit + 1,
      ],
    );
    return toPage(rows.map(toMemberRow), limit, (row) => ({
      key: row.displayName ?? '',
      id: row.userId,
    }));
  }

  /** Every member of a network, by display name (the CSV export). */
  async findAll(networkId: string): Promise<MemberRow[]> {
    const rows: RawMemberRow[] = await this.dataSource.query(
      `SELECT m.network_id, m.user_id, m.role, m.joined_at, p.display_name, p.organisation_id, p.position
       FROM networks.network_members m
       LEFT JOIN networks.member_profiles p ON p.user_id = m.user_id
       WHERE m.network_id = $1
       ORDER BY ${SORT_KEY}, m.user_id`,
      [networkId],
    );
    return rows.map(toMemberRow);
  }
}
