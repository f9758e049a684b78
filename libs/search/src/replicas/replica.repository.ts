import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NetworkReplicaStore } from '@mreza/shared/replicas';

/**
 * The search service's replicas of networks, memberships and account states (the shared
 * replica tables, in the `search` schema), with what search asks of them.
 */
@Injectable()
export class ReplicaRepository extends NetworkReplicaStore {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, 'search');
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
