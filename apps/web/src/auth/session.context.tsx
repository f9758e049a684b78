import type { ApolloClient } from '@apollo/client';
import type { ReactNode } from 'react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { applyLanguage, currentLanguage } from '@web/i18n/i18n';
import { isInterfaceLanguage } from '@web/i18n/languages';
import type { AuthPayload, Me } from './session.operations';
import { LOGOUT, ME } from './session.operations';
import type { SessionEndReason, SessionStore } from './session.store';
import type { TokenRefresher } from './token-refresher';

/**
 * - `restoring`: a refresh token was found and is being exchanged;
 * - `unreachable`: it could not be exchanged because the server did not answer;
 * - `signedIn` / `signedOut`.
 */
export type SessionStatus = 'restoring' | 'unreachable' | 'signedIn' | 'signedOut';

export interface SessionContextValue {
  status: SessionStatus;
  /** Why the last session ended, for the sign-in page to say. */
  endReason: SessionEndReason | null;
  /** Starts a session from a sign-in, or an accepted invitation. */
  signIn(payload: AuthPayload): Promise<void>;
  /** Ends the session on the server (best effort) and here. */
  signOut(options?: { everywhere?: boolean }): Promise<void>;
  /** Forgets a session the server has already ended (a password change or reset). */
  endLocally(reason: SessionEndReason): void;
  /** Tries again to restore a session after `unreachable`. */
  retryRestore(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

interface SessionProviderProps {
  store: SessionStore;
  refresher: TokenRefresher;
  client: ApolloClient;
  children: ReactNode;
}

/** The user's saved interface language wins over the one this device remembers. */
async function adoptLanguageOf(user: Me): Promise<void> {
  if (isInterfaceLanguage(user.interfaceLanguage) && user.interfaceLanguage !== currentLanguage()) {
    await applyLanguage(user.interfaceLanguage);
  }
}

export function SessionProvider({ store, refresher, client, children }: SessionProviderProps) {
  const [status, setStatus] = useState<SessionStatus>(() =>
    store.refreshToken ? 'restoring' : 'signedOut',
  );
  const [endReason, setEndReason] = useState<SessionEndReason | null>(null);
  const statusRef = useRef(status);
  useEffect(() => {
    statusRef.current = status;
  }, [status]);
  const restoreStarted = useRef(false);

  const remember = useCallback(
    (user: Me) => client.cache.writeQuery({ query: ME, data: { me: user } }),
    [client],
  );

  const restore = useCallback(async () => {
    setStatus('restoring');
    const outcome = await refresher.refresh();
    switch (outcome.kind) {
      case 'refreshed':
        await adoptLanguageOf(outcome.payload.user).catch(() => undefined);
        setStatus('signedIn');
        return;
      case 'ended':
        setStatus('signedOut');
        return;
      case 'failed':
        setStatus('unreachable');
        return;
    }
  }, [refresher]);

  useEffect(
    () => refresher.onRefreshed((payload) => remember(payload.user)),
    [refresher, remember],
  );

  useEffect(
    () =>
      store.subscribe((event) => {
        switch (event.type) {
          case 'started':
            setEndReason(null);
            setStatus('signedIn');
            return;
          case 'ended':
            setEndReason(event.reason);
            setStatus('signedOut');
            // Nothing of the last user may show to the next one.
            void client.clearStore();
            return;
          case 'availableElsewhere':
            if (statusRef.current === 'signedOut' || statusRef.current === 'unreachable') {
              void restore();
            }
            return;
        }
      }),
    [store, client, restore],
  );

  useEffect(() => {
    const onStorage = (event: StorageEvent) => store.onStorageChange(event.key, event.newValue);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  useEffect(() => {
    // Once per page load (effects run twice in development's strict mode).
    if (restoreStarted.current) return;
    restoreStarted.current = true;
    if (store.refreshToken) void restore();
  }, [store, restore]);

  const value = useMemo<SessionContextValue>(
    () => ({
      status,
      endReason,
      async signIn(payload) {
        await client.clearStore();
        remember(payload.user);
        store.start(payload);
        await adoptLanguageOf(payload.user).catch(() => undefined);
        setEndReason(null);
        setStatus('signedIn');
      },
      async signOut(options) {
        try {
          await client.mutate({
            mutation: LOGOUT,
            variables: { input: { everywhere: options?.everywhere ?? false } },
          });
        } catch {
          // The server may be unreachable; this device forgets the session all the same.
        }
        store.end('signedOut');
      },
      endLocally(reason) {
        store.end(reason);
      },
      retryRestore() {
        void restore();
      },
    }),
    [status, endReason, client, remember, store, restore],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}
