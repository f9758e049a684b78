import { Field, ID, ObjectType, PickType } from '@nestjs/graphql';
import { Role } from '@mreza/shared/auth';
import { Connection } from '@mreza/shared/graphql';

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The member this invitee succeeds.' })
  predecessorId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class InvitationConnection extends Connection(InvitationObject) {}

@ObjectType('InvitationPreview', {
  description: 'What the invitation page shows before a password is set.',
})
export class InvitationPreviewObject extends PickType(
  InvitationObject,
  ['email', 'firstName', 'lastName', 'organisationId', 'expiresAt'] as const,
  ObjectType,
) {}
