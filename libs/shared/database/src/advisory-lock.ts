import { createHash } from 'node:crypto';

/** A stable 63-bit key for `pg_advisory_lock`, derived from a readable name. */
export function advisoryLockKey(name: string): string {
  return BigInt.asIntN(64, createHash('sha256').update(name).digest().readBigInt64BE()).toString();
}
