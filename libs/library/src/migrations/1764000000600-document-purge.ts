import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deleted document's files and text are kept for a retention period (it can be restored),
 * then purged: `purged_at` says they are gone for good.
 */
export class LibraryDocumentPurge1764000000600 implements MigrationInterface {
  name = 'LibraryDocumentPurge1764000000600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE library.documents ADD COLUMN purged_at timestamptz`);
    await runner.query(
      `CREATE INDEX documents_deleted_idx ON library.documents (deleted_at DESC, id DESC)
       WHERE deleted_at IS NOT NULL AND purged_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX library.documents_deleted_idx`);
    await runner.query(`ALTER TABLE library.documents DROP COLUMN purged_at`);
  }
}
