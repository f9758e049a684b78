/** The moment before which a confirmation counts as stale. */
export function staleBefore(now: Date, months: number): Date {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return limit;
}

/** A record confirmed longer ago than the configured period must be reconfirmed at next login. */
export function isReconfirmationDue(confirmedAt: Date, now: Date, months: number): boolean {
  return confirmedAt.getTime() < staleBefore(now, months).getTime();
}
