import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';

/** Whose reads are recorded, and whether closed networks they do not belong to are open to them. */
export interface ReaderScope {
  userId: string;
  /** Staff and administrators read every network. */
  readsEveryNetwork: boolean;
}

/** Who has read which announcement (`networks.network_post_reads`), first read only. */
@Injectable()
export class PostReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records that the reader has read those of the posts that are live announcements they may
   * read (an open network, one they belong to, or any for staff), not written by themselves.
   * Other ids, unknown ones and reads already recorded are left alone. Returns the ids recorded.
   */
  async record(scope: ReaderScope, postIds: readonly string[], tx?: Tx): Promise<string[]> {
    if (postIds.length === 0) return [];
    const rows: { post_id: string }[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO networks.network_post_reads (post_id, user_id)
       SELECT p.id, $1 FROM networks.network_posts p
       JOIN networks.networks w ON w.id = p.network_id
       WHERE p.id = ANY($2::uuid[])
         AND p.kind = 'ANNOUNCEMENT' AND p.deleted_at IS NULL AND p.author_id <> $1
         AND ($3 OR w.visibility = 'OPEN' OR EXISTS (
           SELECT 1 FROM networks.network_members m
           WHERE m.network_id = p.network_id AND m.user_id = $1
         ))
       ORDER BY p.id
       ON CONFLICT (post_id, user_id) DO NOTHING
       RETURNING post_id`,
      [scope.userId, postIds, scope.readsEveryNetwork],
    );
    return rows.map((row) => row.post_id);
  }

  /** How many have read each of the posts; one query for a whole page. */
  async countReaders(postIds: readonly string[]): Promise<Map<string, number>> {
    if (postIds.length === 0) return new Map();
    const rows: { post_id: string; count: number }[] = await this.dataSource.query(
      `SELECT post_id, count(*)::int AS count FROM networks.network_post_reads
       WHERE post_id = ANY($1::uuid[]) GROUP BY post_id`,
      [postIds],
    );
    return new Map(rows.map((row) => [row.post_id, row.count]));
  }

  /** Which of the posts the user has read. */
  async readBy(userId: string, postIds: readonly string[]): Promise<Set<string>> {
    if (postIds.length === 0) return new Set();
    const rows: { post_id: string }[] = await this.dataSource.query(
      `SELECT post_id FROM networks.network_post_reads
       WHERE user_id = $1 AND post_id = ANY($2::uuid[])`,
      [userId, postIds],
    );
    return new Set(rows.map((row) => row.post_id));
  }
}
