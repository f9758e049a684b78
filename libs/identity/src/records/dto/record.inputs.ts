import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { NewPersonInput } from '../../accounts/dto/new-person.input';

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

@InputType({ description: "The person who took over; the position defaults to the predecessor's." })
export class SuccessorInput extends NewPersonInput {}

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
