import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1764000000500 implements MigrationInterface {
  name = 'Notifications1764000000500';

  async up(runner: QueryRunner): Promise<void> {
    // In-app notifications, written by the notifications consumer from this service's own
    // events. created_at to the millisecond, so a list cursor (an ISO timestamp) names a row
    // exactly; clock_timestamp(), so a row is stamped when written, not when its transaction began.
    await runner.query(`
      CREATE TABLE networks.notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        kind text NOT NULL
          CHECK (kind IN ('ANNOUNCEMENT','JOIN_REQUESTED','JOIN_APPROVED','JOIN_REJECTED')),
        network_id uuid NOT NULL REFERENCES networks.networks(id),
        subject_id uuid NOT NULL,
        actor_id uuid,
        excerpt text CHECK (length(excerpt) <= 1000),
        reason text CHECK (length(reason) <= 1000),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz(3)
      )`);
    // A redelivered or re-published event never notifies the same person twice.
    await runner.query(
      `CREATE UNIQUE INDEX notifications_subject_uq ON networks.notifications (user_id, kind, subject_id)`,
    );
    // The viewer's list, newest first.
    await runner.query(
      `CREATE INDEX notifications_user_idx ON networks.notifications (user_id, created_at DESC, id DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE networks.notifications`);
  }
}
