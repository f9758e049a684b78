import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'ANNOUNCEMENT','JOIN_REQUESTED','JOIN_APPROVED','JOIN_REJECTED'`;
const DISCUSSION_KINDS = `'MENTION','THREAD_REPLY','MODERATION_WARNING'`;

export class DiscussionNotifications1764000000800 implements MigrationInterface {
  name = 'DiscussionNotifications1764000000800';

  async up(runner: QueryRunner): Promise<void> {
    // Notifications from the discussions service: a mention, a reply to one's thread (subject:
    // the post), a coordinator's warning about a post (subject: the post, with the reason).
    await runner.query(
      `ALTER TABLE networks.notifications DROP CONSTRAINT notifications_kind_check`,
    );
    await runner.query(`
      ALTER TABLE networks.notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN (${KINDS_BEFORE},${DISCUSSION_KINDS}))`);
    // The thread a post is in, so the client links to it, and its title as it was when the post
    // was published (the discussions service owns threads; this is a copy for the list and the
    // digest). A warning's event names only the post: no thread.
    await runner.query(`
      ALTER TABLE networks.notifications
        ADD COLUMN thread_id uuid,
        ADD COLUMN thread_title text CHECK (length(thread_title) <= 1000),
        ADD CONSTRAINT notifications_thread_check
          CHECK (kind NOT IN ('MENTION','THREAD_REPLY') OR thread_id IS NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM networks.notifications WHERE kind IN (${DISCUSSION_KINDS})`);
    await runner.query(`
      ALTER TABLE networks.notifications
        DROP CONSTRAINT notifications_thread_check,
        DROP COLUMN thread_title,
        DROP COLUMN thread_id`);
    await runner.query(
      `ALTER TABLE networks.notifications DROP CONSTRAINT notifications_kind_check`,
    );
    await runner.query(`
      ALTER TABLE networks.notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
