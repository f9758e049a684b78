import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { UploadRepository } from './upload.repository';
import { UploadService } from './upload.service';

const INTERVAL_MS = 10 * 60_000;

/**
 * Deletes abandoned uploads (announced, maybe sent, never used) every few minutes in each
 * instance; an advisory lock lets one instance at a time do it.
 */
@Injectable()
export class UploadSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UploadSweepScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly uploads: UploadService,
    private readonly repository: UploadRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One sweep, unless one is under way here or in another instance. */
  tick(now: () => Date = () => new Date()): Promise<void> {
    this.running ??= this.repository
      .runExclusively(async () => {
        const swept = await this.uploads.sweepExpired(now());
        if (swept > 0) this.logger.log(`swept ${swept} abandoned uploads`);
      })
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.error(
          `upload sweep failed, will retry: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
