import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { MailRepository } from './mail.repository';
import { SmtpTransport } from './smtp-transport';

const INTERVAL_MS = 5_000;

/** Delivers queued mail through SMTP when it is configured; retries failed messages. */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly mail: MailRepository,
    private readonly smtp: SmtpTransport,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.smtp.enabled) {
      this.logger.log('SMTP_URL is not set: mail stays in the outbox for administrators to read');
      return;
    }
    this.timer = setInterval(() => void this.dispatch(), INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async dispatch(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const handled = await this.mail.deliverPending(20, (mail) => this.smtp.send(mail));
      if (handled > 0) this.logger.log(`handled ${handled} queued e-mails`);
    } catch (error) {
      this.logger.error(
        `mail dispatch failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      this.running = false;
    }
  }
}
