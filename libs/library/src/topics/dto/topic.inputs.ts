import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class TopicNamesInput {
  @Field()
  @IsString()
  @MaxLength(500)
  nameLatin!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  nameCyrillic!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  nameEnglish!: string;
}

@InputType()
export class CreateTopicInput extends TopicNamesInput {
  @Field({ description: 'Lower-case letters and digits joined by hyphens; never changes.' })
  @IsString()
  @MaxLength(100)
  slug!: string;
}

@InputType()
export class UpdateTopicInput extends TopicNamesInput {
  @Field({ defaultValue: false })
  @IsOptional()
  @IsBoolean()
  archived!: boolean;
}
