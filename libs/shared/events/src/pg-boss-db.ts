import type PgBoss from 'pg-boss';
import type { QueryRunner } from 'typeorm';

/** Lets pg-boss write its jobs through our open transaction, so they commit with it. */
export function transactionDb(runner: QueryRunner): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await runner.query(text, values, true);
      return { rows: result.records as unknown[] };
    },
  };
}
