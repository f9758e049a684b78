import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One notification per person, kind and subject keeps a post approved after being held from
 * notifying twice; but each warning about a post is news of its own (the event inbox already
 * keeps a redelivered warning from notifying twice).
 */
export class RepeatedWarnings1764000000900 implements MigrationInterface {
  name = 'RepeatedWarnings1764000000900';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX networks.notifications_subject_uq`);
    await runner.query(
      `CREATE UNIQUE INDEX notifications_subject_uq ON networks.notifications (user_id, kind, subject_id)
       WHERE kind <> 'MODERATION_WARNING'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX networks.notifications_subject_uq`);
    await runner.query(
      `CREATE UNIQUE INDEX notifications_subject_uq ON networks.notifications (user_id, kind, subject_id)`,
    );
  }
}
