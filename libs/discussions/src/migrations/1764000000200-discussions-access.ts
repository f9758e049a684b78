import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What discussions knows of networks, memberships and accounts: replicas fed by the networks
 * and identity events, so every access check is answered from this service's own schema.
 * `event_at` is the time of the event that last changed a row; an older event redelivered
 * after a newer one changes nothing.
 */
export class DiscussionsAccess1764000000200 implements MigrationInterface {
  name = 'DiscussionsAccess1764000000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE discussions.network_replicas (
        network_id uuid PRIMARY KEY,
        slug text NOT NULL,
        name text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('OPEN','CLOSED')),
        archived boolean NOT NULL DEFAULT false,
        event_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE discussions.member_replicas (
        network_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('MEMBER','COORDINATOR')),
        joined_at timestamptz NOT NULL,
        active boolean NOT NULL,
        event_at timestamptz NOT NULL,
        PRIMARY KEY (network_id, user_id)
      )`);
    await runner.query(
      `CREATE INDEX member_replicas_user_idx ON discussions.member_replicas (user_id) WHERE active`,
    );
    await runner.query(`
      CREATE TABLE discussions.account_states (
        user_id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('ACTIVE','SUSPENDED','DEACTIVATED')),
        event_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE discussions.account_states`);
    await runner.query(`DROP TABLE discussions.member_replicas`);
    await runner.query(`DROP TABLE discussions.network_replicas`);
  }
}
