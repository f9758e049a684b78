import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { OrganisationKind } from '../organisation.entity';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @Length(1, 200)
  nameLatin!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  nameCyrillic!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  acronym?: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  district?: string;

  @Field(() => String, { defaultValue: 'RS' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as RS' })
  country = 'RS';
}

@InputType()
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput) {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
