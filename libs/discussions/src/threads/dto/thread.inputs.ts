import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_BODY_LENGTH } from '@mreza/shared/text';

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  @IsUUID()
  networkId!: string;

  @Field()
  @IsString()
  @MaxLength(1_000)
  title!: string;

  @Field({ description: `Markdown, at most ${MAX_BODY_LENGTH} characters.` })
  @IsString()
  @MaxLength(1_000_000)
  body!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  tags?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Library documents the thread is about.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  documentIds?: string[] | null;
}
