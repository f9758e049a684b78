import type { OnApplicationShutdown } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server } from 'socket.io';

type RedisClient = ReturnType<typeof createClient>;

/**
 * With `REDIS_URL`, Socket.IO's Redis adapter: an emit on one instance reaches the clients of
 * all. The clients connect before the server starts (an async provider), so no emit is lost to
 * a half-made adapter; without Redis there is one instance and nothing to do.
 */
export class RealtimeFanout implements OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeFanout.name);

  constructor(private readonly clients: { pub: RedisClient; sub: RedisClient } | null) {}

  static async connect(url: string | undefined): Promise<RealtimeFanout> {
    if (!url) return new RealtimeFanout(null);
    const pub = createClient({
      url,
      socket: { reconnectStrategy: (n) => Math.min(200 * n, 5_000) },
    });
    const sub = pub.duplicate();
    const logger = new Logger(RealtimeFanout.name);
    for (const client of [pub, sub]) {
      client.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
    }
    await Promise.all([pub.connect(), sub.connect()]);
    return new RealtimeFanout({ pub, sub });
  }

  install(server: Server): void {
    if (!this.clients) return;
    server.adapter(createAdapter(this.clients.pub, this.clients.sub));
    this.logger.log('Socket.IO events fan out through Redis');
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.clients) return;
    await Promise.allSettled([this.clients.pub.quit(), this.clients.sub.quit()]);
  }
}

export const realtimeFanoutProvider = (redisUrl: string | undefined) => ({
  provide: RealtimeFanout,
  useFactory: () => RealtimeFanout.connect(redisUrl),
});
