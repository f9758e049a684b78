import { describe, expect, it, jest } from '@jest/globals';
import { postGraphQL } from './graphql-request';
import { REFRESH_SESSION } from './session.operations';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe(postGraphQL.name, () => {
  it('posts the named operation with its variables and returns the data', async () => {
    const fetchImpl = jest
      .fn<typeof fetch>()
      .mockResolvedValue(json({ data: { refreshSession: { accessToken: 'a' } } }));
    const data = await postGraphQL(REFRESH_SESSION, { refreshToken: 'r1' }, fetchImpl);

    expect(data).toEqual({ refreshSession: { accessToken: 'a' } });
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    const body = JSON.parse(String(init?.body)) as {
      operationName: string;
      query: string;
      variables: unknown;
    };
    expect(body.operationName).toBe('RefreshSession');
    expect(body.query).toContain('fragment MeFields on User');
    expect(body.variables).toEqual({ refreshToken: 'r1' });
  });

  it('throws the code of the first GraphQL error', async () => {
    const fetchImpl = jest
      .fn<typeof fetch>()
      .mockResolvedValue(
        json({ errors: [{ message: 'Reused', extensions: { code: 'REFRESH_TOKEN_REUSED' } }] }),
      );
    await expect(
      postGraphQL(REFRESH_SESSION, { refreshToken: 'r1' }, fetchImpl),
    ).rejects.toMatchObject({
      code: 'REFRESH_TOKEN_REUSED',
    });
  });

  it('reads the rate limit of the gateway (HTTP 429) with its wait', async () => {
    const fetchImpl = jest.fn<typeof fetch>().mockResolvedValue(
      json(
        {
          errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 42 } }],
        },
        429,
      ),
    );
    await expect(
      postGraphQL(REFRESH_SESSION, { refreshToken: 'r1' }, fetchImpl),
    ).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: 42,
    });
  });

  it('says NETWORK when nothing answers', async () => {
    const fetchImpl = jest.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(
      postGraphQL(REFRESH_SESSION, { refreshToken: 'r1' }, fetchImpl),
    ).rejects.toMatchObject({
      code: 'NETWORK',
    });
  });

  it('says SERVER_UNAVAILABLE for a page that is not the API (a proxy error)', async () => {
    const fetchImpl = jest
      .fn<typeof fetch>()
      .mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(
      postGraphQL(REFRESH_SESSION, { refreshToken: 'r1' }, fetchImpl),
    ).rejects.toMatchObject({
      code: 'SERVER_UNAVAILABLE',
    });
  });
});
