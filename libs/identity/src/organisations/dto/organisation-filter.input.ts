import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { OrganisationKind } from '../organisation.entity';

@InputType()
export class OrganisationFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name (either script) or acronym.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  query?: string;

  @Field(() => [OrganisationKind], { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind, { each: true })
  kinds?: OrganisationKind[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  district?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 2)
  country?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived = false;
}
