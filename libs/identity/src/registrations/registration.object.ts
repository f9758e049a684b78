import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@mreza/shared/graphql';
import { RegistrationStatus } from './registration-request.entity';

registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

@ObjectType('RegistrationRequest')
export class RegistrationRequestObject {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class RegistrationRequestConnection extends Connection(RegistrationRequestObject) {}
