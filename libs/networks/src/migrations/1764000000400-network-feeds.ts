import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NetworkFeeds1764000000400 implements MigrationInterface {
  name = 'NetworkFeeds1764000000400';

  async up(runner: QueryRunner): Promise<void> {
    // created_at is cut to milliseconds so a feed cursor (an ISO timestamp) names a row exactly;
    // clock_timestamp() rather than now(), so a post is stamped when written, not when its
    // transaction began.
    await runner.query(`
      CREATE TABLE networks.network_posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES networks.networks(id),
        author_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('POST','ANNOUNCEMENT')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        pinned boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        edited_at timestamptz,
        deleted_at timestamptz,
        CHECK (NOT pinned OR kind = 'ANNOUNCEMENT')
      )`);
    // Network feed and home feed: newest first per network, deleted posts left out.
    await runner.query(
      `CREATE INDEX network_posts_feed_idx ON networks.network_posts (network_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await runner.query(
      `CREATE INDEX network_posts_pinned_idx ON networks.network_posts (network_id, created_at DESC, id DESC) WHERE pinned AND deleted_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE networks.network_post_reactions (
        post_id uuid NOT NULL REFERENCES networks.network_posts(id),
        user_id uuid NOT NULL,
        reaction text NOT NULL CHECK (reaction IN ('LIKE','INSIGHTFUL','THANKS','AGREE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id, reaction)
      )`);
    await runner.query(
      `CREATE INDEX network_post_reactions_user_idx ON networks.network_post_reactions (user_id, post_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE networks.network_post_reactions`);
    await runner.query(`DROP TABLE networks.network_posts`);
  }
}
