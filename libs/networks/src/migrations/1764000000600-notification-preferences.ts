import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationPreferences1764000000600 implements MigrationInterface {
  name = 'NotificationPreferences1764000000600';

  async up(runner: QueryRunner): Promise<void> {
    // A member's choices about e-mail. No row means the defaults: a daily digest and
    // announcements by e-mail.
    await runner.query(`
      CREATE TABLE networks.notification_preferences (
        user_id uuid PRIMARY KEY,
        digest text NOT NULL DEFAULT 'DAILY' CHECK (digest IN ('NONE','DAILY','WEEKLY')),
        announcement_emails boolean NOT NULL DEFAULT true,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // One row per member and digest period, written in the transaction that requests the mail:
    // the primary key is what keeps a digest to once per member and period, however many
    // instances run the job. A digest covers unread notifications in (covered_from, period_end].
    await runner.query(`
      CREATE TABLE networks.notification_digests (
        user_id uuid NOT NULL,
        period_end timestamptz(3) NOT NULL,
        frequency text NOT NULL CHECK (frequency IN ('DAILY','WEEKLY')),
        covered_from timestamptz(3) NOT NULL,
        notification_count int NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, period_end),
        CHECK (covered_from < period_end)
      )`);
    // The digest job looks for unread notifications of a period across all members.
    await runner.query(
      `CREATE INDEX notifications_unread_idx ON networks.notifications (created_at, user_id) WHERE read_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX networks.notifications_unread_idx`);
    await runner.query(`DROP TABLE networks.notification_digests`);
    await runner.query(`DROP TABLE networks.notification_preferences`);
  }
}
