import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { SearchHitType } from './search.object';

@InputType()
export class SearchFilterInput {
  @Field(() => [SearchHitType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  types?: SearchHitType[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  networkIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  organisationIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  kinds?: string[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  years?: number[];

  @Field(() => [String], { nullable: true, description: '"sr" or "en".' })
  @IsOptional()
  @IsIn(['sr', 'en'], { each: true })
  languages?: ('sr' | 'en')[];
}

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'Words in Cyrillic or Latin, with or without diacritics; "a phrase", -excluded; the last word matches as a prefix unless a space follows.',
  })
  @IsString()
  @MaxLength(500)
  query!: string;

  @Field(() => SearchFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilterInput)
  filter?: SearchFilterInput;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}
