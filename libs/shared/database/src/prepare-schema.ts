import type { DataSource } from 'typeorm';
import { advisoryLockKey } from './advisory-lock';

/**
 * Creates the service schema and runs pending migrations under an advisory lock, so several
 * instances starting at once (or parallel test workers) migrate exactly once.
 */
export async function prepareSchema(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = advisoryLockKey(`migrate:${schema}`);
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}
