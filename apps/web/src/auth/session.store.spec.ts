import { beforeEach, describe, expect, it } from '@jest/globals';
import type { SessionEvent } from './session.store';
import { memoryStorage } from './auth.testing';
import { REFRESH_TOKEN_KEY, SessionStore } from './session.store';

describe(SessionStore.name, () => {
  let now: number;
  let events: SessionEvent[];
  let storage: ReturnType<typeof memoryStorage>;
  let store: SessionStore;

  beforeEach(() => {
    now = 1_000_000;
    events = [];
    storage = memoryStorage();
    store = new SessionStore(storage, () => now);
    store.subscribe((event) => events.push(event));
  });

  describe('start', () => {
    it('keeps the access token in memory and the refresh token in storage', () => {
      store.start({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
      expect(store.freshAccessToken).toBe('a1');
      expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('r1');
      expect(events).toEqual([{ type: 'started' }]);
    });

    it('tells once that a session started, not at every refresh', () => {
      store.start({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
      store.start({ accessToken: 'a2', refreshToken: 'r2', expiresIn: 900 });
      expect(events).toEqual([{ type: 'started' }]);
      expect(store.refreshToken).toBe('r2');
    });
  });

  describe('freshAccessToken', () => {
    it('is null within 30 s of the expiry, so the token is refreshed before use', () => {
      store.start({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
      now += 869_000;
      expect(store.freshAccessToken).toBe('a1');
      now += 2_000;
      expect(store.freshAccessToken).toBeNull();
      expect(store.currentAccessToken).toBe('a1');
    });
  });

  describe('end', () => {
    it('forgets both tokens and says why', () => {
      store.start({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
      store.end('passwordChanged');
      expect(store.hasSession).toBe(false);
      expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
      expect(events.at(-1)).toEqual({ type: 'ended', reason: 'passwordChanged' });
    });

    it('says nothing when there was no session', () => {
      store.end('signedOut');
      expect(events).toEqual([]);
    });
  });

  describe('onStorageChange', () => {
    it('ends the session here when another tab signed out', () => {
      store.start({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
      storage.removeItem(REFRESH_TOKEN_KEY);
      store.onStorageChange(REFRESH_TOKEN_KEY, null);
      expect(store.hasSession).toBe(false);
      expect(events.at(-1)).toEqual({ type: 'ended', reason: 'signedOut' });
    });

    it('tells a signed-out tab that another one signed in', () => {
      storage.setItem(REFRESH_TOKEN_KEY, 'r9');
      store.onStorageChange(REFRESH_TOKEN_KEY, 'r9');
      expect(events).toEqual([{ type: 'availableElsewhere' }]);
    });

    it('ignores a token rotated by another tab while this one is signed in', () => {
      store.start({ accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 });
      store.onStorageChange(REFRESH_TOKEN_KEY, 'r2');
      store.onStorageChange('something-else', null);
      expect(events).toEqual([{ type: 'started' }]);
    });
  });
});
