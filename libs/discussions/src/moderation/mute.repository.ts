import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';

export interface Mute {
  id: string;
  networkId: string;
  userId: string;
  reason: string;
  mutedBy: string;
  createdAt: Date;
  expiresAt: Date;
}

interface RawMute {
  id: string;
  network_id: string;
  user_id: string;
  reason: string;
  muted_by: string;
  created_at: Date;
  expires_at: Date;
}

const toMute = (row: RawMute): Mute => ({
  id: row.id,
  networkId: row.network_id,
  userId: row.user_id,
  reason: row.reason,
  mutedBy: row.muted_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

const COLUMNS = 'id, network_id, user_id, reason, muted_by, created_at, expires_at';

@Injectable()
export class MuteRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The mute in force now, if any (the one that ends last). */
  async findActive(networkId: string, userId: string, tx?: Tx): Promise<Mute | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawMute[]>(
      `SELECT ${COLUMNS} FROM discussions.mutes
       WHERE network_id = $1 AND user_id = $2 AND lifted_at IS NULL AND expires_at > now()
       ORDER BY expires_at DESC LIMIT 1`,
      [networkId, userId],
    );
    return row ? toMute(row) : null;
  }

  async findActiveInNetwork(networkId: string): Promise<Mute[]> {
    const rows = await this.dataSource.query<RawMute[]>(
      `SELECT ${COLUMNS} FROM discussions.mutes
       WHERE network_id = $1 AND lifted_at IS NULL AND expires_at > now()
       ORDER BY expires_at`,
      [networkId],
    );
    return rows.map(toMute);
  }

  async insert(
    mute: Pick<Mute, 'networkId' | 'userId' | 'reason' | 'mutedBy' | 'expiresAt'>,
    tx: Tx,
  ): Promise<Mute> {
    const [row] = await managerOf(this.dataSource, tx).query<RawMute[]>(
      `INSERT INTO discussions.mutes (network_id, user_id, reason, muted_by, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [mute.networkId, mute.userId, mute.reason, mute.mutedBy, mute.expiresAt],
    );
    return toMute(row);
  }

  /** Lifts every mute of the member in the network; returns how many were in force. */
  async lift(networkId: string, userId: string, liftedBy: string, tx: Tx): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await managerOf(this.dataSource, tx).query(
      `UPDATE discussions.mutes SET lifted_at = now(), lifted_by = $3
       WHERE network_id = $1 AND user_id = $2 AND lifted_at IS NULL AND expires_at > now()
       RETURNING id`,
      [networkId, userId, liftedBy],
    );
    return affected;
  }
}
