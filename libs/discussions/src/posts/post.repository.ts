import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { managerOf, toPage } from '@mreza/shared/database';
import type { PostStatus } from './post.entity';
import { ThreadPostEntity } from './post.entity';

const COLUMNS = `p.id, p.seq, p.thread_id, p.author_id, p.body, p.quote_post_id, p.opening, p.status,
  p.moderation_reason, p.created_at, p.edited_at`;

interface RawPost {
  id: string;
  seq: string;
  thread_id: string;
  author_id: string;
  body: string;
  quote_post_id: string | null;
  opening: boolean;
  status: PostStatus;
  moderation_reason: string | null;
  created_at: Date;
  edited_at: Date | null;
}

const toEntity = (row: RawPost): ThreadPostEntity => ({
  id: row.id,
  seq: row.seq,
  threadId: row.thread_id,
  authorId: row.author_id,
  body: row.body,
  quotePostId: row.quote_post_id,
  opening: row.opening,
  status: row.status,
  moderationReason: row.moderation_reason,
  createdAt: row.created_at,
  editedAt: row.edited_at,
});

/** Which held posts a reader sees besides the published ones: all (moderators) or their own. */
export interface PostListViewer {
  userId: string;
  moderator: boolean;
}

/** Held posts are for their author and moderators; hidden and deleted ones stay as markers. */
const VISIBLE = `(p.status <> 'HELD' OR $2::boolean OR p.author_id = $3)`;

export interface PostRevision {
  body: string;
  editedBy: string;
  writtenAt: Date;
  replacedAt: Date;
}

