import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { managerOf, toPage } from '@mreza/shared/database';
import { ThreadEntity } from './thread.entity';

/** Whose held and hidden threads a list shows: all for moderators, own for others. */
export interface ThreadListViewer {
  userId: string;
  moderator: boolean;
}

const COLUMNS = `t.id, t.network_id, t.author_id, t.title, t.tags, t.document_ids, t.status, t.locked,
  t.pinned, t.reply_count, t.created_at, t.last_activity_at, t.deleted_at, t.merged_into_id`;

interface RawThread {
  id: string;
  network_id: string;
  author_id: string;
  title: string;
  tags: string[];
  document_ids: string[];
  status: ThreadEntity['status'];
  locked: boolean;
  pinned: boolean;
  reply_count: number;
  created_at: Date;
  last_activity_at: Date;
  deleted_at: Date | null;
  merged_into_id: string | null;
}

const toEntity = (row: RawThread): ThreadEntity => ({
  id: row.id,
  networkId: row.network_id,
  authorId: row.author_id,
  title: row.title,
  tags: row.tags,
  documentIds: row.document_ids,
  status: row.status,
  locked: row.locked,
  pinned: row.pinned,
  replyCount: row.reply_count,
  createdAt: row.created_at,
  lastActivityAt: row.last_activity_at,
  deletedAt: row.deleted_at,
  mergedIntoId: row.merged_into_id,
});

const LISTED = `t.deleted_at IS NULL AND t.merged_into_id IS NULL`;
/** `$2` is the viewer's id, `$3` whether they moderate the network. */
const VISIBLE = `(t.status = 'PUBLISHED' OR $3::boolean OR t.author_id = $2)`;

@Injectable()
export class ThreadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    thread: Pick<
      ThreadEntity,
      'networkId' | 'authorId' | 'title' | 'tags' | 'documentIds' | 'status'
    > & { id?: string },
    tx: Tx,
  ): Promise<ThreadEntity> {
    const [row] = await managerOf(this.dataSource, tx).query<RawThread[]>(
      `INSERT INTO discussions.threads AS t (id, network_id, author_id, title, tags, document_ids, status)
       VALUES (coalesce($7::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [
        thread.networkId,
        thread.authorId,
        thread.title,
        thread.tags,
        thread.documentIds,
        thread.status,
        thread.id ?? null,
      ],
    );
    return toEntity(row);
  }

  async findById(id: string, tx?: Tx): Promise<ThreadEntity | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawThread[]>(
      `SELECT ${COLUMNS} FROM discussions.threads t WHERE t.id = $1`,
      [id],
    );
    return row ? toEntity(row) : null;
  }

  /** Locks the thread for the rest of the transaction: replies, moderation and moves queue up. */
  async findForUpdate(id: string, tx: Tx): Promise<ThreadEntity | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawThread[]>(
      `SELECT ${COLUMNS} FROM discussions.threads t WHERE t.id = $1 FOR UPDATE`,
      [id],
    );
    return row ? toEntity(row) : null;
  }

  async findByIds(ids: readonly string[]): Promise<ThreadEntity[]> {
    const rows = await this.dataSource.query<RawThread[]>(
      `SELECT ${COLUMNS} FROM discussions.threads t WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toEntity);
  }

  async update(
    id: string,
    changes: Partial<
      Pick<ThreadEntity, 'status' | 'locked' | 'pinned' | 'networkId' | 'title' | 'tags'>
    >,
    tx: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).update(ThreadEntity, { id }, changes);
  }

  /** A published reply: one more in the count, and the thread rises in its network's list. */
  async recordReply(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE discussions.threads
       SET reply_count = reply_count + 1,
           last_activity_at = date_trunc('milliseconds', clock_timestamp())
       WHERE id = $1`,
      [id],
    );
  }

  async recountReplies(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE discussions.threads t SET reply_count = (
         SELECT count(*) FROM discussions.posts p
         WHERE p.thread_id = t.id AND NOT p.opening AND p.status = 'PUBLISHED')
       WHERE t.id = $1`,
      [id],
    );
  }

  async softDelete(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      ThreadEntity,
      { id },
      { deletedAt: () => 'now()', pinned: false },
    );
  }

  async markMerged(id: string, intoId: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(
      ThreadEntity,
      { id },
      { mergedIntoId: intoId, pinned: false },
    );
  }

  async countPinned(networkId: string, tx: Tx): Promise<number> {
    return managerOf(this.dataSource, tx).countBy(ThreadEntity, {
      networkId,
      pinned: true,
    });
  }

  /** Pinned threads of a network, most recently active first. */
  async findPinned(networkId: string, viewer: ThreadListViewer): Promise<ThreadEntity[]> {
    const rows = await this.dataSource.query<RawThread[]>(
      `SELECT ${COLUMNS} FROM discussions.threads t
       WHERE t.network_id = $1 AND t.pinned AND ${LISTED} AND ${VISIBLE}
       ORDER BY t.last_activity_at DESC, t.id DESC`,
      [networkId, viewer.userId, viewer.moderator],
    );
    return rows.map(toEntity);
  }

  /** A network's other threads, most recently active first. */
  async findPage(
    networkId: string,
    viewer: ThreadListViewer,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<ThreadEntity>> {
    const after = cursor ? `AND (t.last_activity_at, t.id) < ($5::timestamptz, $6::uuid)` : '';
    const rows = await this.dataSource.query<RawThread[]>(
      `SELECT ${COLUMNS} FROM discussions.threads t
       WHERE t.network_id = $1 AND NOT t.pinned AND ${LISTED} AND ${VISIBLE} ${after}
       ORDER BY t.last_activity_at DESC, t.id DESC LIMIT $4`,
      [
        networkId,
        viewer.userId,
        viewer.moderator,
        limit + 1,
        ...(cursor ? [cursor.key, cursor.id] : []),
      ],
    );
    return toPage(rows.map(toEntity), limit, (thread) => ({
      key: thread.lastActivityAt.toISOString(),
      id: thread.id,
    }));
  }
}
