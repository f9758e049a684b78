import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExclusiveJob } from '@mreza/shared/database';
import { DigestService } from './digest.service';
import type { DigestSchedule } from './digest-period';
import { DIGEST_SCHEDULE } from './digest-period';

const INTERVAL_MS = 5 * 60_000;
export const DIGEST_LOCK = 'mreza:networks:notification-digests';

/**
 * Runs the digest job every few minutes, one instance at a time (the digest log keeps it once
 * per member and period regardless).
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestScheduler.name);
  private readonly job: ExclusiveJob;

  constructor(
    digests: DigestService,
    @InjectDataSource() dataSource: DataSource,
    @Inject(DIGEST_SCHEDULE) private readonly schedule: DigestSchedule,
  ) {
    this.job = new ExclusiveJob(dataSource, DIGEST_LOCK, this.logger, async (now) => {
      const requested = await digests.runDue(now);
      if (requested > 0) this.logger.log(`requested ${requested} digest e-mails`);
    });
  }

  onApplicationBootstrap(): void {
    if (!this.schedule.enabled) {
      this.logger.log('NOTIFICATION_DIGESTS is off: this instance sends no digests');
      return;
    }
    this.job.start(INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One run of the job, unless one is under way here or in another instance. */
  tick(now?: () => Date): Promise<void> {
    return this.job.tick(now);
  }
}
