import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExclusiveJob } from '@mreza/shared/database';
import { DocumentPurgeService } from '../documents/document-purge.service';
import { UploadService } from '../uploads/upload.service';

const INTERVAL_MS = 10 * 60_000;

/**
 * Every few minutes, one instance at a time: deletes abandoned uploads (announced, maybe sent,
 * never used), and purges the files of documents deleted longer ago than the retention.
 */
@Injectable()
export class LibrarySweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LibrarySweepScheduler.name);
  private readonly job: ExclusiveJob;

  constructor(
    uploads: UploadService,
    purge: DocumentPurgeService,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.job = new ExclusiveJob(dataSource, 'mreza:library:sweeps', this.logger, async (now) => {
      const swept = await uploads.sweepExpired(now);
      if (swept > 0) this.logger.log(`swept ${swept} abandoned uploads`);
      const purged = await purge.purgeExpired(now);
      if (purged > 0) this.logger.log(`purged the files of ${purged} deleted documents`);
    });
  }

  onApplicationBootstrap(): void {
    this.job.start(INTERVAL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One sweep, unless one is under way here or in another instance. */
  tick(now?: () => Date): Promise<void> {
    return this.job.tick(now);
  }
}
