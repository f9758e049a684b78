import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

@InputType()
export class RequestRegistrationInput {
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

  @Field(() => String, { nullable: true, description: 'Why the person wants to join.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

@InputType()
export class DecideRegistrationInput {
  @Field(() => ID)
  @IsUUID()
  requestId!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Required when rejecting; sent to the person.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
