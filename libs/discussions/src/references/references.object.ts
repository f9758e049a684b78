import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** A user as identity owns them: the gateway fetches the rest of the fields from identity. */
@ObjectType('User')
@Directive('@key(fields: "id", resolvable: false)')
export class UserReference {
  @Field(() => ID)
  id!: string;
}

/** A network as the networks service owns it. */
@ObjectType('Network')
@Directive('@key(fields: "id", resolvable: false)')
export class NetworkReference {
  @Field(() => ID)
  id!: string;
}
