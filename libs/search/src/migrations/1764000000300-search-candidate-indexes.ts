import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that bound a search's work (see `engine/postgres/search-statement.ts`):
 * - `items_g<N>_date_idx` (date DESC NULLS LAST, type, id): a very common word's newest
 *   matches are found by walking it until enough match, instead of ranking every match;
 * - `items_g<N>_tsv_en_idx`, GIN on English items only: the English branch of a query reads
 *   only English items' entries, not those of every item with a common Serbian word.
 * `search.create_items_table` makes them for new generations; existing generations get them here.
 */
const CANDIDATE_INDEXES = `
        EXECUTE format('CREATE INDEX %I ON search.%I (date DESC NULLS LAST, type, id) WHERE NOT removed', t || '_date_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I USING gin (tsv) WHERE NOT removed AND language = ''en''', t || '_tsv_en_idx', t);`;

/** The one definition of a generation's table (as in SearchIndex1764000000200), with or without them. */
const createItemsTable = (candidates: boolean) => `
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
        EXECUTE format('CREATE INDEX %I ON search.%I USING gin (tsv) WHERE NOT removed', t || '_tsv_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I USING gin (title_folded search.gin_trgm_ops) WHERE NOT removed', t || '_trgm_idx', t);
        EXECUTE format('CREATE INDEX %I ON search.%I (parent_id) WHERE parent_id IS NOT NULL', t || '_parent_idx', t);
${candidates ? CANDIDATE_INDEXES : ''}      END
      $create$`;

export class SearchCandidateIndexes1764000000300 implements MigrationInterface {
  readonly name = 'SearchCandidateIndexes1764000000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(createItemsTable(true));
    for (const t of await this.tables(runner)) {
      await runner.query(
        `CREATE INDEX ${t}_date_idx ON search.${t} (date DESC NULLS LAST, type, id) WHERE NOT removed`,
      );
      await runner.query(
        `CREATE INDEX ${t}_tsv_en_idx ON search.${t} USING gin (tsv) WHERE NOT removed AND language = 'en'`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const t of await this.tables(runner)) {
      await runner.query(`DROP INDEX IF EXISTS search.${t}_date_idx`);
      await runner.query(`DROP INDEX IF EXISTS search.${t}_tsv_en_idx`);
    }
    await runner.query(createItemsTable(false));
  }

  private async tables(runner: QueryRunner): Promise<string[]> {
    const rows: { id: number }[] = await runner.query(
      `SELECT id FROM search.generations WHERE status IN ('ACTIVE', 'BUILDING')`,
    );
    return rows.map(({ id }) => `items_g${Number(id)}`);
  }
}
