import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runExclusively } from '@mreza/shared/database';
import { DocumentPurgeService } from '../documents/document-purge.service';
import { UploadService } from '../uploads/upload.service';

const INTERVAL_MS = 10 * 60_000;
const SWEEP_LOCK = 'mreza:library:sweeps';

/**
 * Every few minutes, in each instance, one at a time across instances (an advisory lock):
 * deletes abandoned uploads (announced, maybe sent, never used), and purges the files of
 * documents deleted longer ago than the retention.
 */
@Injectable()
export class LibrarySweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LibrarySweepScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly uploads: UploadService,
    private readonly purge: DocumentPurgeService,
    @InjectDataSource() private readonly dataSource: DataSource,
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
    this.running ??= runExclusively(this.dataSource, SWEEP_LOCK, async () => {
      const swept = await this.uploads.sweepExpired(now());
      if (swept > 0) this.logger.log(`swept ${swept} abandoned uploads`);
      const purged = await this.purge.purgeExpired(now());
      if (purged > 0) this.logger.log(`purged the files of ${purged} deleted documents`);
    })
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.error(
          `library sweep failed, will retry: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
