import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NewMemberInput } from '../../accounts/dto/new-person.input';

@InputType()
export class RequestRegistrationInput extends NewMemberInput {
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
