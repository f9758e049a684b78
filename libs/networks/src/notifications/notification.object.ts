import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { UserReference } from '../membership/user-reference.object';
import { NotificationKind } from './notification.entity';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification', { description: 'Something in the networks the viewer should know.' })
export class NotificationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ID, {
    description: 'The announcement, the discussion post or the join request it is about.',
  })
  subjectId!: string;

  @Field(() => UserReference, {
    nullable: true,
    description: 'The author, the requester, or the deciding or warning coordinator.',
  })
  actor!: UserReference | null;

  @Field(() => String, {
    nullable: true,
    description: 'The start of an announcement or a discussion post.',
  })
  excerpt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A coordinator's reason for a decision or a warning.",
  })
  reason!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The discussion thread of a mention or a reply (the client opens /threads/<id>).',
  })
  threadId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The thread's title when the post was published.",
  })
  threadTitle!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationObject) {}
