import type { Request, Response } from 'express';
import { clientAddress, LoginRateLimitMiddleware } from './login-rate-limit.middleware';
import { LoginRateLimiter } from './login-rate-limiter';

const LOGIN = { query: 'mutation { login(email: "a@b.rs", password: "x") }' };
const ME = { query: '{ me { id } }' };

function aRequest(body: unknown, address = '10.0.0.1', forwardedFor?: string): Request {
  return {
    method: 'POST',
    body,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    socket: { remoteAddress: address },
  } as unknown as Request;
}

function aResponse() {
  const response = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    status(code: number) {
      response.statusCode = code;
      return response;
    },
    set(name: string, value: string) {
      response.headers[name] = value;
      return response;
    },
    json(body: unknown) {
      response.body = body;
      return response;
    },
  };
  return response;
}

/** Runs the middleware; resolves with whether it let the request through, and the response. */
function run(middleware: LoginRateLimitMiddleware, request: Request) {
  const response = aResponse();
  return new Promise<{ passed: boolean; response: ReturnType<typeof aResponse> }>((resolve) => {
    response.json = (body: unknown) => {
      response.body = body;
      resolve({ passed: false, response });
      return response;
    };
    middleware.use(request, response as unknown as Response, () =>
      resolve({ passed: true, response }),
    );
  });
}

describe(LoginRateLimitMiddleware.name, () => {
  const middleware = (trustProxy = false) =>
    new LoginRateLimitMiddleware(new LoginRateLimiter({ pointsPerMinute: 2 }), {
      TRUST_PROXY: trustProxy,
    });

  it('refuses the attempt after the limit with 429, Retry-After and RATE_LIMITED', async () => {
    const subject = middleware();
    expect((await run(subject, aRequest(LOGIN))).passed).toBe(true);
    expect((await run(subject, aRequest(LOGIN))).passed).toBe(true);
    const { passed, response } = await run(subject, aRequest(LOGIN));
    expect(passed).toBe(false);
    expect(response.statusCode).toBe(429);
    const retryAfter = Number(response.headers['Retry-After']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(response.body).toEqual({
      errors: [
        {
          message: `Too many sign-in attempts; try again in ${retryAfter} s`,
          extensions: { code: 'RATE_LIMITED', retryAfter },
        },
      ],
    });
  });

  it('never counts other operations, and keeps letting them through', async () => {
    const subject = middleware();
    for (let i = 0; i < 5; i++) expect((await run(subject, aRequest(ME))).passed).toBe(true);
    expect((await run(subject, aRequest(LOGIN))).passed).toBe(true);
  });

  it('counts each client address separately', async () => {
    const subject = middleware();
    await run(subject, aRequest(LOGIN, '10.0.0.1'));
    await run(subject, aRequest(LOGIN, '10.0.0.1'));
    expect((await run(subject, aRequest(LOGIN, '10.0.0.1'))).passed).toBe(false);
    expect((await run(subject, aRequest(LOGIN, '10.0.0.2'))).passed).toBe(true);
  });

  it('counts all sign-in fields of one request', async () => {
    const query = 'mutation { a: login(email: "1") b: login(email: "2") c: login(email: "3") }';
    expect((await run(middleware(), aRequest({ query }))).passed).toBe(false);
  });
});

describe(clientAddress.name, () => {
  it('ignores X-Forwarded-For unless the proxy is trusted', () => {
    expect(clientAddress(aRequest(ME, '::ffff:10.0.0.9', '1.2.3.4'), false)).toBe('10.0.0.9');
  });

  it('takes the address the trusted proxy appended', () => {
    expect(clientAddress(aRequest(ME, '10.0.0.9', '6.6.6.6, 1.2.3.4'), true)).toBe('1.2.3.4');
    expect(clientAddress(aRequest(ME, '10.0.0.9'), true)).toBe('10.0.0.9');
  });
});
