import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** A stable 63-bit key for `pg_advisory_lock`, derived from a readable name. */
export function advisoryLockKey(name: string): string {
  return BigInt.asIntN(64, createHash('sha256').update(name).digest().readBigInt64BE()).toString();
}

/**
 * Runs `work` unless another instance is running it: a session advisory lock named `lockName`,
 * on a connection of its own, held while the work runs. Returns false when the lock was taken.
 */
export async function runExclusively(
  dataSource: DataSource,
  lockName: string,
  work: () => Promise<void>,
): Promise<boolean> {
  const key = advisoryLockKey(lockName);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }]: { locked: boolean }[] = await runner.query(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [key],
    );
    if (!locked) return false;
    try {
      await work();
      return true;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}
