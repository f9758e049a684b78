import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTable } from '@mreza/shared/events';

export class IdentityInitial1764000000100 implements MigrationInterface {
  name = 'IdentityInitial1764000000100';

  // Timestamps keep milliseconds, as JavaScript dates and page cursors do.
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE identity.organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_latin text NOT NULL CHECK (length(name_latin) BETWEEN 1 AND 200),
        name_cyrillic text NOT NULL CHECK (length(name_cyrillic) BETWEEN 1 AND 200),
        acronym text CHECK (length(acronym) <= 30),
        kind text NOT NULL CHECK (kind IN ('CITY','MUNICIPALITY','ASSOCIATION','MINISTRY','PARTNER','OTHER')),
        district text,
        country char(2) NOT NULL,
        archived_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX organisations_name_uq ON identity.organisations (country, lower(name_latin))`,
    );
    await runner.query(`
      CREATE TABLE identity.users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        password_hash text,
        role text NOT NULL CHECK (role IN ('ADMIN','STAFF','MEMBER')),
        status text NOT NULL CHECK (status IN ('ACTIVE','SUSPENDED','DEACTIVATED')),
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
        organisation_id uuid REFERENCES identity.organisations(id),
        position text CHECK (length(position) <= 200),
        expertise text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        phone text CHECK (length(phone) <= 40),
        contact_visibility text NOT NULL DEFAULT 'MEMBERS' CHECK (contact_visibility IN ('MEMBERS','STAFF')),
        is_liaison_officer boolean NOT NULL DEFAULT false,
        interface_language text NOT NULL DEFAULT 'sr-Latn',
        record_confirmed_at timestamptz(3) NOT NULL DEFAULT now(),
        left_at timestamptz(3),
        successor_id uuid REFERENCES identity.users(id),
        failed_login_count int NOT NULL DEFAULT 0,
        login_blocked_until timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX users_email_uq ON identity.users (email)`);
    await runner.query(`CREATE INDEX users_organisation_idx ON identity.users (organisation_id)`);
    await runner.query(
      `CREATE INDEX users_directory_idx ON identity.users (last_name, first_name, id)`,
    );
    await runner.query(
      `CREATE INDEX users_record_confirmed_idx ON identity.users (record_confirmed_at, id) WHERE status = 'ACTIVE'`,
    );
    await runner.query(`
      CREATE TABLE identity.sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES identity.users(id) ON DELETE CASCADE,
        user_agent text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_used_at timestamptz(3) NOT NULL DEFAULT now(),
        revoked_at timestamptz(3),
        revoked_reason text
      )`);
    await runner.query(`CREATE INDEX sessions_user_idx ON identity.sessions (user_id)`);
    await runner.query(`
      CREATE TABLE identity.refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES identity.sessions(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX refresh_tokens_hash_uq ON identity.refresh_tokens (token_hash)`,
    );
    await runner.query(
      `CREATE INDEX refresh_tokens_session_idx ON identity.refresh_tokens (session_id)`,
    );
    await runner.query(`
      CREATE TABLE identity.password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES identity.users(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX password_resets_hash_uq ON identity.password_resets (token_hash)`,
    );
    await runner.query(`
      CREATE TABLE identity.invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        first_name text NOT NULL,
        last_name text NOT NULL,
        organisation_id uuid REFERENCES identity.organisations(id),
        position text,
        role text NOT NULL CHECK (role IN ('ADMIN','STAFF','MEMBER')),
        predecessor_id uuid REFERENCES identity.users(id),
        invited_by_id uuid REFERENCES identity.users(id),
        token_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        accepted_at timestamptz(3),
        revoked_at timestamptz(3)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX invitations_hash_uq ON identity.invitations (token_hash)`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX invitations_open_email_uq ON identity.invitations (email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await runner.query(
      `CREATE INDEX invitations_created_idx ON identity.invitations (created_at, id)`,
    );
    await runner.query(`
      CREATE TABLE identity.registration_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        first_name text NOT NULL,
        last_name text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES identity.organisations(id),
        position text,
        message text,
        status text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        decided_by_id uuid REFERENCES identity.users(id),
        decided_at timestamptz(3),
        decision_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX registration_requests_pending_email_uq ON identity.registration_requests (email) WHERE status = 'PENDING'`,
    );
    await runner.query(`
      CREATE TABLE identity.mail_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3),
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    await runner.query(
      `CREATE INDEX mail_messages_unsent_idx ON identity.mail_messages (created_at) WHERE sent_at IS NULL`,
    );
    await runner.query(
      `CREATE INDEX mail_messages_created_idx ON identity.mail_messages (created_at, id)`,
    );
    await createOutboxTable(runner, 'identity');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'outbox',
      'mail_messages',
      'registration_requests',
      'invitations',
      'password_resets',
      'refresh_tokens',
      'sessions',
      'users',
      'organisations',
    ]) {
      await runner.query(`DROP TABLE identity.${table}`);
    }
  }
}
