import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from '@mreza/shared/auth';

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string;

  @Field(() => Role, { defaultValue: Role.MEMBER })
  @IsEnum(Role)
  role: Role = Role.MEMBER;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(10, 200)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password!: string;
}
