import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { DigestFrequency } from './notification-preferences.entity';
import {
  DEFAULT_PREFERENCES,
  NotificationPreferencesEntity,
} from './notification-preferences.entity';

export interface Preferences {
  digest: DigestFrequency;
  announcementEmails: boolean;
}

@Injectable()
export class NotificationPreferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The member's row, locked for the transaction; null while they have the defaults. */
  findForUpdate(userId: string, tx: Tx): Promise<NotificationPreferencesEntity | null> {
    return managerOf(this.dataSource, tx).findOne(NotificationPreferencesEntity, {
      where: { userId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  find(userId: string): Promise<NotificationPreferencesEntity | null> {
    return this.dataSource.manager.findOneBy(NotificationPreferencesEntity, { userId });
  }

  async save(
    userId: string,
    preferences: Preferences,
    tx: Tx,
  ): Promise<NotificationPreferencesEntity> {
    const [row]: { updated_at: Date }[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO networks.notification_preferences (user_id, digest, announcement_emails)
       VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET
         digest = excluded.digest,
         announcement_emails = excluded.announcement_emails,
         updated_at = now()
       RETURNING updated_at`,
      [userId, preferences.digest, preferences.announcementEmails],
    );
    return { userId, ...preferences, updatedAt: row.updated_at };
  }

  /**
   * The members of a network but one who take announcements by e-mail (without a row: the
   * default), in one statement.
   */
  async findAnnouncementRecipients(networkId: string, except: string, tx: Tx): Promise<string[]> {
    const rows: { user_id: string }[] = await managerOf(this.dataSource, tx).query(
      `SELECT m.user_id FROM networks.network_members m
       LEFT JOIN networks.notification_preferences p ON p.user_id = m.user_id
       WHERE m.network_id = $1 AND m.user_id <> $2
         AND coalesce(p.announcement_emails, $3)
       ORDER BY m.user_id`,
      [networkId, except, DEFAULT_PREFERENCES.announcementEmails],
    );
    return rows.map((row) => row.user_id);
  }
}
