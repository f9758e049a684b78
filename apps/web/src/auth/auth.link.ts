import { ApolloLink, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import type { Observable } from 'rxjs';
import { catchError, from, mergeMap, of, throwError } from 'rxjs';
import { GraphQLRequestError } from './graphql-request';
import type { SessionStore } from './session.store';
import type { TokenRefresher } from './token-refresher';

const isUnauthenticated = (errors: readonly GraphQLFormattedError[] | undefined) =>
  errors?.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED') ?? false;

/**
 * Sends the access token with every operation. An expired token is refreshed first; an
 * operation the server refuses as UNAUTHENTICATED is retried once after a (single-flight)
 * refresh. When the refresh token is refused the session ends (the store tells the app, which
 * shows the sign-in page); when the server cannot be reached the operation fails with NETWORK.
 */
export function createAuthLink(store: SessionStore, refresher: TokenRefresher): ApolloLink {
  /** The token to send: the current one, a refreshed one, or none (signed out, public use). */
  async function tokenForRequest(): Promise<string | null> {
    const fresh = store.freshAccessToken;
    if (fresh || !store.hasSession) return fresh;
    const outcome = await refresher.refresh();
    switch (outcome.kind) {
      case 'refreshed':
        return outcome.payload.accessToken;
      case 'ended':
        return null;
      case 'failed':
        throw new GraphQLRequestError(outcome.code, 'The session could not be refreshed');
    }
  }

  return new ApolloLink((operation, forward) => {
    const send = (token: string | null): Observable<ApolloLink.Result> => {
      operation.setContext(({ headers }) => {
        const next: Record<string, string> = { ...(headers as Record<string, string>) };
        if (token) next['authorization'] = `Bearer ${token}`;
        else delete next['authorization'];
        return { headers: next };
      });
      return forward(operation);
    };

    /** After a refusal: refresh once and resend, or hand the refusal on. */
    const refreshAndResend = (refusal: Observable<ApolloLink.Result>) =>
      from(refresher.refresh()).pipe(
        mergeMap((outcome) => {
          if (outcome.kind !== 'refreshed') return refusal;
          return send(outcome.payload.accessToken).pipe(
            mergeMap((result) => {
              // Refused even with a brand-new token: nothing more to try.
              if ('errors' in result && isUnauthenticated(result.errors)) store.end('expired');
              return of(result);
            }),
          );
        }),
      );

    return from(tokenForRequest()).pipe(
      mergeMap((token) =>
        send(token).pipe(
          mergeMap((result) =>
            token && 'errors' in result && isUnauthenticated(result.errors)
              ? refreshAndResend(of(result))
              : of(result),
          ),
          catchError((error: unknown) =>
            token && ServerError.is(error) && error.statusCode === 401
              ? refreshAndResend(throwError(() => error))
              : throwError(() => error),
          ),
        ),
      ),
    );
  });
}
