import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { firstValueFrom, of } from 'rxjs';
import { createAuthLink } from './auth.link';
import { aPayload, memoryStorage } from './auth.testing';
import { GraphQLRequestError } from './graphql-request';
import type { AuthPayload } from './session.operations';
import { ME } from './session.operations';
import { REFRESH_TOKEN_KEY, SessionStore } from './session.store';
import { TokenRefresher } from './token-refresher';

const UNAUTHENTICATED: ApolloLink.Result = {
  data: null,
  errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }],
};
const OK: ApolloLink.Result = { data: { me: { id: 'u1' } } };

const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });

describe(createAuthLink.name, () => {
  let storage: ReturnType<typeof memoryStorage>;
  let store: SessionStore;
  let exchange: jest.Mock<(token: string) => Promise<AuthPayload>>;
  /** The Authorization header of each request that reached the server. */
  let sent: (string | undefined)[];
  let answers: ApolloLink.Result[];

  const run = () => {
    const server = new ApolloLink((operation) => {
      const headers = operation.getContext().headers as Record<string, string> | undefined;
      sent.push(headers?.['authorization']);
      return of(answers.shift() ?? OK);
    });
    const link = ApolloLink.from([
      createAuthLink(store, new TokenRefresher(store, exchange, (task) => task())),
      server,
    ]);
    return firstValueFrom(ApolloLink.execute(link, { query: ME }, { client }));
  };

  beforeEach(() => {
    storage = memoryStorage();
    store = new SessionStore(storage);
    exchange = jest.fn<(token: string) => Promise<AuthPayload>>().mockResolvedValue(aPayload(2));
    sent = [];
    answers = [];
  });

  it('sends the access token', async () => {
    store.start(aPayload(1));
    expect(await run()).toEqual(OK);
    expect(sent).toEqual(['Bearer a1']);
    expect(exchange).not.toHaveBeenCalled();
  });

  it('sends no token without a session', async () => {
    await run();
    expect(sent).toEqual([undefined]);
  });

  it('refreshes before sending when only the refresh token is known (after a reload)', async () => {
    storage.setItem(REFRESH_TOKEN_KEY, 'r1');
    await run();
    expect(exchange).toHaveBeenCalledWith('r1');
    expect(sent).toEqual(['Bearer a2']);
  });

  it('refreshes once and retries an operation refused as UNAUTHENTICATED', async () => {
    store.start(aPayload(1));
    answers = [UNAUTHENTICATED, OK];
    expect(await run()).toEqual(OK);
    expect(sent).toEqual(['Bearer a1', 'Bearer a2']);
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it('ends the session when even the refreshed token is refused', async () => {
    store.start(aPayload(1));
    answers = [UNAUTHENTICATED, UNAUTHENTICATED];
    expect(await run()).toEqual(UNAUTHENTICATED);
    expect(sent).toHaveLength(2);
    expect(store.hasSession).toBe(false);
  });

  it('hands on the refusal and ends the session when the refresh token is refused', async () => {
    store.start(aPayload(1));
    exchange.mockRejectedValue(new GraphQLRequestError('INVALID_REFRESH_TOKEN', 'gone'));
    answers = [UNAUTHENTICATED];
    expect(await run()).toEqual(UNAUTHENTICATED);
    expect(sent).toEqual(['Bearer a1']);
    expect(store.hasSession).toBe(false);
  });

  it('fails with NETWORK, keeping the session, when the refresh cannot reach the server', async () => {
    storage.setItem(REFRESH_TOKEN_KEY, 'r1');
    exchange.mockRejectedValue(new GraphQLRequestError('NETWORK', 'offline'));
    await expect(run()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(sent).toEqual([]);
    expect(store.refreshToken).toBe('r1');
  });
});
