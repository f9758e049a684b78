import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { keysetPage, managerOf, toPage } from '@mreza/shared/database';
import type { NetworkRole } from '../membership/network-member.entity';
import type { NotificationKind } from './notification.entity';
import { NotificationEntity } from './notification.entity';

/** What a notification says, apart from whom it is for. */
export interface NotificationContent {
  kind: NotificationKind;
  networkId: string;
  subjectId: string;
  actorId: string | null;
  excerpt?: string | null;
  reason?: string | null;
  threadId?: string | null;
  threadTitle?: string | null;
}

/** A notification just marked read: what it was about. */
export interface MarkedNotification {
  kind: NotificationKind;
  subjectId: string;
}

/** Whose notifications a list or count covers, and whether closed networks are filtered. */
export interface NotificationScope {
  userId: string;
  /** Staff and administrators read every network: nothing is filtered out for them. */
  readsEveryNetwork: boolean;
}

/**
 * A notification about a network's content (an announcement, a join request to coordinate)
 * is shown only while its reader may still read the network: the network is open, or they are
 * still a member. Decisions on the reader's own requests are always theirs to see. A condition
 * on the notification `n` (digest e-mails apply it too).
 */
export const STILL_READABLE = `(
  n.kind IN ('JOIN_APPROVED', 'JOIN_REJECTED')
  OR EXISTS (SELECT 1 FROM networks.networks w WHERE w.id = n.network_id AND w.visibility = 'OPEN')
  OR EXISTS (
    SELECT 1 FROM networks.network_members m
    WHERE m.network_id = n.network_id AND m.user_id = n.user_id
  )
)`;

const readable = (scope: NotificationScope) =>
  scope.readsEveryNetwork ? '' : `AND ${STILL_READABLE}`;

const COLUMNS =
  'user_id, kind, network_id, subject_id, actor_id, excerpt, reason, thread_id, thread_title';
const contentParams = (content: NotificationContent) => [
  content.kind,
  content.networkId,
  content.subjectId,
  content.actorId,
  content.excerpt ?? null,
  content.reason ?? null,
  content.threadId ?? null,
  content.threadTitle ?? null,
];

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Notifies every member of the content's network (only those of the given roles, or among the
   * given people, if any) except one, in one statement. Someone who is not a member (any more)
   * is not notified. A notification someone already has is left alone, so a
   * redelivered event changes nothing. Returns how many were written.
   */
  async insertForMembers(
    content: NotificationContent,
    options: { except?: string; roles?: NetworkRole[]; among?: string[] },
    tx: Tx,
  ): Promise<number> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO networks.notifications (${COLUMNS})
       SELECT m.user_id, $1, $2, $3, $4, $5, $6, $7, $8 FROM networks.network_members m
       WHERE m.network_id = $2
         AND ($9::uuid IS NULL OR m.user_id <> $9)
         AND ($10::text[] IS NULL OR m.role = ANY($10))
         AND ($11::uuid[] IS NULL OR m.user_id = ANY($11))
       ON CONFLICT (user_id, kind, subject_id) WHERE kind <> 'MODERATION_WARNING' DO NOTHING
       RETURNING id`,
      [
        ...contentParams(content),
        options.except ?? null,
        options.roles ?? null,
        options.among ?? null,
      ],
    );
    return rows.length;
  }

  /** Notifies one person, unless they already have this notification. */
  async insertFor(userId: string, content: NotificationContent, tx: Tx): Promise<number> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO networks.notifications (${COLUMNS})
       VALUES ($9, $1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (user_id, kind, subject_id) WHERE kind <> 'MODERATION_WARNING' DO NOTHING
       RETURNING id`,
      [...contentParams(content), userId],
    );
    return rows.length;
  }

  /** Newest first; created_at is stored to the millisecond, so the ISO key is exact. */
  async findPage(
    scope: NotificationScope,
    unreadOnly: boolean,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<NotificationEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where(`n.user_id = :userId ${readable(scope)}`, { userId: scope.userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    keysetPage(query, {
      keys: ['n.created_at', 'n.id'],
      direction: 'DESC',
      limit,
      after: cursor && [cursor.key, cursor.id],
    });
    return toPage(await query.getMany(), limit, (row) => ({
      key: row.createdAt.toISOString(),
      id: row.id,
    }));
  }

  async countUnread(scope: NotificationScope): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM networks.notifications n
       WHERE n.user_id = $1 AND n.read_at IS NULL ${readable(scope)}`,
      [scope.userId],
    );
    return count;
  }

  /**
   * Marks the scope's unread notifications read: those with the given ids, or all of them.
   * Ids of other people's notifications match nothing. Returns those marked now.
   */
  async markRead(
    scope: NotificationScope,
    ids: string[] | null,
    tx?: Tx,
  ): Promise<MarkedNotification[]> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [rows]: [{ kind: NotificationKind; subject_id: string }[], number] = await managerOf(
      this.dataSource,
      tx,
    ).query(
      `UPDATE networks.notifications n SET read_at = clock_timestamp()
       WHERE n.user_id = $1 AND n.read_at IS NULL
         AND ($2::uuid[] IS NULL OR n.id = ANY($2)) ${readable(scope)}
       RETURNING n.kind, n.subject_id`,
      [scope.userId, ids],
    );
    return rows.map((row) => ({ kind: row.kind, subjectId: row.subject_id }));
  }
}
