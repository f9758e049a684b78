import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Threads1764000000300 implements MigrationInterface {
  name = 'Threads1764000000300';

  async up(runner: QueryRunner): Promise<void> {
    // Timestamps cut to milliseconds: a cursor (an ISO timestamp) names a row exactly.
    await runner.query(`
      CREATE TABLE discussions.threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL,
        author_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        tags text[] NOT NULL DEFAULT '{}',
        document_ids uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('PUBLISHED','HELD','HIDDEN')),
        locked boolean NOT NULL DEFAULT false,
        pinned boolean NOT NULL DEFAULT false,
        reply_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        last_activity_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        deleted_at timestamptz,
        merged_into_id uuid REFERENCES discussions.threads(id)
      )`);
    // A network's thread list: pinned first, then by latest activity.
    await runner.query(
      `CREATE INDEX threads_list_idx ON discussions.threads (network_id, pinned DESC, last_activity_at DESC, id DESC) WHERE deleted_at IS NULL AND merged_into_id IS NULL`,
    );
    // seq orders a thread's posts and is the replay cursor of a reconnecting client.
    await runner.query(`
      CREATE TABLE discussions.posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        thread_id uuid NOT NULL REFERENCES discussions.threads(id),
        author_id uuid NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        quote_post_id uuid REFERENCES discussions.posts(id),
        opening boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('PUBLISHED','HELD','HIDDEN','DELETED')),
        moderation_reason text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        edited_at timestamptz
      )`);
    await runner.query(`CREATE INDEX posts_thread_idx ON discussions.posts (thread_id, seq)`);
    await runner.query(
      `CREATE UNIQUE INDEX posts_one_opening_idx ON discussions.posts (thread_id) WHERE opening`,
    );
    await runner.query(`
      CREATE TABLE discussions.post_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES discussions.posts(id),
        body text NOT NULL,
        edited_by uuid NOT NULL,
        written_at timestamptz NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX post_revisions_post_idx ON discussions.post_revisions (post_id, replaced_at)`,
    );
    await runner.query(`
      CREATE TABLE discussions.post_mentions (
        post_id uuid NOT NULL REFERENCES discussions.posts(id),
        user_id uuid NOT NULL,
        PRIMARY KEY (post_id, user_id)
      )`);
    await runner.query(`
      CREATE TABLE discussions.post_reactions (
        post_id uuid NOT NULL REFERENCES discussions.posts(id),
        user_id uuid NOT NULL,
        reaction text NOT NULL CHECK (reaction IN ('LIKE','INSIGHTFUL','THANKS','AGREE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id, reaction)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE discussions.post_reactions`);
    await runner.query(`DROP TABLE discussions.post_mentions`);
    await runner.query(`DROP TABLE discussions.post_revisions`);
    await runner.query(`DROP TABLE discussions.posts`);
    await runner.query(`DROP TABLE discussions.threads`);
  }
}
