import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { OutgoingMail } from './mail.repository';
import { MailRepository } from './mail.repository';
import { SmtpTransport } from './smtp-transport';

/**
 * Where services send mail: it is queued in the transaction that caused it. Without SMTP it is
 * also logged, so whoever runs the platform locally can follow an invitation or reset link.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly mail: MailRepository,
    private readonly smtp: SmtpTransport,
  ) {}

  async queue(message: OutgoingMail, tx: Tx): Promise<void> {
    await this.queueAll([message], tx);
  }

  /** Many messages at once (an announcement to a network's members): a few multi-row inserts. */
  async queueAll(messages: OutgoingMail[], tx: Tx): Promise<void> {
    await this.mail.enqueueMany(messages, tx);
    if (this.smtp.enabled) return;
    for (const message of messages) {
      this.logger.log(
        `mail to ${message.recipient} queued (no SMTP_URL): ${message.subject}\n${message.body}`,
      );
    }
  }
}