@Injectable()
export class PostRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    post: Pick<
      ThreadPostEntity,
      'threadId' | 'authorId' | 'body' | 'quotePostId' | 'opening' | 'status' | 'moderationReason'
    >,
    tx: Tx,
  ): Promise<ThreadPostEntity> {
    const [row] = await managerOf(this.dataSource, tx).query<RawPost[]>(
      `INSERT INTO discussions.posts AS p
         (thread_id, author_id, body, quote_post_id, opening, status, moderation_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [
        post.threadId,
        post.authorId,
        post.body,
        post.quotePostId,
        post.opening,
        post.status,
        post.moderationReason,
      ],
    );
    return toEntity(row);
  }

  async findById(id: string, tx?: Tx): Promise<ThreadPostEntity | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawPost[]>(
      `SELECT ${COLUMNS} FROM discussions.posts p WHERE p.id = $1`,
      [id],
    );
    return row ? toEntity(row) : null;
  }

  async findForUpdate(id: string, tx: Tx): Promise<ThreadPostEntity | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawPost[]>(
      `SELECT ${COLUMNS} FROM discussions.posts p WHERE p.id = $1 FOR UPDATE`,
      [id],
    );
    return row ? toEntity(row) : null;
  }

  async findByIds(ids: readonly string[]): Promise<ThreadPostEntity[]> {
    const rows = await this.dataSource.query<RawPost[]>(
      `SELECT ${COLUMNS} FROM discussions.posts p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toEntity);
  }

  async findOpening(threadIds: readonly string[]): Promise<ThreadPostEntity[]> {
    const rows = await this.dataSource.query<RawPost[]>(
      `SELECT ${COLUMNS} FROM discussions.posts p
       WHERE p.thread_id = ANY($1::uuid[]) AND p.opening`,
      [threadIds],
    );
    return rows.map(toEntity);
  }

  /** A thread's posts in order, after the post with the given `seq` (a page, or a replay). */
  async findAfter(
    threadId: string,
    viewer: PostListViewer,
    afterSeq: string | null,
    limit: number,
  ): Promise<Page<ThreadPostEntity>> {
    const rows = await this.dataSource.query<RawPost[]>(
      `SELECT ${COLUMNS} FROM discussions.posts p
       WHERE p.thread_id = $1 AND ${VISIBLE} AND p.seq > $4
       ORDER BY p.seq LIMIT $5`,
      [threadId, viewer.moderator, viewer.userId, afterSeq ?? '0', limit + 1],
    );
    return toPage(rows.map(toEntity), limit, (post) => ({ key: post.seq, id: post.id }));
  }

  /** Posts of a network waiting for review, oldest first. */
  async findHeldPage(
    networkId: string,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<ThreadPostEntity>> {
    const after = cursor ? `AND (p.created_at, p.id) > ($3::timestamptz, $4::uuid)` : '';
    const rows = await this.dataSource.query<RawPost[]>(
      `SELECT ${COLUMNS} FROM discussions.posts p
       JOIN discussions.threads t ON t.id = p.thread_id
       WHERE t.network_id = $1 AND p.status = 'HELD' AND t.deleted_at IS NULL ${after}
       ORDER BY p.created_at, p.id LIMIT $2`,
      [networkId, limit + 1, ...(cursor ? [cursor.key, cursor.id] : [])],
    );
    return toPage(rows.map(toEntity), limit, (post) => ({
      key: post.createdAt.toISOString(),
      id: post.id,
    }));
  }

  async update(
    id: string,
    changes: Partial<
      Pick<ThreadPostEntity, 'body' | 'status' | 'moderationReason' | 'threadId'>
    > & {
      edited?: boolean;
    },
    tx: Tx,
  ): Promise<ThreadPostEntity> {
    const { edited, ...columns } = changes;
    await managerOf(this.dataSource, tx).update(
      ThreadPostEntity,
      { id },
      edited
        ? { ...columns, editedAt: () => `date_trunc('milliseconds', clock_timestamp())` }
        : columns,
    );
    const updated = await this.findById(id, tx);
    if (!updated) throw new Error(`post ${id} vanished while being updated`);
    return updated;
  }

  /** Moves every post of one thread to another (a merge); the moved opening post becomes a reply. */
  async moveAll(fromThreadId: string, toThreadId: string, tx: Tx): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await managerOf(this.dataSource, tx).query(
      `UPDATE discussions.posts SET thread_id = $2, opening = false WHERE thread_id = $1 RETURNING id`,
      [fromThreadId, toThreadId],
    );
    return affected;
  }

  async saveRevision(
    postId: string,
    revision: Pick<PostRevision, 'body' | 'editedBy' | 'writtenAt'>,
    tx: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO discussions.post_revisions (post_id, body, edited_by, written_at)
       VALUES ($1, $2, $3, $4)`,
      [postId, revision.body, revision.editedBy, revision.writtenAt],
    );
  }

  /** Earlier versions of a post, oldest first. */
  async revisionsOf(postId: string): Promise<PostRevision[]> {
    const rows = await this.dataSource.query<
      { body: string; edited_by: string; written_at: Date; replaced_at: Date }[]
    >(
      `SELECT body, edited_by, written_at, replaced_at FROM discussions.post_revisions
       WHERE post_id = $1 ORDER BY replaced_at, id`,
      [postId],
    );
    return rows.map((row) => ({
      body: row.body,
      editedBy: row.edited_by,
      writtenAt: row.written_at,
      replacedAt: row.replaced_at,
    }));
  }

  async replaceMentions(postId: string, userIds: string[], tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `DELETE FROM discussions.post_mentions WHERE post_id = $1`,
      [postId],
    );
    await this.insertMentions(postId, userIds, tx);
  }

  /** The mentions of a new post (nothing to do without any). */
  async insertMentions(postId: string, userIds: string[], tx: Tx): Promise<void> {
    if (userIds.length === 0) return;
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO discussions.post_mentions (post_id, user_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [postId, userIds],
    );
  }

  async mentionsOf(postIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.query<{ post_id: string; user_id: string }[]>(
      `SELECT post_id, user_id FROM discussions.post_mentions WHERE post_id = ANY($1::uuid[])`,
      [postIds],
    );
    const byPost = new Map<string, string[]>();
    for (const row of rows)
      byPost.set(row.post_id, [...(byPost.get(row.post_id) ?? []), row.user_id]);
    return byPost;
  }
}
