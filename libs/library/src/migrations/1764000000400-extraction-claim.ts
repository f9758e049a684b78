import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version's text is extracted outside any transaction; the claim (which delivery of its
 * `library.version.stored` event is extracting it, until when) keeps a redelivered or
 * overlapping event from extracting the same file twice.
 */
export class LibraryExtractionClaim1764000000400 implements MigrationInterface {
  name = 'LibraryExtractionClaim1764000000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE library.document_versions
        ADD COLUMN extraction_claimed_by text,
        ADD COLUMN extraction_claimed_until timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE library.document_versions
        DROP COLUMN extraction_claimed_by,
        DROP COLUMN extraction_claimed_until`);
  }
}
