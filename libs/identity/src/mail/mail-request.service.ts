import { Inject, Injectable } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type { MailRequestedV1 } from '@mreza/shared/events';
import type { UserEntity } from '../accounts/user.entity';
import { UserStatus } from '../accounts/user.entity';
import { UserRepository } from '../accounts/user.repository';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import { MailOutbox } from './mail-outbox';
import type { OutgoingMail } from './mail.repository';
import type { MailContext } from './network-mail-templates';
import { mailLanguageOf, networkMailTemplates } from './network-mail-templates';

export type MailRequest = MailRequestedV1['payload'];

/** The templates other services may ask for; anything else is not sent. */
export const MAIL_REQUEST_TEMPLATES: readonly string[] = [
  'networks.announcement',
  'networks.digest',
] satisfies MailRequest['template'][];

const nameOf = (user: Pick<UserEntity, 'firstName' | 'lastName'>) =>
  `${user.firstName} ${user.lastName}`;

/**
 * Mail other services ask for by user id: identity looks up each recipient's address and
 * language, renders the template and queues it. Suspended and deactivated accounts get nothing.
 */
@Injectable()
export class MailRequestService {
  private readonly publicUrl: string;

  constructor(
    private readonly users: UserRepository,
    private readonly mail: MailOutbox,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {
    this.publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  }

  /** Queues the mail for every active recipient, in the caller's transaction; returns how many. */
  async fulfil(request: MailRequest, tx: Tx): Promise<number> {
    const recipients = (await this.users.findByIds(request.recipientIds, tx)).filter(
      (user) => user.status === UserStatus.ACTIVE,
    );
    if (recipients.length === 0) return 0;
    const render = await this.rendererOf(request, tx);
    await this.mail.queueAll(
      recipients.map((user) => render(this.contextOf(user))),
      tx,
    );
    return recipients.length;
  }

  private async rendererOf(
    request: MailRequest,
    tx: Tx,
  ): Promise<(context: MailContext) => OutgoingMail> {
    switch (request.template) {
      case 'networks.announcement': {
        const author = await this.users.findById(request.params.authorId, tx);
        const authorName = author ? nameOf(author) : null;
        return (context) => networkMailTemplates.announcement(context, request.params, authorName);
      }
      case 'networks.digest':
        return (context) => networkMailTemplates.digest(context, request.params);
    }
  }

  private contextOf(user: UserEntity): MailContext {
    return {
      to: user.email,
      name: nameOf(user),
      language: mailLanguageOf(user.interfaceLanguage),
      publicUrl: this.publicUrl,
    };
  }
}
