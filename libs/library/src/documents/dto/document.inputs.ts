import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { DocumentKind, DocumentVisibility } from '../document.object';

@InputType()
export class RequestUploadInput {
  @Field({ description: 'The file name, without any path.' })
  @IsString()
  @MaxLength(1000)
  filename!: string;

  @Field({ description: 'What the browser says the type is (the service checks the content).' })
  @IsString()
  @MaxLength(200)
  contentType!: string;

  @Field(() => Float, { description: 'Bytes; the stored file must have exactly this size.' })
  @IsInt()
  @Min(0)
  size!: number;
}

@InputType()
export class GoodPracticeInput {
  @Field()
  @IsString()
  @MaxLength(20_000)
  problem!: string;

  @Field()
  @IsString()
  @MaxLength(20_000)
  approach!: string;

  @Field()
  @IsString()
  @MaxLength(20_000)
  results!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  costsAndFunding!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  lessonsLearnt!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  contactPerson!: string;
}

/** Metadata fields; on update a missing field keeps its value, `null` clears it. */
@InputType({ isAbstract: true })
abstract class DocumentMetadataInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  networkIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  topicIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  tags?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  languages?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  authorName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  contact?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  licence?: string | null;

  @Field(() => GoodPracticeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GoodPracticeInput)
  goodPractice?: GoodPracticeInput | null;
}

@InputType()
export class CreateDocumentInput extends DocumentMetadataInput {
  @Field(() => ID, { description: 'From requestUpload, after the file was PUT.' })
  @IsUUID()
  uploadId!: string;

  @Field(() => DocumentKind)
  @IsEnum(DocumentKind)
  kind!: DocumentKind;

  @Field()
  @IsString()
  @MaxLength(1000)
  title!: string;

  @Field(() => DocumentVisibility)
  @IsEnum(DocumentVisibility)
  visibility!: DocumentVisibility;

  @Field(() => String, { nullable: true, description: 'A note on the first version.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class UpdateDocumentInput extends DocumentMetadataInput {
  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind)
  kind?: DocumentKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string | null;

  @Field(() => DocumentVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentVisibility)
  visibility?: DocumentVisibility | null;
}

@InputType()
export class DocumentFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  networkId?: string;

  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind)
  kind?: DocumentKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  topicId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  tag?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  language?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
