import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { managerOf, toPage } from '@mreza/shared/database';
import type { PostKind } from './post.entity';
import { NetworkPostEntity } from './post.entity';

interface RawPost {
  id: string;
  network_id: string;
  author_id: string;
  kind: PostKind;
  body: string;
  pinned: boolean;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
}

const COLUMNS = `p.id, p.network_id, p.author_id, p.kind, p.body, p.pinned, p.created_at, p.edited_at, p.deleted_at`;

const toEntity = (row: RawPost): NetworkPostEntity => ({
  id: row.id,
  networkId: row.network_id,
  authorId: row.author_id,
  kind: row.kind,
  body: row.body,
  pinned: row.pinned,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deletedAt: row.deleted_at,
});

/** Newest first; created_at is stored to the millisecond, so the ISO key is exact. */
const cursorOf = (post: NetworkPostEntity): Cursor => ({
  key: post.createdAt.toISOString(),
  id: post.id,
});

/** `(created_at, id) < cursor`, or nothing on the first page; parameters from `$first`. */
const before = (cursor: Cursor | undefined, first: number) =>
  cursor ? `AND (p.created_at, p.id) < ($${first}::timestamptz, $${first + 1}::uuid)` : '';
const cursorParams = (cursor: Cursor | undefined) => (cursor ? [cursor.key, cursor.id] : []);

@Injectable()
export class PostRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A post that has not been deleted. */
  async findLive(id: string, tx?: Tx): Promise<NetworkPostEntity | null> {
    const post = await managerOf(this.dataSource, tx).findOneBy(NetworkPostEntity, { id });
    return post && !post.deletedAt ? post : null;
  }

  /** A post, deleted or not. */
  findById(id: string, tx?: Tx): Promise<NetworkPostEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(NetworkPostEntity, { id });
  }

  /** Locks the post for the rest of the transaction. */
  async findLiveForUpdate(id: string, tx: Tx): Promise<NetworkPostEntity | null> {
    const post = await managerOf(this.dataSource, tx).findOne(NetworkPostEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return post && !post.deletedAt ? post : null;
  }

  async insert(
    post: Pick<NetworkPostEntity, 'networkId' | 'authorId' | 'kind' | 'body' | 'pinned'>,
    tx: Tx,
  ): Promise<NetworkPostEntity> {
    const [row]: RawPost[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO networks.network_posts AS p (network_id, author_id, kind, body, pinned)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [post.networkId, post.authorId, post.kind, post.body, post.pinned],
    );
    return toEntity(row);
  }

  /** Replaces the body and stamps the edit; returns the post as it is now. */
  async updateBody(id: string, body: string, tx: Tx): Promise<NetworkPostEntity> {
    const [[row]]: [RawPost[], number] = await managerOf(this.dataSource, tx).query(
      `UPDATE networks.network_posts AS p SET body = $2, edited_at = clock_timestamp()
       WHERE p.id = $1 RETURNING ${COLUMNS}`,
      [id, body],
    );
    return toEntity(row);
  }

  /**
   * A post with a fixed id and time (the demo seed's), unless that id exists already, deleted or
   * not; returns it, or null when it was there.
   */
  async insertWithId(
    post: Pick<
      NetworkPostEntity,
      'id' | 'networkId' | 'authorId' | 'kind' | 'body' | 'pinned' | 'createdAt'
    >,
    tx: Tx,
  ): Promise<NetworkPostEntity | null> {
    const [row]: RawPost[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO networks.network_posts AS p (id, network_id, author_id, kind, body, pinned, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, date_trunc('milliseconds', $7::timestamptz))
       ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
      [post.id, post.networkId, post.authorId, post.kind, post.body, post.pinned, post.createdAt],
    );
    return row ? toEntity(row) : null;
  }

  async setPinned(id: string, pinned: boolean, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(NetworkPostEntity, { id }, { pinned });
  }

  /** Soft delete: the row stays for the record, unpinned, out of every feed. */
  async softDelete(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      NetworkPostEntity,
      { id },
      { deletedAt: () => 'now()', pinned: false },
    );
  }

  async countPinned(networkId: string, tx: Tx): Promise<number> {
    return managerOf(this.dataSource, tx).countBy(NetworkPostEntity, {
      networkId,
      pinned: true,
    });
  }

  /** Pinned announcements of a network, newest first. */
  async findPinned(networkId: string, limit: number): Promise<NetworkPostEntity[]> {
    const rows: RawPost[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM networks.network_posts p
       WHERE p.network_id = $1 AND p.pinned AND p.deleted_at IS NULL
       ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      [networkId, limit],
    );
    return rows.map(toEntity);
  }

  /** A network's posts that are not pinned, newest first (pinned ones head the first page). */
  async findNetworkPage(
    networkId: string,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<NetworkPostEntity>> {
    const rows: RawPost[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM networks.network_posts p
       WHERE p.network_id = $1 AND p.deleted_at IS NULL AND NOT p.pinned ${before(cursor, 3)}
       ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      [networkId, limit + 1, ...cursorParams(cursor)],
    );
    return toPage(rows.map(toEntity), limit, cursorOf);
  }

  /**
   * The newest posts across the networks the user belongs to, in one query. Each network's
   * posts are read from its own index range, at most `limit + 1` per network, then merged: the
   * cost grows with the number of the user's networks and the page size, not with the number
   * of posts. Keyset on (created_at, id): a post added after a page was read is newer than its
   * cursor and never appears on a later page.
   */
  async findHomePage(
    userId: string,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<NetworkPostEntity>> {
    const rows: RawPost[] = await this.dataSource.query(
      `SELECT ${COLUMNS}
       FROM networks.network_members m
       CROSS JOIN LATERAL (
         SELECT ${COLUMNS} FROM networks.network_posts p
         WHERE p.network_id = m.network_id AND p.deleted_at IS NULL ${before(cursor, 3)}
         ORDER BY p.created_at DESC, p.id DESC LIMIT $2
       ) p
       WHERE m.user_id = $1
       ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      [userId, limit + 1, ...cursorParams(cursor)],
    );
    return toPage(rows.map(toEntity), limit, cursorOf);
  }
}
