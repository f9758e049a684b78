import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A PDF version's first page, as a PNG in object storage, made by text extraction: the key of
 * that object, or null when the version has none.
 */
export class LibraryVersionThumbnails1764000000700 implements MigrationInterface {
  name = 'LibraryVersionThumbnails1764000000700';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE library.document_versions ADD COLUMN thumbnail_key text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE library.document_versions DROP COLUMN thumbnail_key`);
  }
}
