import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum DigestFrequency {
  /** No digest e-mails. */
  NONE = 'NONE',
  /** Once a day, of the day's unread notifications. */
  DAILY = 'DAILY',
  /** Once a week, on Monday, of the week's unread notifications. */
  WEEKLY = 'WEEKLY',
}

/** A member's choices about e-mail; a member without a row has the defaults. */
@Entity('notification_preferences')
export class NotificationPreferencesEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  digest!: DigestFrequency;

  /** Announcements a coordinator chose to e-mail reach this member. */
  @Column({ type: 'boolean' })
  announcementEmails!: boolean;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** What a member who never chose gets: a daily digest and announcements by e-mail. */
export const DEFAULT_PREFERENCES = {
  digest: DigestFrequency.DAILY,
  announcementEmails: true,
} as const;
