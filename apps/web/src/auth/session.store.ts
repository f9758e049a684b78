/** Why a session ended; the sign-in page says so. */
export type SessionEndReason = 'signedOut' | 'expired' | 'passwordChanged' | 'passwordReset';

export type SessionEvent =
  | { type: 'started' }
  | { type: 'ended'; reason: SessionEndReason }
  /** Another tab of this browser signed in while this one had no session. */
  | { type: 'availableElsewhere' };

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

/** Where the refresh token is kept between visits (one browser profile, all its tabs). */
export const REFRESH_TOKEN_KEY = 'mreza.session.refreshToken';

/** An access token this close to its expiry is refreshed before use, not sent to be refused. */
const EXPIRY_MARGIN_MS = 30_000;

type Listener = (event: SessionEvent) => void;

/**
 * The tokens of the signed-in session: the short-lived access token only in memory, the refresh
 * token in `localStorage` so that a reload or a new tab stays signed in.
 */
export class SessionStore {
  private accessToken: string | null = null;
  private accessExpiresAt = 0;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** The refresh token, read afresh: another tab may have rotated it. */
  get refreshToken(): string | null {
    try {
      return this.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  /** True while there is a session to use or to restore. */
  get hasSession(): boolean {
    return this.accessToken !== null || this.refreshToken !== null;
  }

  /** The access token while it is not about to expire, else null (refresh first). */
  get freshAccessToken(): string | null {
    if (!this.accessToken || this.now() >= this.accessExpiresAt - EXPIRY_MARGIN_MS) return null;
    return this.accessToken;
  }

  /** The access token as it is, for a retry right after a refresh. */
  get currentAccessToken(): string | null {
    return this.accessToken;
  }

  /** Keeps a new pair of tokens: after sign-in, accepting an invitation, or a refresh. */
  start(tokens: SessionTokens): void {
    const wasActive = this.accessToken !== null;
    this.accessToken = tokens.accessToken;
    this.accessExpiresAt = this.now() + tokens.expiresIn * 1000;
    try {
      this.storage?.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    } catch {
      // Storage refused (private browsing): the session lasts as long as this page.
    }
    if (!wasActive) this.emit({ type: 'started' });
  }

  /** Forgets both tokens and tells the app why. */
  end(reason: SessionEndReason): void {
    const hadSession = this.hasSession;
    this.forget();
    try {
      this.storage?.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      // Nothing to remove.
    }
    if (hadSession) this.emit({ type: 'ended', reason });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Follows the other tabs of this browser: signing out in one signs out all; signing in in
   * one lets the others restore the session. `newValue` is the refresh token's new value.
   */
  onStorageChange(key: string | null, newValue: string | null): void {
    if (key !== null && key !== REFRESH_TOKEN_KEY) return;
    if (newValue === null) {
      if (this.accessToken !== null) {
        this.forget();
        this.emit({ type: 'ended', reason: 'signedOut' });
      }
    } else if (this.accessToken === null) {
      this.emit({ type: 'availableElsewhere' });
    }
  }

  private forget(): void {
    this.accessToken = null;
    this.accessExpiresAt = 0;
  }

  private emit(event: SessionEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
