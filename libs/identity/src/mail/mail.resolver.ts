import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@mreza/shared/auth';
import { cursorFrom, PageArgs, toConnection } from '@mreza/shared/graphql';
import { MailRepository } from './mail.repository';
import { MailMessageConnection, MailMessageObject } from './mail.object';

@Resolver(() => MailMessageObject)
export class MailResolver {
  constructor(private readonly mail: MailRepository) {}

  @Roles(Role.ADMIN)
  @Query(() => MailMessageConnection, { description: 'The mail outbox, newest first.' })
  async mailOutbox(@Args() { first, after }: PageArgs): Promise<MailMessageConnection> {
    const page = await this.mail.findPage(cursorFrom(after, 'timestamp'), first);
    return toConnection(page, ({ id, recipient, subject, body, createdAt, sentAt, lastError }) => ({
      id,
      recipient,
      subject,
      body,
      createdAt,
      sentAt,
      lastError,
    }));
  }
}
