import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { GraphQLRequestError } from '@web/auth/graphql-request';
import { apiErrorOf } from './errors';

const graphQLError = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: code, extensions: { code, ...extensions } }],
  });

describe(apiErrorOf.name, () => {
  it('reads the code of a GraphQL error', () => {
    expect(apiErrorOf(graphQLError('INVALID_CREDENTIALS'))).toEqual({
      code: 'INVALID_CREDENTIALS',
      rawCode: 'INVALID_CREDENTIALS',
    });
  });

  it('keeps the wait of a throttled sign-in', () => {
    expect(apiErrorOf(graphQLError('LOGIN_THROTTLED', { retryAfter: 12.2 }))).toMatchObject({
      code: 'LOGIN_THROTTLED',
      retryAfter: 13,
    });
  });

  it('maps a code without its own message to UNKNOWN, keeping the raw code', () => {
    expect(apiErrorOf(graphQLError('NOT_YET_KNOWN_CODE'))).toEqual({
      code: 'UNKNOWN',
      rawCode: 'NOT_YET_KNOWN_CODE',
    });
  });

  it("reads the gateway's HTTP 429 body", () => {
    const body = JSON.stringify({
      errors: [{ message: 'Wait', extensions: { code: 'RATE_LIMITED', retryAfter: 30 } }],
    });
    const error = new ServerError('429', {
      response: new Response(body, { status: 429 }),
      bodyText: body,
    });
    expect(apiErrorOf(error)).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 30 });
  });

  it('takes an HTTP 502 without a GraphQL body for a server that cannot be reached', () => {
    const error = new ServerError('502', {
      response: new Response('', { status: 502 }),
      bodyText: '',
    });
    expect(apiErrorOf(error).code).toBe('SERVER_UNAVAILABLE');
  });

  it('takes an HTML page instead of JSON for a server that cannot be reached', () => {
    const error = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });
    expect(apiErrorOf(error).code).toBe('SERVER_UNAVAILABLE');
  });

  it('takes a failed fetch for a network error', () => {
    expect(apiErrorOf(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('reads the code of a failed session refresh', () => {
    expect(apiErrorOf(new GraphQLRequestError('NETWORK', 'offline')).code).toBe('NETWORK');
  });
});
