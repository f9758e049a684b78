import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { aPayload, memoryStorage } from './auth.testing';
import { GraphQLRequestError } from './graphql-request';
import type { AuthPayload } from './session.operations';
import { REFRESH_TOKEN_KEY, SessionStore } from './session.store';
import type { CrossTabLock } from './token-refresher';
import { TokenRefresher } from './token-refresher';

const noLock: CrossTabLock = (task) => task();

describe(TokenRefresher.name, () => {
  let storage: ReturnType<typeof memoryStorage>;
  let store: SessionStore;

  beforeEach(() => {
    storage = memoryStorage({ [REFRESH_TOKEN_KEY]: 'r1' });
    store = new SessionStore(storage);
  });

  describe('refresh', () => {
    it('sends one request for any number of callers at once', async () => {
      let resolve: (payload: AuthPayload) => void = () => undefined;
      const exchange = jest.fn<(token: string) => Promise<AuthPayload>>(
        () => new Promise<AuthPayload>((done) => (resolve = done)),
      );
      const refresher = new TokenRefresher(store, exchange, noLock);

      const calls = [refresher.refresh(), refresher.refresh(), refresher.refresh()];
      resolve(aPayload(2));
      const outcomes = await Promise.all(calls);

      expect(exchange).toHaveBeenCalledTimes(1);
      expect(exchange).toHaveBeenCalledWith('r1');
      expect(outcomes.map((outcome) => outcome.kind)).toEqual([
        'refreshed',
        'refreshed',
        'refreshed',
      ]);
      expect(store.freshAccessToken).toBe('a2');
      expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('r2');
    });

    it('refreshes again once the last refresh is over', async () => {
      const exchange = jest
        .fn<(token: string) => Promise<AuthPayload>>()
        .mockResolvedValueOnce(aPayload(2))
        .mockResolvedValueOnce(aPayload(3));
      const refresher = new TokenRefresher(store, exchange, noLock);
      await refresher.refresh();
      await refresher.refresh();
      expect(exchange.mock.calls.map(([token]) => token)).toEqual(['r1', 'r2']);
    });

    it('reads the refresh token only inside the cross-tab lock, after another tab rotated it', async () => {
      const exchange = jest.fn((token: string) =>
        Promise.resolve({ ...aPayload(3), refreshToken: `${token}+` }),
      );
      // Another tab holds the lock and rotates the token before this tab gets its turn.
      const lock: CrossTabLock = async (task) => {
        storage.setItem(REFRESH_TOKEN_KEY, 'r2');
        return task();
      };
      await new TokenRefresher(store, exchange, lock).refresh();
      expect(exchange).toHaveBeenCalledWith('r2');
    });

    it.each(['INVALID_REFRESH_TOKEN', 'REFRESH_TOKEN_REUSED', 'ACCOUNT_SUSPENDED'])(
      'ends the session when the server answers %s',
      async (code) => {
        const ended: string[] = [];
        store.subscribe((event) => event.type === 'ended' && ended.push(event.reason));
        store.start(aPayload(1));
        const refresher = new TokenRefresher(
          store,
          () => Promise.reject(new GraphQLRequestError(code, 'no')),
          noLock,
        );

        expect(await refresher.refresh()).toEqual({ kind: 'ended', code });
        expect(store.hasSession).toBe(false);
        expect(ended).toEqual(['expired']);
      },
    );

    it.each(['NETWORK', 'SERVER_UNAVAILABLE', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR'])(
      'keeps the session when the answer is %s: the next try may work',
      async (code) => {
        const refresher = new TokenRefresher(
          store,
          () => Promise.reject(new GraphQLRequestError(code, 'later')),
          noLock,
        );
        expect(await refresher.refresh()).toEqual({ kind: 'failed', code });
        expect(store.refreshToken).toBe('r1');
      },
    );

    it('has nothing to refresh without a refresh token', async () => {
      storage.removeItem(REFRESH_TOKEN_KEY);
      const exchange = jest.fn<(token: string) => Promise<AuthPayload>>();
      const outcome = await new TokenRefresher(store, exchange, noLock).refresh();
      expect(outcome.kind).toBe('ended');
      expect(exchange).not.toHaveBeenCalled();
    });

    it('hands the new payload to listeners before the store announces the session', async () => {
      const order: string[] = [];
      store.subscribe((event) => order.push(event.type));
      const refresher = new TokenRefresher(store, () => Promise.resolve(aPayload(2)), noLock);
      refresher.onRefreshed((payload) => order.push(`user ${payload.user.id}`));
      await refresher.refresh();
      expect(order).toEqual(['user u1', 'started']);
    });
  });
});
