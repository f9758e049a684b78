import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@mreza/shared/auth';
import { Connection } from '@mreza/shared/graphql';
import { ContactVisibility, UserStatus } from './user.entity';

registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });
registerEnumType(ContactVisibility, { name: 'ContactVisibility' });

@ObjectType('User', {
  description: 'A member of the platform: a local expert, staff or administrator.',
})
@Directive('@key(fields: "id")')
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Shown to the user, staff, and to members when contact visibility is MEMBERS.',
  })
  email!: string | null;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field()
  displayName!: string;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => [String])
  expertise!: string[];

  @Field(() => [String])
  languages!: string[];

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => ContactVisibility)
  contactVisibility!: ContactVisibility;

  @Field(() => Role)
  role!: Role;

  @Field(() => UserStatus)
  status!: UserStatus;

  @Field()
  isLiaisonOfficer!: boolean;

  @Field()
  interfaceLanguage!: string;

  @Field(() => Date)
  recordConfirmedAt!: Date;

  @Field({ description: 'The member must reconfirm position and organisation.' })
  recordReconfirmationDue!: boolean;

  @Field(() => Date, { nullable: true })
  leftAt!: Date | null;

  @Field(() => ID, { nullable: true })
  successorId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class UserConnection extends Connection(UserObject) {}
