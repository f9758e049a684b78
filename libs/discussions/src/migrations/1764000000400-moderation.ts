import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1764000000400 implements MigrationInterface {
  name = 'Moderation1764000000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE discussions.flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES discussions.posts(id),
        network_id uuid NOT NULL,
        flagged_by uuid NOT NULL,
        reason text NOT NULL CHECK (reason IN ('OFF_TOPIC','POLITICAL','PERSONAL_ATTACK','SPAM','OTHER')),
        note text CHECK (length(note) <= 1000),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        resolution text CHECK (resolution IN ('DISMISSED','HIDDEN','DELETED','WARNED')),
        resolved_by uuid,
        resolved_at timestamptz,
        UNIQUE (post_id, flagged_by)
      )`);
    await runner.query(
      `CREATE INDEX flags_open_idx ON discussions.flags (network_id, created_at, id) WHERE resolution IS NULL`,
    );
    await runner.query(`
      CREATE TABLE discussions.mutes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL,
        user_id uuid NOT NULL,
        reason text NOT NULL,
        muted_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        lifted_at timestamptz,
        lifted_by uuid
      )`);
    await runner.query(
      `CREATE INDEX mutes_active_idx ON discussions.mutes (network_id, user_id, expires_at) WHERE lifted_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE discussions.moderation_rules (
        network_id uuid PRIMARY KEY,
        hold_new_members_days integer NOT NULL DEFAULT 0 CHECK (hold_new_members_days BETWEEN 0 AND 365),
        held_keywords text[] NOT NULL DEFAULT '{}',
        held_link_domains text[] NOT NULL DEFAULT '{}',
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE discussions.moderation_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL,
        actor_id uuid NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL CHECK (target_type IN ('POST','THREAD','MEMBER','FLAG','RULES')),
        target_id uuid NOT NULL,
        subject_user_id uuid,
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
      )`);
    await runner.query(
      `CREATE INDEX moderation_log_network_idx ON discussions.moderation_log (network_id, created_at DESC, id DESC)`,
    );
    // Append-only, whoever connects: the record of moderation cannot be rewritten.
    await runner.query(`
      CREATE FUNCTION discussions.refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the moderation log is append-only';
      END $$`);
    await runner.query(`
      CREATE TRIGGER moderation_log_append_only
      BEFORE UPDATE OR DELETE ON discussions.moderation_log
      FOR EACH ROW EXECUTE FUNCTION discussions.refuse_log_change()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE discussions.moderation_log`);
    await runner.query(`DROP FUNCTION discussions.refuse_log_change()`);
    await runner.query(`DROP TABLE discussions.moderation_rules`);
    await runner.query(`DROP TABLE discussions.mutes`);
    await runner.query(`DROP TABLE discussions.flags`);
  }
}
