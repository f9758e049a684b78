import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { managerOf, toPage } from '@mreza/shared/database';

export enum FlagReason {
  OFF_TOPIC = 'OFF_TOPIC',
  POLITICAL = 'POLITICAL',
  PERSONAL_ATTACK = 'PERSONAL_ATTACK',
  SPAM = 'SPAM',
  OTHER = 'OTHER',
}

export enum FlagResolution {
  DISMISSED = 'DISMISSED',
  HIDDEN = 'HIDDEN',
  DELETED = 'DELETED',
  WARNED = 'WARNED',
}

export interface Flag {
  id: string;
  postId: string;
  networkId: string;
  flaggedBy: string;
  reason: FlagReason;
  note: string | null;
  createdAt: Date;
  resolution: FlagResolution | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
}

interface RawFlag {
  id: string;
  post_id: string;
  network_id: string;
  flagged_by: string;
  reason: FlagReason;
  note: string | null;
  created_at: Date;
  resolution: FlagResolution | null;
  resolved_by: string | null;
  resolved_at: Date | null;
}

const toFlag = (row: RawFlag): Flag => ({
  id: row.id,
  postId: row.post_id,
  networkId: row.network_id,
  flaggedBy: row.flagged_by,
  reason: row.reason,
  note: row.note,
  createdAt: row.created_at,
  resolution: row.resolution,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
});

@Injectable()
export class FlagRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when this member already flagged the post. */
  async insert(
    flag: Pick<Flag, 'postId' | 'networkId' | 'flaggedBy' | 'reason' | 'note'>,
    tx: Tx,
  ): Promise<Flag | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawFlag[]>(
      `INSERT INTO discussions.flags (post_id, network_id, flagged_by, reason, note)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (post_id, flagged_by) DO NOTHING RETURNING *`,
      [flag.postId, flag.networkId, flag.flaggedBy, flag.reason, flag.note],
    );
    return row ? toFlag(row) : null;
  }

  async findForUpdate(id: string, tx: Tx): Promise<Flag | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawFlag[]>(
      `SELECT * FROM discussions.flags WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ? toFlag(row) : null;
  }

  async findById(id: string): Promise<Flag | null> {
    const [row] = await this.dataSource.query<RawFlag[]>(
      `SELECT * FROM discussions.flags WHERE id = $1`,
      [id],
    );
    return row ? toFlag(row) : null;
  }

  /** Resolves every open flag on the post at once: one decision answers them all. */
  async resolveOpenOnPost(
    postId: string,
    resolution: FlagResolution,
    resolvedBy: string,
    tx: Tx,
  ): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await managerOf(this.dataSource, tx).query(
      `UPDATE discussions.flags SET resolution = $2, resolved_by = $3, resolved_at = now()
       WHERE post_id = $1 AND resolution IS NULL RETURNING id`,
      [postId, resolution, resolvedBy],
    );
    return affected;
  }

  /** Open flags of a network, oldest first (first come, first served). */
  async findOpenPage(
    networkId: string,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<Flag>> {
    const after = cursor ? `AND (created_at, id) > ($3::timestamptz, $4::uuid)` : '';
    const rows = await this.dataSource.query<RawFlag[]>(
      `SELECT * FROM discussions.flags WHERE network_id = $1 AND resolution IS NULL ${after}
       ORDER BY created_at, id LIMIT $2`,
      [networkId, limit + 1, ...(cursor ? [cursor.key, cursor.id] : [])],
    );
    return toPage(rows.map(toFlag), limit, (flag) => ({
      key: flag.createdAt.toISOString(),
      id: flag.id,
    }));
  }

  async countOpen(networkId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(*) AS count FROM discussions.flags WHERE network_id = $1 AND resolution IS NULL`,
      [networkId],
    );
    return Number(row.count);
  }

  /** Flags follow their post when a thread moves to another network. */
  async moveToNetwork(threadId: string, networkId: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE discussions.flags f SET network_id = $2 FROM discussions.posts p
       WHERE p.id = f.post_id AND p.thread_id = $1`,
      [threadId, networkId],
    );
  }
}
