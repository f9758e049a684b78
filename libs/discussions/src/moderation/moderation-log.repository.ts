import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { managerOf, toPage } from '@mreza/shared/database';

export enum ModerationAction {
  POST_HIDDEN = 'POST_HIDDEN',
  POST_RESTORED = 'POST_RESTORED',
  POST_DELETED = 'POST_DELETED',
  POST_APPROVED = 'POST_APPROVED',
  POST_REJECTED = 'POST_REJECTED',
  FLAG_DISMISSED = 'FLAG_DISMISSED',
  AUTHOR_WARNED = 'AUTHOR_WARNED',
  THREAD_LOCKED = 'THREAD_LOCKED',
  THREAD_UNLOCKED = 'THREAD_UNLOCKED',
  THREAD_PINNED = 'THREAD_PINNED',
  THREAD_UNPINNED = 'THREAD_UNPINNED',
  THREAD_MOVED = 'THREAD_MOVED',
  THREAD_MERGED = 'THREAD_MERGED',
  MEMBER_MUTED = 'MEMBER_MUTED',
  MEMBER_UNMUTED = 'MEMBER_UNMUTED',
  RULES_CHANGED = 'RULES_CHANGED',
}

export type ModerationTarget = 'POST' | 'THREAD' | 'MEMBER' | 'FLAG' | 'RULES';

export interface ModerationLogEntry {
  id: string;
  networkId: string;
  actorId: string;
  action: ModerationAction;
  targetType: ModerationTarget;
  targetId: string;
  /** The member the action concerns: the author of a post, the muted member. */
  subjectUserId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
}

interface RawEntry {
  id: string;
  network_id: string;
  actor_id: string;
  action: ModerationAction;
  target_type: ModerationTarget;
  target_id: string;
  subject_user_id: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  created_at: Date;
}

const toEntry = (row: RawEntry): ModerationLogEntry => ({
  id: row.id,
  networkId: row.network_id,
  actorId: row.actor_id,
  action: row.action,
  targetType: row.target_type,
  targetId: row.target_id,
  subjectUserId: row.subject_user_id,
  reason: row.reason,
  details: row.details,
  createdAt: row.created_at,
});

/** The append-only record of moderation (the table refuses updates and deletes). */
@Injectable()
export class ModerationLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(entry: Omit<ModerationLogEntry, 'id' | 'createdAt'>, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO discussions.moderation_log
         (network_id, actor_id, action, target_type, target_id, subject_user_id, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.networkId,
        entry.actorId,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.subjectUserId,
        entry.reason,
        entry.details,
      ],
    );
  }

  /** Newest first. */
  async findPage(
    networkId: string,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<ModerationLogEntry>> {
    const after = cursor ? `AND (created_at, id) < ($3::timestamptz, $4::uuid)` : '';
    const rows = await this.dataSource.query<RawEntry[]>(
      `SELECT * FROM discussions.moderation_log WHERE network_id = $1 ${after}
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      [networkId, limit + 1, ...(cursor ? [cursor.key, cursor.id] : [])],
    );
    return toPage(rows.map(toEntry), limit, (entry) => ({
      key: entry.createdAt.toISOString(),
      id: entry.id,
    }));
  }
}
