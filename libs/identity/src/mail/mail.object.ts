import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';

@ObjectType('MailMessage', { description: 'An e-mail the platform sent or has queued.' })
export class MailMessageObject {
  @Field(() => ID)
  id!: string;

  @Field()
  recipient!: string;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;
}

@ObjectType()
export class MailMessageConnection extends Connection(MailMessageObject) {}
