import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { NetworkRoleName, NetworkSnapshot } from '@mreza/shared/events';

export type AccountStatus = 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED';

/**
 * The search service's replicas of networks, memberships and account states (the tables and
 * rules of discussions' replicas; to move onto `@mreza/shared/replicas` once it lands). Every
 * write carries its event's time and applies only if not older than the row.
 */
@Injectable()
export class ReplicaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async upsertNetwork(network: NetworkSnapshot, eventAt: Date, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO search.network_replicas AS n (network_id, slug, name, visibility, archived, event_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (network_id) DO UPDATE SET slug = $2, name = $3, visibility = $4, archived = $5, event_at = $6
       WHERE n.event_at <= $6`,
      [
        network.networkId,
        network.slug,
        network.nameLatin,
        network.visibility,
        network.archived,
        eventAt,
      ],
    );
  }

  async upsertMember(
    member: { networkId: string; userId: string; role: NetworkRoleName },
    eventAt: Date,
    tx?: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO search.member_replicas AS m (network_id, user_id, role, joined_at, active, event_at)
       VALUES ($1, $2, $3, $4, true, $4)
       ON CONFLICT (network_id, user_id) DO UPDATE SET role = $3, active = true, event_at = $4
       WHERE m.event_at <= $4`,
      [member.networkId, member.userId, member.role, eventAt],
    );
  }

  async setMemberRole(
    member: { networkId: string; userId: string; role: NetworkRoleName },
    eventAt: Date,
    tx?: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE search.member_replicas SET role = $3, event_at = $4
       WHERE network_id = $1 AND user_id = $2 AND event_at <= $4`,
      [member.networkId, member.userId, member.role, eventAt],
    );
  }

  /** The row stays as a tombstone so an older "joined" cannot revive it. */
  async endMembership(networkId: string, userId: string, eventAt: Date, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO search.member_replicas AS m (network_id, user_id, role, joined_at, active, event_at)
       VALUES ($1, $2, 'MEMBER', $3, false, $3)
       ON CONFLICT (network_id, user_id) DO UPDATE SET active = false, event_at = $3
       WHERE m.event_at <= $3`,
      [networkId, userId, eventAt],
    );
  }

  async setAccountStatus(
    userId: string,
    status: AccountStatus,
    eventAt: Date,
    tx?: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO search.account_states AS a (user_id, status, event_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET status = $2, event_at = $3 WHERE a.event_at <= $3`,
      [userId, status, eventAt],
    );
  }

  async accountStatus(userId: string): Promise<AccountStatus> {
    const [row] = await this.dataSource.query<{ status: AccountStatus }[]>(
      `SELECT status FROM search.account_states WHERE user_id = $1`,
      [userId],
    );
    return row?.status ?? 'ACTIVE';
  }

  /** Open networks, and the networks the user is an active member of. */
  async networksOf(userId: string): Promise<{ open: string[]; member: string[] }> {
    const [row] = await this.dataSource.query<{ open: string[]; member: string[] }[]>(
      `SELECT
         array(SELECT network_id::text FROM search.network_replicas WHERE visibility = 'OPEN') AS open,
         array(SELECT network_id::text FROM search.member_replicas WHERE user_id = $1 AND active) AS member`,
      [userId],
    );
    return row;
  }

  async networkNames(ids: string[]): Promise<Map<string, { name: string; slug: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ network_id: string; name: string; slug: string }[]>(
      `SELECT network_id, name, slug FROM search.network_replicas WHERE network_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.network_id, { name: row.name, slug: row.slug }]));
  }
}
