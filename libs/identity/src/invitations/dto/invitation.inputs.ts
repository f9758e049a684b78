import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Length, MaxLength } from 'class-validator';
import { Role } from '@mreza/shared/auth';
import { NewMemberInput } from '../../accounts/dto/new-person.input';

@InputType()
export class InviteUserInput extends NewMemberInput {
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
