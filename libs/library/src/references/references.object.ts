import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** A user as identity owns them. */
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

/** An organisation as identity owns it. */
@ObjectType('Organisation')
@Directive('@key(fields: "id", resolvable: false)')
export class OrganisationReference {
  @Field(() => ID)
  id!: string;
}
