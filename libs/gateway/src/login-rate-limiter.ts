import type { OnModuleDestroy } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { createClient } from 'redis';

export interface LoginRateLimiterOptions {
  /** Sign-in attempts allowed per client per minute. */
  pointsPerMinute: number;
  /** Shared counters across gateway instances; counted in memory when unset or unreachable. */
  redisUrl?: string;
  keyPrefix?: string;
}

type RedisClient = ReturnType<typeof createClient>;

function connectRedis(url: string, logger: Logger): RedisClient {
  const client = createClient({
    url,
    // Fail at once while disconnected so the in-memory insurance limiter answers.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(200 * retries, 5_000),
    },
  });
  let reachable = true;
  client.on('error', (error: Error) => {
    if (reachable)
      logger.warn(`Redis unreachable, counting sign-in attempts in memory: ${error.message}`);
    reachable = false;
  });
  client.on('ready', () => {
    if (!reachable) logger.log('Redis reachable again');
    reachable = true;
  });
  client.connect().catch(() => undefined); // reported by the 'error' handler; reconnects go on
  return client;
}

/** Counts sign-in attempts per client: in Redis when configured (shared by every instance). */
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger(LoginRateLimiter.name);
  private readonly limiter: RateLimiterAbstract;
  private readonly redis?: RedisClient;

  constructor(options: LoginRateLimiterOptions) {
    const settings = {
      keyPrefix: options.keyPrefix ?? 'mreza:gateway:sign-in',
      points: options.pointsPerMinute,
      duration: 60,
    };
    const memory = new RateLimiterMemory(settings);
    if (!options.redisUrl) {
      this.limiter = memory;
      return;
    }
    this.redis = connectRedis(options.redisUrl, this.logger);
    this.limiter = new RateLimiterRedis({
      ...settings,
      storeClient: this.redis,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }

  /** Resolves true once Redis answers, false after `timeoutMs` (memory counts meanwhile). */
  ready(timeoutMs = 2_000): Promise<boolean> {
    const redis = this.redis;
    if (!redis || redis.isReady) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        redis.off('ready', onReady);
        resolve(false);
      }, timeoutMs);
      redis.once('ready', onReady);
    });
  }

  /** Records `attempts` by `client`: 0 when allowed, else the seconds to wait. */
  async consume(client: string, attempts: number): Promise<number> {
    try {
      await this.limiter.consume(client, attempts);
      return 0;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      }
      throw rejection;
    }
  }

  onModuleDestroy(): void {
    if (this.redis?.isOpen) this.redis.destroy();
  }
}
