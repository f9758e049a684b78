import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

/** Who a new account is for: shared by invitations, successors and registration requests. */
@InputType({ isAbstract: true })
export abstract class NewPersonInput {
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string;
}

/** A new person in a given organisation. */
@InputType({ isAbstract: true })
export abstract class NewMemberInput extends NewPersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;
}
