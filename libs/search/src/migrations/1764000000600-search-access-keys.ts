import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may read an item, as keys in the text index: `search.access_keys(access, network_ids)`
 * gives `public`, `signed`, `r<network>` per network of network content (NETWORK) or
 * `m<network>` per network of a members-only document (NETWORK_MEMBERS), and the GIN indexes on
 * `tsv` get it as a second column. A search asks `access_keys && <the viewer's keys>` (see
 * `accessKeys` in `engine/postgres/search-statement.ts`) beside its words, so the index itself
 * leaves out what the viewer may not read — at a million items most of a closed network's
 * topic words — instead of every match's row being read and refused.
 *
 * A generation's table is the one of SearchCandidateIndexes1764000000300 with these indexes;
 * existing generations get them in place of their `tsv` indexes (no row is rewritten).
 */
const ACCESS_KEYS = `
      CREATE OR REPLACE FUNCTION search.access_keys(access text, network_ids uuid[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $keys$
        SELECT CASE access
          WHEN 'PUBLIC' THEN ARRAY['public']
          WHEN 'SIGNED_IN' THEN ARRAY['signed']
          WHEN 'NETWORK' THEN ARRAY(SELECT 'r' || n FROM unnest(network_ids) n)
          WHEN 'NETWORK_MEMBERS' THEN ARRAY(SELECT 'm' || n FROM unnest(network_ids) n)
        END
      $keys$`;

const textColumns = (withAccess: boolean) =>
  withAccess ? 'tsv, search.access_keys(access, network_ids)' : 'tsv';

const createItemsTable = (withAccess: boolean) => `
      CREATE OR REPLACE FUNCTION search.create_items_table(generation int) RETURNS void
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
        EXECUTE format('CREATE INDEX %I ON search.%I USING gin (title_folded search.gin_trgm_ops) WHERE NOT removed', t || '_trgm_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I (parent_id) WHERE parent_id IS NOT NULL', t || '_parent_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I (date DESC NULLS LAST, type, id) WHERE NOT removed', t || '_date_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I USING gin (${textColumns(withAccess)}) WHERE NOT removed', t || '_tsv_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I USING gin (${textColumns(withAccess)}) WHERE NOT removed AND language = ''en''', t || '_tsv_en_idx', t);
      END
      $create$`;

export class SearchAccessKeys1764000000600 implements MigrationInterface {
  readonly name = 'SearchAccessKeys1764000000600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(ACCESS_KEYS);
    await runner.query(createItemsTable(true));
    await this.replaceTextIndexes(runner, true);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(createItemsTable(false));
    await this.replaceTextIndexes(runner, false);
    await runner.query(`DROP FUNCTION search.access_keys(text, uuid[])`);
  }

  private async replaceTextIndexes(runner: QueryRunner, withAccess: boolean): Promise<void> {
    const generations = (await runner.query(
      `SELECT id FROM search.generations WHERE status IN ('ACTIVE', 'BUILDING')`,
    )) as { id: number }[];
    for (const { id } of generations) {
      const t = `items_g${Number(id)}`;
      await runner.query(`DROP INDEX IF EXISTS search.${t}_tsv_idx, search.${t}_tsv_en_idx`);
      await runner.query(
        `CREATE INDEX ${t}_tsv_idx ON search.${t} USING gin (${textColumns(withAccess)}) WHERE NOT removed`,
      );
      await runner.query(
        `CREATE INDEX ${t}_tsv_en_idx ON search.${t} USING gin (${textColumns(withAccess)}) WHERE NOT removed AND language = 'en'`,
      );
    }
  }
}
