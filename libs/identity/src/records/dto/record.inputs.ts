import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

@InputType()
export class ConfirmRecordInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  position!: string;
}

@InputType()
export class SuccessorInput {
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

  @Field(() => String, { nullable: true, description: "Defaults to the predecessor's position." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string;
}

@InputType()
export class RecordDepartureInput {
  @Field(() => ID, { description: 'The member who left their post.' })
  @IsUUID()
  userId!: string;

  @Field(() => SuccessorInput, { nullable: true, description: 'Invite the person who took over.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SuccessorInput)
  successor?: SuccessorInput;
}
