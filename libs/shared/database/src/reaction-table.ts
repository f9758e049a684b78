import type { DataSource } from 'typeorm';
import type { Tx } from './transaction';
import { managerOf } from './transaction';

/**
 * A `(post_id, user_id, reaction)` table: who reacted how to which post. Feeds and threads keep
 * one each in their own schema and share the queries.
 */
export class ReactionTable<R extends string> {
  constructor(
    private readonly dataSource: DataSource,
    /** Schema-qualified table name, a constant of the calling repository. */
    private readonly table: string,
  ) {}

  /** True when the reaction was new. */
  async add(postId: string, userId: string, reaction: R, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO ${this.table} (post_id, user_id, reaction)
       VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING post_id`,
      [postId, userId, reaction],
    );
    return rows.length > 0;
  }

  /** True when there was such a reaction. */
  async remove(postId: string, userId: string, reaction: R, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `DELETE FROM ${this.table}
       WHERE post_id = $1 AND user_id = $2 AND reaction = $3 RETURNING post_id`,
      [postId, userId, reaction],
    );
    return rows.length > 0;
  }

  /** Per post, per reaction, how many; one query for a whole page. */
  async countsFor(postIds: readonly string[]): Promise<Map<string, Map<R, number>>> {
    const counts = new Map<string, Map<R, number>>();
    if (postIds.length === 0) return counts;
    const rows: { post_id: string; reaction: R; count: string }[] = await this.dataSource.query(
      `SELECT post_id, reaction, count(*) AS count FROM ${this.table}
       WHERE post_id = ANY($1::uuid[]) GROUP BY post_id, reaction`,
      [postIds],
    );
    for (const row of rows) {
      const forPost = counts.get(row.post_id) ?? new Map<R, number>();
      forPost.set(row.reaction, Number(row.count));
      counts.set(row.post_id, forPost);
    }
    return counts;
  }

  /** The user's own reactions on each of the posts; one query for a whole page. */
  async ofUser(userId: string, postIds: readonly string[]): Promise<Map<string, R[]>> {
    const mine = new Map<string, R[]>();
    if (postIds.length === 0) return mine;
    const rows: { post_id: string; reaction: R }[] = await this.dataSource.query(
      `SELECT post_id, reaction FROM ${this.table}
       WHERE user_id = $1 AND post_id = ANY($2::uuid[])`,
      [userId, postIds],
    );
    for (const row of rows) mine.set(row.post_id, [...(mine.get(row.post_id) ?? []), row.reaction]);
    return mine;
  }
}
