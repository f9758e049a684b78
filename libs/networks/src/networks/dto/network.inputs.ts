import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NetworkVisibility } from '../network.entity';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class CreateNetworkInput {
  @Field({ description: 'Address of the network: lower-case letters, digits and dashes.' })
  @Length(2, 80)
  @Matches(SLUG, { message: 'slug may contain lower-case letters, digits and single dashes' })
  slug!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  nameLatin!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  nameCyrillic!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  nameEnglish!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  descriptionLatin?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  descriptionCyrillic?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  descriptionEnglish?: string;

  @Field(() => NetworkVisibility)
  @IsEnum(NetworkVisibility)
  visibility!: NetworkVisibility;
}

@InputType()
export class UpdateNetworkInput extends PartialType(CreateNetworkInput, InputType) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id is not a valid id' })
  id!: string;
}

@InputType()
export class NetworkFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name in any script, with or without diacritics.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  query?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived = false;
}
