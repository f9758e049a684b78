import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnouncementReadsAndSerbianOrder1764000000700 implements MigrationInterface {
  name = 'AnnouncementReadsAndSerbianOrder1764000000700';

  async up(runner: QueryRunner): Promise<void> {
    // Who has read which announcement: written once per reader (the first read counts), from
    // `markAnnouncementsRead` or from marking the announcement's notification read. The primary
    // key serves both the count per announcement and "has the viewer read it".
    await runner.query(`
      CREATE TABLE networks.network_post_reads (
        post_id uuid NOT NULL REFERENCES networks.network_posts(id),
        user_id uuid NOT NULL,
        read_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (post_id, user_id)
      )`);

    // Names sort as Serbian readers expect: C, Č, Ć, D, Dž, Đ … S, Š … Z, Ž, and Cyrillic names in
    // Cyrillic order (а б в г д ђ …), after the Latin ones. ICU's sr-Latn collation does both
    // (PostgreSQL 15 and the embedded 18 have it). A server built without ICU gets the libc
    // Serbian locale if installed, else byte order: lists still page correctly, only the
    // letters with diacritics sort after Z.
    await runner.query(`
      DO $$
      BEGIN
        BEGIN
          CREATE COLLATION networks.serbian (provider = icu, locale = 'sr-Latn');
        EXCEPTION WHEN OTHERS THEN
          BEGIN
            CREATE COLLATION networks.serbian (provider = libc, locale = 'sr_RS.utf8@latin');
          EXCEPTION WHEN OTHERS THEN
            CREATE COLLATION networks.serbian FROM "C";
          END;
        END;
      END $$`);
    // The networks list, by Latin name in that order (replaces the lower(name_latin) order).
    await runner.query(
      `CREATE INDEX networks_name_serbian_idx ON networks.networks ((name_latin COLLATE networks.serbian), id)`,
    );
    await runner.query(`DROP INDEX networks.networks_name_idx`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX networks_name_idx ON networks.networks (lower(name_latin), id)`,
    );
    await runner.query(`DROP INDEX networks.networks_name_serbian_idx`);
    await runner.query(`DROP COLLATION networks.serbian`);
    await runner.query(`DROP TABLE networks.network_post_reads`);
  }
}
