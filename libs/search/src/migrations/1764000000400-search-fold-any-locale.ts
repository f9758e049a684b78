import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `search.fold` lower-cased with `lower()` first, which leaves Cyrillic and accented capitals as
 * they are in a database created with the C locale (embedded PostgreSQL is): "Социјална" did not
 * fold to "socijalna" there. Capitals are now mapped explicitly, and the ASCII that `unaccent`
 * leaves is lower-cased at the end, so the function agrees with `foldSerbian` in any locale.
 */
export class SearchFoldAnyLocale1764000000400 implements MigrationInterface {
  readonly name = 'SearchFoldAnyLocale1764000000400';

  async up(runner: QueryRunner): Promise<void> {
    const unaccent = await unaccentFunction(runner);
    await runner.query(`
      CREATE OR REPLACE FUNCTION search.fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
        SELECT replace(
          lower(${unaccent}('${unaccent}'::regdictionary,
            replace(replace(replace(
              translate(
                lower(translate(input,
                  'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШČĆŠŽĐ',
                  'абвгдђежзијклљмнњопрстћуфхцчџшčćšžđ')),
                'абвгдђежзијклмнопрстћуфхцчш',
                'abvgdđežzijklmnoprstćufhcčš'),
              'љ', 'lj'), 'њ', 'nj'), 'џ', 'dž'))),
          'dj', 'd')
      $fold$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const unaccent = await unaccentFunction(runner);
    await runner.query(`
      CREATE OR REPLACE FUNCTION search.fold(input text) RETURNS text
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
  }
}

/** The extension may live outside the search schema if it was installed before. */
async function unaccentFunction(runner: QueryRunner): Promise<string> {
  const [{ schema }] = (await runner.query(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'unaccent'`,
  )) as { schema: string }[];
  return `"${schema}".unaccent`;
}
