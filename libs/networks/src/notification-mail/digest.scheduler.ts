import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DigestRepository } from './digest.repository';
import { DigestService } from './digest.service';
import type { DigestSchedule } from './digest-period';
import { DIGEST_SCHEDULE } from './digest-period';

const INTERVAL_MS = 5 * 60_000;

/**
 * Runs the digest job every few minutes in each instance; an advisory lock lets one instance at
 * a time do the work (the digest log keeps it once per member and period regardless).
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly digests: DigestService,
    private readonly repository: DigestRepository,
    @Inject(DIGEST_SCHEDULE) private readonly schedule: DigestSchedule,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.schedule.enabled) {
      this.logger.log('NOTIFICATION_DIGESTS is off: this instance sends no digests');
      return;
    }
    this.timer = setInterval(() => void this.tick(), INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One run of the job, unless one is under way here or in another instance. */
  tick(now: () => Date = () => new Date()): Promise<void> {
    this.running ??= this.repository
      .runExclusively(async () => {
        const requested = await this.digests.runDue(now());
        if (requested > 0) this.logger.log(`requested ${requested} digest e-mails`);
      })
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.error(
          `digest run failed, will retry: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
