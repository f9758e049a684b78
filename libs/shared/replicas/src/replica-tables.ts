import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables of a service's replicas of networks, memberships and account states, fed by the
 * networks and identity events. `event_at` is the time of the event that last changed a row; an
 * older event redelivered after a newer one changes nothing.
 */
export async function createReplicaTables(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE "${schema}".network_replicas (
      network_id uuid PRIMARY KEY,
      slug text NOT NULL,
      name text NOT NULL,
      visibility text NOT NULL CHECK (visibility IN ('OPEN','CLOSED')),
      archived boolean NOT NULL DEFAULT false,
      event_at timestamptz NOT NULL
    )`);
  await runner.query(`
    CREATE TABLE "${schema}".member_replicas (
      network_id uuid NOT NULL,
      user_id uuid NOT NULL,
      role text NOT NULL CHECK (role IN ('MEMBER','COORDINATOR')),
      joined_at timestamptz NOT NULL,
      active boolean NOT NULL,
      event_at timestamptz NOT NULL,
      PRIMARY KEY (network_id, user_id)
    )`);
  await runner.query(
    `CREATE INDEX member_replicas_user_idx ON "${schema}".member_replicas (user_id) WHERE active`,
  );
  await runner.query(`
    CREATE TABLE "${schema}".account_states (
      user_id uuid PRIMARY KEY,
      status text NOT NULL CHECK (status IN ('ACTIVE','SUSPENDED','DEACTIVATED')),
      event_at timestamptz NOT NULL
    )`);
}

export async function dropReplicaTables(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE "${schema}".account_states`);
  await runner.query(`DROP TABLE "${schema}".member_replicas`);
  await runner.query(`DROP TABLE "${schema}".network_replicas`);
}

/** The migration that gives a service its replica tables. */
export function replicaMigration(schema: string, timestamp: number): new () => MigrationInterface {
  const name = `${schema[0].toUpperCase()}${schema.slice(1)}Replicas${timestamp}`;
  return class implements MigrationInterface {
    readonly name = name;

    async up(runner: QueryRunner): Promise<void> {
      await createReplicaTables(runner, schema);
    }

    async down(runner: QueryRunner): Promise<void> {
      await dropReplicaTables(runner, schema);
    }
  };
}
