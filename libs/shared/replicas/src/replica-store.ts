import type { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { NetworkSnapshot, NetworkRoleName } from '@mreza/shared/events';

export interface NetworkReplica {
  id: string;
  slug: string;
  name: string;
  visibility: 'OPEN' | 'CLOSED';
  archived: boolean;
}

export interface MemberReplica {
  networkId: string;
  userId: string;
  role: NetworkRoleName;
  joinedAt: Date;
}

export type AccountStatus = 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED';

/** A user's place in a network: the network, their membership (if any), their account. */
export interface ReplicaStanding {
  network: NetworkReplica;
  membership: MemberReplica | null;
  accountStatus: AccountStatus;
}

/**
 * A service's replicas of networks, memberships and account states, in its own schema. Every
 * write carries the time of its event and applies only if it is not older than what the row
 * holds, so redelivered or reordered events never undo a newer change. Each service subclasses
 * it as an injectable repository naming its schema.
 */
export class NetworkReplicaStore {
  constructor(
    protected readonly dataSource: DataSource,
    protected readonly schema: string,
  ) {}

  protected table(name: string): string {
    return `"${this.schema}".${name}`;
  }

  async upsertNetwork(network: NetworkSnapshot, eventAt: Date, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO ${this.table('network_replicas')} AS n (network_id, slug, name, visibility, archived, event_at)
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

  /**
   * Membership began or its role changed: active with the given role. A role change that
   * arrives before its "joined" event (events may come out of order) makes the membership too;
   * the older "joined" is then ignored, and the role stays.
   */
  async upsertMember(
    member: { networkId: string; userId: string; role: NetworkRoleName },
    eventAt: Date,
    tx?: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO ${this.table('member_replicas')} AS m (network_id, user_id, role, joined_at, active, event_at)
       VALUES ($1, $2, $3, $4, true, $4)
       ON CONFLICT (network_id, user_id) DO UPDATE SET role = $3, active = true, event_at = $4,
         joined_at = CASE WHEN m.active THEN m.joined_at ELSE $4 END
       WHERE m.event_at <= $4`,
      [member.networkId, member.userId, member.role, eventAt],
    );
  }

  /** Membership ended; the row stays as a tombstone so an older "joined" cannot revive it. */
  async endMembership(networkId: string, userId: string, eventAt: Date, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO ${this.table('member_replicas')} AS m (network_id, user_id, role, joined_at, active, event_at)
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
      `INSERT INTO ${this.table('account_states')} AS a (user_id, status, event_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET status = $2, event_at = $3 WHERE a.event_at <= $3`,
      [userId, status, eventAt],
    );
  }

  async findNetwork(networkId: string, tx?: Tx): Promise<NetworkReplica | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawNetwork[]>(
      `SELECT network_id, slug, name, visibility, archived FROM ${this.table('network_replicas')}
       WHERE network_id = $1`,
      [networkId],
    );
    return row ? toNetwork(row) : null;
  }

  async networkIdBySlug(slug: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ network_id: string }[]>(
      `SELECT network_id FROM ${this.table('network_replicas')} WHERE slug = $1`,
      [slug],
    );
    return row?.network_id ?? null;
  }

  async findMembership(networkId: string, userId: string, tx?: Tx): Promise<MemberReplica | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawMember[]>(
      `SELECT network_id, user_id, role, joined_at FROM ${this.table('member_replicas')}
       WHERE network_id = $1 AND user_id = $2 AND active`,
      [networkId, userId],
    );
    return row
      ? { networkId: row.network_id, userId: row.user_id, role: row.role, joinedAt: row.joined_at }
      : null;
  }

  /** Which of the users are active members of the network (mentions notify only them). */
  async membersAmong(networkId: string, userIds: string[], tx?: Tx): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await managerOf(this.dataSource, tx).query<{ user_id: string }[]>(
      `SELECT user_id FROM ${this.table('member_replicas')}
       WHERE network_id = $1 AND user_id = ANY($2::uuid[]) AND active`,
      [networkId, userIds],
    );
    const members = new Set(rows.map((row) => row.user_id));
    return userIds.filter((id) => members.has(id));
  }

  /** The networks the user is an active member of, with their role in each. */
  async rolesOf(userId: string, tx?: Tx): Promise<Map<string, NetworkRoleName>> {
    const rows = await managerOf(this.dataSource, tx).query<
      { network_id: string; role: NetworkRoleName }[]
    >(
      `SELECT network_id, role FROM ${this.table('member_replicas')} WHERE user_id = $1 AND active`,
      [userId],
    );
    return new Map(rows.map((row) => [row.network_id, row.role]));
  }

  /**
   * The network, the user's membership in it and their account state, in one query: what an
   * access check needs, for the price of one round trip. Null when the network is unknown.
   */
  async standingOf(networkId: string, userId: string, tx?: Tx): Promise<ReplicaStanding | null> {
    const [row] = await managerOf(this.dataSource, tx).query<
      (RawNetwork & {
        role: NetworkRoleName | null;
        joined_at: Date | null;
        status: AccountStatus;
      })[]
    >(
      `SELECT n.network_id, n.slug, n.name, n.visibility, n.archived, m.role, m.joined_at,
              coalesce(a.status, 'ACTIVE') AS status
       FROM ${this.table('network_replicas')} n
       LEFT JOIN ${this.table('member_replicas')} m
         ON m.network_id = n.network_id AND m.user_id = $2 AND m.active
       LEFT JOIN ${this.table('account_states')} a ON a.user_id = $2
       WHERE n.network_id = $1`,
      [networkId, userId],
    );
    if (!row) return null;
    return {
      network: toNetwork(row),
      membership:
        row.role && row.joined_at
          ? { networkId, userId, role: row.role, joinedAt: row.joined_at }
          : null,
      accountStatus: row.status,
    };
  }

  async accountStatus(userId: string, tx?: Tx): Promise<AccountStatus> {
    const [row] = await managerOf(this.dataSource, tx).query<{ status: AccountStatus }[]>(
      `SELECT status FROM ${this.table('account_states')} WHERE user_id = $1`,
      [userId],
    );
    return row?.status ?? 'ACTIVE';
  }
}

interface RawNetwork {
  network_id: string;
  slug: string;
  name: string;
  visibility: 'OPEN' | 'CLOSED';
  archived: boolean;
}

interface RawMember {
  network_id: string;
  user_id: string;
  role: NetworkRoleName;
  joined_at: Date;
}

const toNetwork = (row: RawNetwork): NetworkReplica => ({
  id: row.network_id,
  slug: row.slug,
  name: row.name,
  visibility: row.visibility,
  archived: row.archived,
});
