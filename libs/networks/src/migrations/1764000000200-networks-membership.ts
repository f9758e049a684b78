import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NetworksMembership1764000000200 implements MigrationInterface {
  name = 'NetworksMembership1764000000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE networks.networks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
        name_latin text NOT NULL CHECK (length(name_latin) BETWEEN 1 AND 200),
        name_cyrillic text NOT NULL CHECK (length(name_cyrillic) BETWEEN 1 AND 200),
        name_english text NOT NULL CHECK (length(name_english) BETWEEN 1 AND 200),
        description_latin text NOT NULL DEFAULT '' CHECK (length(description_latin) <= 2000),
        description_cyrillic text NOT NULL DEFAULT '' CHECK (length(description_cyrillic) <= 2000),
        description_english text NOT NULL DEFAULT '' CHECK (length(description_english) <= 2000),
        visibility text NOT NULL CHECK (visibility IN ('OPEN','CLOSED')),
        search_text text NOT NULL DEFAULT '',
        archived_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX networks_slug_uq ON networks.networks (slug)`);
    await runner.query(
      `CREATE INDEX networks_name_idx ON networks.networks (lower(name_latin), id)`,
    );
    await runner.query(`
      CREATE TABLE networks.network_members (
        network_id uuid NOT NULL REFERENCES networks.networks(id),
        user_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('MEMBER','COORDINATOR')),
        joined_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (network_id, user_id)
      )`);
    await runner.query(
      `CREATE INDEX network_members_user_idx ON networks.network_members (user_id)`,
    );
    await runner.query(`
      CREATE TABLE networks.membership_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES networks.networks(id),
        user_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        reason text CHECK (length(reason) <= 1000),
        decided_by uuid,
        decided_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((status = 'PENDING') = (decided_at IS NULL))
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX membership_requests_pending_uq ON networks.membership_requests (network_id, user_id) WHERE status = 'PENDING'`,
    );
    await runner.query(
      `CREATE INDEX membership_requests_network_idx ON networks.membership_requests (network_id, created_at, id)`,
    );
    await runner.query(
      `CREATE INDEX membership_requests_user_idx ON networks.membership_requests (user_id)`,
    );
    // A replica of the profile fields identity owns, kept from its profile-changed events.
    await runner.query(`
      CREATE TABLE networks.member_profiles (
        user_id uuid PRIMARY KEY,
        display_name text NOT NULL,
        organisation_id uuid,
        position text,
        position_search text NOT NULL DEFAULT '',
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX member_profiles_organisation_idx ON networks.member_profiles (organisation_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE networks.member_profiles`);
    await runner.query(`DROP TABLE networks.membership_requests`);
    await runner.query(`DROP TABLE networks.network_members`);
    await runner.query(`DROP TABLE networks.networks`);
  }
}
