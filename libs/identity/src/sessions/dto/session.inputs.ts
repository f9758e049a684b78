import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @Length(10, 200)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

@InputType()
export class LogoutInput {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'End every session of the account, not only this one.',
  })
  @IsBoolean()
  everywhere = false;
}
