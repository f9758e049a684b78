import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search index in PostgreSQL:
 * - `search.fold(text)`: the SQL twin of `foldSerbian` (lower case, Cyrillic → Latin, no
 *   diacritics, đ/dj → d), IMMUTABLE so generated columns and indexes can use it; it calls
 *   `unaccent` with its dictionary named explicitly, which is what makes IMMUTABLE honest;
 * - generations: a reindex builds `items_g<N>` beside the active one and switches the
 *   `search.items` view to it in one transaction; `search.create_items_table(n)` is the one
 *   definition of a generation's table;
 * - replicas of networks, memberships and account states (same shape as discussions'), for
 *   deciding what a viewer may read.
 */
export class SearchIndex1764000000200 implements MigrationInterface {
  readonly name = 'SearchIndex1764000000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA search`);
    await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA search`);
    // The extension may live elsewhere if it was installed before: name it where it is.
    const [{ schema }] = await runner.query(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
       WHERE e.extname = 'unaccent'`,
    );
    const unaccent = `"${schema}".unaccent`;
    await runner.query(`
      CREATE FUNCTION search.fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
        SELECT replace(
          ${unaccent}('${unaccent}'::regdictionary,
            replace(replace(replace(
              translate(lower(input),
                'абвгдђежзијклмнопрстћуфхцчш',
                'abvgdđežzijklmnoprstćufhcčš'),
              'љ', 'lj'), 'њ', 'nj'), 'џ', 'dž')),
          'dj', 'd')
      $fold$`);
    await runner.query(`
      CREATE FUNCTION search.create_items_table(generation int) RETURNS void
      LANGUAGE plpgsql AS $create$
      DECLARE t text := 'items_g' || generation;
      BEGIN
        EXECUTE format($ddl$
          CREATE TABLE search.%1$I (
            type text NOT NULL CHECK (type IN ('THREAD','POST','NETWORK_POST','DOCUMENT','PERSON','NETWORK')),
            id uuid NOT NULL,
            title text NOT NULL DEFAULT '',
            display_title text NOT NULL DEFAULT '',
            summary text NOT NULL DEFAULT '',
            body text NOT NULL DEFAULT '',
            language text NOT NULL DEFAULT 'sr' CHECK (language IN ('sr','en')),
            access text NOT NULL CHECK (access IN ('PUBLIC','SIGNED_IN','NETWORK','NETWORK_MEMBERS')),
            network_ids uuid[] NOT NULL DEFAULT '{}',
            organisation_id uuid,
            kind text,
            year int,
            date timestamptz,
            parent_id uuid,
            parent_hidden boolean NOT NULL DEFAULT false,
            removed boolean NOT NULL DEFAULT false,
            source_at timestamptz NOT NULL,
            title_folded text GENERATED ALWAYS AS (search.fold(title || ' ' || display_title)) STORED,
            tsv tsvector GENERATED ALWAYS AS (
              setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'serbian'::regconfig END, search.fold(title)), 'A') ||
              setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'serbian'::regconfig END, search.fold(summary)), 'B') ||
              setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'serbian'::regconfig END, search.fold(left(body, 500000))), 'C')
            ) STORED,
            PRIMARY KEY (type, id)
          )$ddl$, t);
        EXECUTE format('CREATE INDEX %I ON search.%I USING gin (tsv) WHERE NOT removed', t || '_tsv_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I USING gin (title_folded search.gin_trgm_ops) WHERE NOT removed', t || '_trgm_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I (parent_id) WHERE parent_id IS NOT NULL', t || '_parent_idx', t);
      END
      $create$`);
    await runner.query(`
      CREATE TABLE search.generations (
        id int PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('BUILDING','ACTIVE','RETIRED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX generations_one_active ON search.generations ((true)) WHERE status = 'ACTIVE'`,
    );
    await runner.query(`SELECT search.create_items_table(1)`);
    await runner.query(
      `INSERT INTO search.generations (id, status, activated_at) VALUES (1, 'ACTIVE', now())`,
    );
    await runner.query(`CREATE VIEW search.items AS SELECT * FROM search.items_g1`);

    await runner.query(`
      CREATE TABLE search.network_replicas (
        network_id uuid PRIMARY KEY,
        slug text NOT NULL,
        name text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('OPEN','CLOSED')),
        archived boolean NOT NULL DEFAULT false,
        event_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE search.member_replicas (
        network_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('MEMBER','COORDINATOR')),
        joined_at timestamptz NOT NULL,
        active boolean NOT NULL,
        event_at timestamptz NOT NULL,
        PRIMARY KEY (network_id, user_id)
      )`);
    await runner.query(
      `CREATE INDEX member_replicas_user_idx ON search.member_replicas (user_id) WHERE active`,
    );
    await runner.query(`
      CREATE TABLE search.account_states (
        user_id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('ACTIVE','SUSPENDED','DEACTIVATED')),
        event_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE search.account_states`);
    await runner.query(`DROP TABLE search.member_replicas`);
    await runner.query(`DROP TABLE search.network_replicas`);
    await runner.query(`DROP VIEW search.items`);
    const generations: { id: number }[] = await runner.query(`SELECT id FROM search.generations`);
    for (const { id } of generations) {
      await runner.query(`DROP TABLE IF EXISTS search.items_g${Number(id)}`);
    }
    await runner.query(`DROP TABLE search.generations`);
    await runner.query(`DROP FUNCTION search.create_items_table(int)`);
    await runner.query(`DROP FUNCTION search.fold(text)`);
  }
}
