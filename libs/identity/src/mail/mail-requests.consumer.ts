import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { EventEnvelope } from '@mreza/shared/events';
import { EventConsumer } from '@mreza/shared/events';
import type { MailRequest } from './mail-request.service';
import { MAIL_REQUEST_TEMPLATES, MailRequestService } from './mail-request.service';

export const MAIL_REQUESTS_QUEUE = 'identity.mail-requests';

/**
 * Mail other services ask identity to send, queued in the transaction the consumer hands over
 * (which also records the event as handled, so a redelivered request mails nobody twice).
 */
@Injectable()
export class MailRequestsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailRequestsConsumer.name);

  constructor(
    private readonly consumer: EventConsumer,
    private readonly requests: MailRequestService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.consume(MAIL_REQUESTS_QUEUE, (event, tx) => this.handle(event, tx));
  }

  async handle(event: EventEnvelope, tx: Tx): Promise<void> {
    switch (event.type) {
      case 'networks.mail.requested': {
        // MailRequest is a union of interfaces (no index signature), hence the detour.
        const request = event.payload as unknown as MailRequest;
        if (event.version !== 1 || !MAIL_REQUEST_TEMPLATES.includes(request.template)) {
          this.logger.warn(
            `ignored a mail request this version does not know: v${event.version} ${request.template}`,
          );
          return;
        }
        const queued = await this.requests.fulfil(request, tx);
        this.logger.log(`queued ${queued} e-mails (${request.template}) from ${event.source}`);
        return;
      }
      default:
        this.logger.warn(`ignored an event this consumer does not handle: ${event.type}`);
    }
  }
}
