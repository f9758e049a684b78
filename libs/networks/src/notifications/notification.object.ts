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

  @Field(() => ID, { description: 'The announcement (post) or join request it is about.' })
  subjectId!: string;

  @Field(() => UserReference, {
    nullable: true,
    description: 'The author, the requester or the deciding coordinator.',
  })
  actor!: UserReference | null;

  @Field(() => String, { nullable: true, description: 'The start of an announcement.' })
  excerpt!: string | null;

  @Field(() => String, { nullable: true, description: "A coordinator's reason for a decision." })
  reason!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationObject) {}
