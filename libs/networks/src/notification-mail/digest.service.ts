import { Inject, Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '@mreza/shared/database';
import type { DigestFrequencyName, DigestItem } from '@mreza/shared/events';
import { EventOutbox } from '@mreza/shared/events';
import type { DigestRow, DigestWindow } from './digest.repository';
import { DigestRepository } from './digest.repository';
import type { DigestSchedule } from './digest-period';
import { DIGEST_SCHEDULE, periodEndAt, periodStartOf } from './digest-period';
import { mailRequestedEvents } from './mail-request.events';

/** A digest lists at most this many notifications and says how many more there are. */
export const MAX_DIGEST_ITEMS = 50;

/** A member back on digests after a long pause gets at most this far back. */
export const MAX_LOOKBACK_DAYS = 28;

/**
 * A period is closed this long after its end, so that a notification written in a transaction
 * still open at the boundary makes it into its digest.
 */
export const SETTLE_MS = 60_000;

const BATCH = 100;
const FREQUENCIES: DigestFrequencyName[] = ['DAILY', 'WEEKLY'];

/**
 * Daily and weekly e-mail digests of unread notifications. Each member whose preference is the
 * frequency and who has unread notifications since their last digest gets one e-mail per period
 * (identity sends it on a request recorded with the digest's log row); members with nothing
 * unread get nothing. Safe to run from several instances and to run again: the log row is
 * claimed once per member and period.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly digests: DigestRepository,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
    @Inject(DIGEST_SCHEDULE) private readonly schedule: DigestSchedule,
  ) {}

  /** Requests every digest due at `now` (the clock is the caller's); returns how many. */
  async runDue(now: Date): Promise<number> {
    let requested = 0;
    for (const frequency of FREQUENCIES) {
      requested += await this.runWindow(this.windowAt(frequency, now));
    }
    return requested;
  }

  /** The last period of the frequency closed at `now`. */
  windowAt(frequency: DigestFrequencyName, now: Date): DigestWindow {
    const end = periodEndAt(frequency, new Date(now.getTime() - SETTLE_MS), this.schedule);
    return {
      frequency,
      end,
      firstFrom: periodStartOf(frequency, end, this.schedule),
      floor: new Date(end.getTime() - MAX_LOOKBACK_DAYS * 24 * 60 * 60 * 1000),
    };
  }

  private async runWindow(window: DigestWindow): Promise<number> {
    let requested = 0;
    let after: string | null = null;
    for (;;) {
      const members = await this.digests.findDue(window, after, BATCH);
      for (const userId of members) {
        if (await this.digestFor(userId, window)) requested++;
      }
      if (members.length < BATCH) return requested;
      after = members[members.length - 1];
    }
  }

  /** One member's digest of the window, in one transaction; false if nothing was requested. */
  private async digestFor(userId: string, window: DigestWindow): Promise<boolean> {
    try {
      return await this.transaction.run(async (tx) => {
        const from = await this.digests.claim(userId, window, tx);
        if (!from) return false;
        const { rows, total } = await this.digests.findListable(
          userId,
          from,
          window.end,
          MAX_DIGEST_ITEMS,
          tx,
        );
        await this.digests.recordCount(userId, window.end, total, tx);
        if (total === 0) return false;
        const request = {
          template: 'networks.digest' as const,
          params: {
            frequency: window.frequency,
            items: rows.map(toDigestItem),
            moreCount: total - rows.length,
          },
        };
        await this.outbox.record(tx, ...mailRequestedEvents(request, [userId]));
        return true;
      });
    } catch (error) {
      // One member's failure does not hold up everyone else's digest; the next run retries it.
      this.logger.error(
        `digest for ${userId} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }
}

export const toDigestItem = (row: DigestRow): DigestItem => ({
  kind: row.kind,
  networkSlug: row.networkSlug,
  networkName: {
    latin: row.networkNameLatin,
    cyrillic: row.networkNameCyrillic,
    english: row.networkNameEnglish,
  },
  excerpt: row.excerpt,
  reason: row.reason,
  ...(row.threadId ? { threadId: row.threadId, threadTitle: row.threadTitle } : {}),
  createdAt: row.createdAt.toISOString(),
});
