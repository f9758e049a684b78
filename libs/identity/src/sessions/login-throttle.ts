/** Consecutive failures allowed before sign-in is paused for the account. */
export const FREE_LOGIN_ATTEMPTS = 5;
const BASE_PAUSE_SECONDS = 30;
const MAX_PAUSE_SECONDS = 15 * 60;

/** After the free attempts, each failure doubles the pause: 30 s, 60 s, … up to 15 min. */
export function pauseAfterFailures(failures: number): number {
  if (failures < FREE_LOGIN_ATTEMPTS) return 0;
  return Math.min(BASE_PAUSE_SECONDS * 2 ** (failures - FREE_LOGIN_ATTEMPTS), MAX_PAUSE_SECONDS);
}
