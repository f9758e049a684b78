import type { AuthPayload } from './session.operations';
import type { SessionStore } from './session.store';

export type RefreshOutcome =
  | { kind: 'refreshed'; payload: AuthPayload }
  /** The server refused the refresh token: the session is over, sign in again. */
  | { kind: 'ended'; code: string }
  /** The server could not be asked (offline, down, rate-limited): the session is kept. */
  | { kind: 'failed'; code: string };

/** Exchanges a refresh token for a new pair; throws an error carrying `code` when refused. */
export type RefreshExchange = (refreshToken: string) => Promise<AuthPayload>;

/** Runs `task` while holding a lock shared by all tabs of this browser (Web Locks API). */
export type CrossTabLock = <T>(task: () => Promise<T>) => Promise<T>;

/** Answers that mean the refresh token is no good any more. */
const SESSION_OVER_CODES = new Set([
  'INVALID_REFRESH_TOKEN',
  'REFRESH_TOKEN_REUSED',
  'UNAUTHENTICATED',
  'ACCOUNT_SUSPENDED',
  'ACCOUNT_DEACTIVATED',
  'BAD_USER_INPUT',
]);

export const browserLock: CrossTabLock = (task) =>
  typeof navigator !== 'undefined' && navigator.locks
    ? navigator.locks.request('mreza.session.refresh', task)
    : task();

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'NETWORK';
}

/**
 * Refreshes the session, once at a time. Concurrent callers in this tab share one request
 * (single flight); tabs take turns through a cross-tab lock and each reads the refresh token
 * only once it holds the lock, so a token another tab has just rotated is never sent twice
 * (the server would take that for theft and end the session).
 */
export class TokenRefresher {
  private inFlight: Promise<RefreshOutcome> | null = null;
  private readonly refreshedListeners = new Set<(payload: AuthPayload) => void>();

  constructor(
    private readonly store: SessionStore,
    private readonly exchange: RefreshExchange,
    private readonly lock: CrossTabLock = browserLock,
  ) {}

  refresh(): Promise<RefreshOutcome> {
    this.inFlight ??= this.lock(() => this.run()).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** Called with each new payload, e.g. to put the user it carries into the cache. */
  onRefreshed(listener: (payload: AuthPayload) => void): () => void {
    this.refreshedListeners.add(listener);
    return () => this.refreshedListeners.delete(listener);
  }

  private async run(attempt = 1): Promise<RefreshOutcome> {
    const refreshToken = this.store.refreshToken;
    if (!refreshToken) return { kind: 'ended', code: 'UNAUTHENTICATED' };
    let payload: AuthPayload;
    try {
      payload = await this.exchange(refreshToken);
    } catch (error) {
      const code = codeOf(error);
      if (!SESSION_OVER_CODES.has(code)) return { kind: 'failed', code };
      // Without Web Locks, another tab may have rotated the token while this request was under
      // way: try once more with the new one.
      if (attempt === 1 && this.store.refreshToken !== refreshToken) return this.run(2);
      this.store.end('expired');
      return { kind: 'ended', code };
    }
    // Listeners first (they put the user into the cache), then the store tells the app.
    for (const listener of [...this.refreshedListeners]) listener(payload);
    this.store.start(payload);
    return { kind: 'refreshed', payload };
  }
}
