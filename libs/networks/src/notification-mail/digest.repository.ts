import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { DigestFrequencyName } from '@mreza/shared/events';
import type { NotificationKind } from '../notifications/notification.entity';
import { STILL_READABLE } from '../notifications/notification.repository';
import { DEFAULT_PREFERENCES } from './notification-preferences.entity';

/** Where a period's digest may reach back to. */
export interface DigestWindow {
  frequency: DigestFrequencyName;
  /** The period's end: notifications up to this instant are in its digest. */
  end: Date;
  /** For a member's first digest: the period's start. */
  firstFrom: Date;
  /** However long ago a member's last digest was, nothing older than this. */
  floor: Date;
}

/** An unread notification as a digest lists it. */
export interface DigestRow {
  kind: NotificationKind;
  networkSlug: string;
  networkNameLatin: string;
  networkNameCyrillic: string;
  networkNameEnglish: string;
  excerpt: string | null;
  reason: string | null;
  threadId: string | null;
  threadTitle: string | null;
  createdAt: Date;
}

interface RawDigestRow {
  kind: NotificationKind;
  slug: string;
  name_latin: string;
  name_cyrillic: string;
  name_english: string;
  excerpt: string | null;
  reason: string | null;
  thread_id: string | null;
  thread_title: string | null;
  created_at: Date;
  total: string;
}

/**
 * What a digest lists: unread, still readable (see STILL_READABLE), and not about an
 * announcement that has since been deleted.
 */
const LISTABLE = `n.read_at IS NULL AND ${STILL_READABLE}
  AND NOT EXISTS (
    SELECT 1 FROM networks.network_posts post
    WHERE n.kind = 'ANNOUNCEMENT' AND post.id = n.subject_id AND post.deleted_at IS NOT NULL
  )`;

/** Where the member's digest of the window starts: after their last one, within bounds. */
const FROM = (userColumn: string) => `greatest(
  coalesce(
    (SELECT max(d.period_end) FROM networks.notification_digests d WHERE d.user_id = ${userColumn}),
    $3::timestamptz
  ),
  $4::timestamptz
)`;

@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Members (after `after`, in id order, at most `limit`) whose digest frequency is the window's
   * and who have something listable in it since their last digest.
   */
  async findDue(window: DigestWindow, after: string | null, limit: number): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n.user_id FROM networks.notifications n
       LEFT JOIN networks.notification_preferences p ON p.user_id = n.user_id
       WHERE coalesce(p.digest, $5) = $1
         AND n.created_at <= $2 AND n.created_at > $4
         AND n.created_at > ${FROM('n.user_id')}
         AND ($6::uuid IS NULL OR n.user_id > $6)
         AND ${LISTABLE}
       ORDER BY n.user_id LIMIT $7`,
      [...windowParams(window), DEFAULT_PREFERENCES.digest, after, limit],
    );
    return rows.map((row) => row.user_id);
  }

  /**
   * Takes the member's digest of the window, for the transaction: returns where it starts, or
   * null when it was taken already (by this or another instance) or a later one exists. The
   * primary key (user, period end) makes this hold under concurrent runs.
   */
  async claim(userId: string, window: DigestWindow, tx: Tx): Promise<Date | null> {
    const rows: { covered_from: Date }[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO networks.notification_digests (user_id, frequency, period_end, covered_from)
       SELECT u.id, $1, $2, ${FROM('u.id')}
       FROM (SELECT $5::uuid AS id) u
       WHERE NOT EXISTS (
         SELECT 1 FROM networks.notification_digests d
         WHERE d.user_id = u.id AND d.period_end >= $2
       )
       ON CONFLICT DO NOTHING
       RETURNING covered_from`,
      [...windowParams(window), userId],
    );
    return rows[0]?.covered_from ?? null;
  }

  /** The member's listable notifications in (from, end], oldest first, and how many in all. */
  async findListable(
    userId: string,
    from: Date,
    end: Date,
    limit: number,
    tx: Tx,
  ): Promise<{ rows: DigestRow[]; total: number }> {
    const rows: RawDigestRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT n.kind, net.slug, net.name_latin, net.name_cyrillic, net.name_english,
              n.excerpt, n.reason, n.thread_id, n.thread_title, n.created_at,
              count(*) OVER () AS total
       FROM networks.notifications n
       JOIN networks.networks net ON net.id = n.network_id
       WHERE n.user_id = $1 AND n.created_at > $2 AND n.created_at <= $3 AND ${LISTABLE}
       ORDER BY n.created_at, n.id LIMIT $4`,
      [userId, from, end, limit],
    );
    return {
      total: rows.length > 0 ? Number(rows[0].total) : 0,
      rows: rows.map((row) => ({
        kind: row.kind,
        networkSlug: row.slug,
        networkNameLatin: row.name_latin,
        networkNameCyrillic: row.name_cyrillic,
        networkNameEnglish: row.name_english,
        excerpt: row.excerpt,
        reason: row.reason,
        threadId: row.thread_id,
        threadTitle: row.thread_title,
        createdAt: row.created_at,
      })),
    };
  }

  async recordCount(userId: string, end: Date, count: number, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE networks.notification_digests SET notification_count = $3
       WHERE user_id = $1 AND period_end = $2`,
      [userId, end, count],
    );
  }
}

const windowParams = (window: DigestWindow) => [
  window.frequency,
  window.end,
  window.firstFrom,
  window.floor,
];
