import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Logger } from '@nestjs/common';

const POLL_MS = 1_000;
const GIVE_UP_MS = 5 * 60_000;

/**
 * Demo data that needs the replicas (networks, memberships) to know its places first. Those
 * arrive as events after the networks seed, so it is tried in the background every second,
 * without holding up the service's start, until nothing waits or five minutes have passed.
 */
export abstract class ReplicaSeeder implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly enabled: boolean) {}

  /** Seeds what the replicas already allow; returns how many items still wait. */
  abstract seedWhatIsReady(): Promise<number>;

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    const started = Date.now();
    const attempt = () => {
      this.seedWhatIsReady()
        .then((waiting) => {
          if (waiting > 0 && Date.now() - started < GIVE_UP_MS) {
            this.timer = setTimeout(attempt, POLL_MS);
          }
        })
        .catch((error: Error) => this.logger.warn(`demo data not seeded: ${error.message}`));
    };
    attempt();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }
}
