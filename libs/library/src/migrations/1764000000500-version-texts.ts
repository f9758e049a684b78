import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The text extracted from each version, kept by the library: the search index's rebuild
 * (`reindex`) reads a document's text from here rather than waiting for events to be re-sent.
 */
export class LibraryVersionTexts1764000000500 implements MigrationInterface {
  name = 'LibraryVersionTexts1764000000500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE library.version_texts (
        version_id uuid PRIMARY KEY REFERENCES library.document_versions (id) ON DELETE CASCADE,
        text text NOT NULL,
        truncated boolean NOT NULL,
        extracted_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE library.version_texts`);
  }
}
