import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../accounts/user.object';

@ObjectType('Departure')
export class DepartureObject {
  @Field(() => UserObject)
  user!: UserObject;

  @Field(() => String, { nullable: true, description: 'E-mail the successor was invited at.' })
  successorInvitedEmail!: string | null;
}
