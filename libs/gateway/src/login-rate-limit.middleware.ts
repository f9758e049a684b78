import type { NestMiddleware } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { GATEWAY_CONFIG } from './gateway.tokens';
import type { GatewayConfig } from './gateway.config';
import { LoginRateLimiter } from './login-rate-limiter';
import { countSignInAttempts } from './sign-in-attempts';

/**
 * The client's address: the socket's peer, or with TRUST_PROXY the last address in
 * X-Forwarded-For, the one our own reverse proxy appended (earlier ones are the client's word).
 */
export function clientAddress(request: Request, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const last = typeof forwarded === 'string' ? forwarded.split(',').pop()?.trim() : undefined;
  const address = (trustProxy && last) || request.socket.remoteAddress || 'unknown';
  return address.replace(/^::ffff:/, '');
}

/** Counts sign-in mutations per client IP before the GraphQL server runs them. */
@Injectable()
export class LoginRateLimitMiddleware implements NestMiddleware<Request, Response> {
  constructor(
    private readonly limiter: LoginRateLimiter,
    @Inject(GATEWAY_CONFIG) private readonly config: Pick<GatewayConfig, 'TRUST_PROXY'>,
  ) {}

  use(request: Request, response: Response, next: NextFunction): void {
    // Mutations are refused over GET, so only POST bodies can sign in.
    const attempts = request.method === 'POST' ? countSignInAttempts(request.body) : 0;
    if (attempts === 0) return next();
    const client = clientAddress(request, this.config.TRUST_PROXY);
    this.limiter.consume(client, attempts).then((retryAfter) => {
      if (retryAfter === 0) return next();
      response
        .status(429)
        .set('Retry-After', String(retryAfter))
        .json({
          errors: [
            {
              message: `Too many sign-in attempts; try again in ${retryAfter} s`,
              extensions: { code: 'RATE_LIMITED', retryAfter },
            },
          ],
        });
    }, next);
  }
}
