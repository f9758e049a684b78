import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../accounts/user.object';

@ObjectType('AuthPayload', { description: 'A new session: keep the refresh token safe.' })
export class AuthPayloadObject {
  @Field()
  accessToken!: string;

  @Field({
    description: 'One-time: each refresh returns a new one; reusing a spent one ends the session.',
  })
  refreshToken!: string;

  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn!: number;

  @Field(() => UserObject)
  user!: UserObject;
}
