import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateCollectionInput {
  @Field(() => ID, { nullable: true, description: 'Without one, only staff and admins curate it.' })
  @IsOptional()
  @IsUUID()
  networkId?: string | null;

  @Field()
  @IsString()
  @MaxLength(1000)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;
}

@InputType()
export class UpdateCollectionInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;
}
