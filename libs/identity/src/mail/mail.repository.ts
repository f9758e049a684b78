import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { keysetPage, managerOf, toPage } from '@mreza/shared/database';
import { MailMessageEntity } from './mail-message.entity';

export interface OutgoingMail {
  recipient: string;
  subject: string;
  body: string;
}

@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In inserts of at most 500 rows, well under PostgreSQL's limit of bound parameters. */
  async enqueueMany(mails: OutgoingMail[], tx?: Tx): Promise<void> {
    const manager = managerOf(this.dataSource, tx);
    for (let start = 0; start < mails.length; start += 500) {
      await manager.insert(MailMessageEntity, mails.slice(start, start + 500));
    }
  }

  /** Newest first, for the administrators' outbox view. */
  async findPage(cursor: Cursor | undefined, limit: number): Promise<Page<MailMessageEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(MailMessageEntity, 'm');
    keysetPage(query, {
      keys: ['m.created_at', 'm.id'],
      direction: 'DESC',
      limit,
      after: cursor && [cursor.key, cursor.id],
    });
    return toPage(await query.getMany(), limit, (mail) => ({
      key: mail.createdAt.toISOString(),
      id: mail.id,
    }));
  }

  /**
   * Claims up to `limit` unsent messages for delivery; SKIP LOCKED lets several instances
   * dispatch side by side without sending a message twice.
   */
  async deliverPending(
    limit: number,
    deliver: (mail: MailMessageEntity) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pending = await manager
        .createQueryBuilder(MailMessageEntity, 'm')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('m.sent_at IS NULL AND m.attempts < 10')
        .orderBy('m.created_at')
        .limit(limit)
        .getMany();
      for (const mail of pending) {
        try {
          await deliver(mail);
          await manager.update(
            MailMessageEntity,
            { id: mail.id },
            { sentAt: new Date(), attempts: mail.attempts + 1 },
          );
        } catch (error) {
          await manager.update(
            MailMessageEntity,
            { id: mail.id },
            {
              attempts: mail.attempts + 1,
              lastError: error instanceof Error ? error.message : String(error),
            },
          );
        }
      }
      return pending.length;
    });
  }
}
