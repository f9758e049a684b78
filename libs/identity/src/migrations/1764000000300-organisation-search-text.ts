import type { MigrationInterface, QueryRunner } from 'typeorm';
import { foldSerbian } from '@mreza/shared/text';

/**
 * Organisations are found by a folded copy of their names (`foldSerbian`: either script, any
 * case, with or without diacritics), as networks are; filled here for the rows already there.
 */
export class OrganisationSearchText1764000000300 implements MigrationInterface {
  name = 'OrganisationSearchText1764000000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE identity.organisations ADD COLUMN search_text text NOT NULL DEFAULT ''`,
    );
    const rows: {
      id: string;
      name_latin: string;
      name_cyrillic: string;
      acronym: string | null;
    }[] = await runner.query(
      `SELECT id, name_latin, name_cyrillic, acronym FROM identity.organisations`,
    );
    for (const row of rows) {
      await runner.query(`UPDATE identity.organisations SET search_text = $2 WHERE id = $1`, [
        row.id,
        foldSerbian([row.name_latin, row.name_cyrillic, row.acronym ?? ''].join(' ')),
      ]);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE identity.organisations DROP COLUMN search_text`);
  }
}
